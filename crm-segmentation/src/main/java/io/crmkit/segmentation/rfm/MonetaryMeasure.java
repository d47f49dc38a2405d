package io.crmkit.segmentation.rfm;

import io.crmkit.core.summary.CustomerSummaries;

/**
 * Which spend of a customer summary the monetary (M) score ranks; amounts in the summaries'
 * currency.
 *
 * @since 0.1
 */
public enum MonetaryMeasure {
  /** All calibration purchases less refunds ({@link CustomerSummaries#totalSpend(int)}). */
  TOTAL_SPEND,
  /** Total spend divided by the number of purchase transactions (0 when there are none). */
  MEAN_TRANSACTION_VALUE,
  /**
   * The mean value of the repeat purchase periods ({@link CustomerSummaries#monetaryValue(int)},
   * zbar).
   */
  MEAN_REPEAT_VALUE
}
