/**
 * Churn features from crm-core data: {@link io.crmkit.lifecycle.churn.features.ChurnFeatures} turns
 * summaries, transactions, interactions, service requests, feedback and supplied columns into a
 * named {@link io.crmkit.lifecycle.churn.logistic.DesignMatrix} aligned with the summaries' rows,
 * using only events before a cut-off; {@link io.crmkit.lifecycle.churn.features.TimeSplit} makes
 * features up to a cut-off date and the label "no purchase in the following window".
 */
package io.crmkit.lifecycle.churn.features;
