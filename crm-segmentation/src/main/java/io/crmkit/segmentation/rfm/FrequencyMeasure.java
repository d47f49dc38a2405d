package io.crmkit.segmentation.rfm;

import io.crmkit.core.summary.CustomerSummaries;

/**
 * Which count of a customer summary the frequency (F) score ranks.
 *
 * @since 0.1
 */
public enum FrequencyMeasure {
  /**
   * Purchase transactions in the calibration period ({@link
   * CustomerSummaries#transactionCount(int)}).
   */
  TRANSACTIONS,
  /** Distinct purchase periods, first included ({@link CustomerSummaries#frequency(int)} + 1). */
  PURCHASE_PERIODS
}
