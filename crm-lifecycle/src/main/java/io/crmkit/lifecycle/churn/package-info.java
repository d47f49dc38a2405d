/**
 * Churn scoring and early warning: one {@link io.crmkit.lifecycle.churn.ChurnScorer} interface for
 * every scorer (buy-till-you-die adapters, contractual retention, an inactivity rule, feature-based
 * models in {@code churn.logistic}), risk bands, reasons a salesperson can read, composition of
 * scorers, and vectorised scoring of a whole population into {@code double[]}. Probabilities are in
 * [0, 1]; times are in the unit of the {@link io.crmkit.core.summary.CustomerSummaries} scored
 * unless a name says otherwise (e.g. {@code days}).
 */
package io.crmkit.lifecycle.churn;
