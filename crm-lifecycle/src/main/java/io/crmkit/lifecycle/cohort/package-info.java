/**
 * Customer-base analytics over calendar time: acquisition cohorts with their retention and revenue
 * matrices ({@link io.crmkit.lifecycle.cohort.CohortTable}), and revenue change between two periods
 * decomposed into customer count, purchase frequency, order value and refund effects ({@link
 * io.crmkit.lifecycle.cohort.RevenueChange}).
 */
package io.crmkit.lifecycle.cohort;
