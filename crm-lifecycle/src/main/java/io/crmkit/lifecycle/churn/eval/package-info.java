/**
 * Honest evaluation of churn scores against observed labels on a held-out set: ROC AUC with ties
 * counted as half, precision and recall at a threshold, lift and capture rate in the top fraction
 * (ties at the boundary shared in proportion), Brier score, and a calibration table. Scores are
 * probabilities in [0, 1]; labels are {@code true} for churned.
 */
package io.crmkit.lifecycle.churn.eval;
