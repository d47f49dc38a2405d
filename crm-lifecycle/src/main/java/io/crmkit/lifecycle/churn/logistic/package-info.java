/**
 * Feature-based churn model: logistic regression with an L2 penalty fitted by Newton's method
 * (iteratively reweighted least squares) on standardised columns of a {@link
 * io.crmkit.lifecycle.churn.logistic.DesignMatrix}, explicit missing-value handling, per-customer
 * signed contributions in log-odds, JSON persistence, and a {@link
 * io.crmkit.lifecycle.churn.ChurnScorer} over a fitted model.
 */
package io.crmkit.lifecycle.churn.logistic;
