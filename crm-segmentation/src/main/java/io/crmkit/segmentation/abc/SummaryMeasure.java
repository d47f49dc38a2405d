package io.crmkit.segmentation.abc;

import io.crmkit.core.summary.CustomerSummaries;

/**
 * A column of {@link CustomerSummaries} used as the value of a customer.
 *
 * @since 0.1
 */
public enum SummaryMeasure {
  /** Calibration purchases less refunds, in the summaries' currency. */
  TOTAL_SPEND,
  /** Mean value of the repeat purchase periods (zbar), in the summaries' currency. */
  MONETARY_VALUE,
  /** Number of purchase transactions. */
  TRANSACTION_COUNT,
  /** Repeat purchase periods (x). */
  FREQUENCY;

  /** The column for every row, as a new array. */
  public double[] column(CustomerSummaries s) {
    int n = s.size();
    double[] out = new double[n];
    switch (this) {
      case TOTAL_SPEND -> {
        return s.totalSpends();
      }
      case MONETARY_VALUE -> {
        return s.monetaryValues();
      }
      case TRANSACTION_COUNT -> {
        int[] c = s.transactionCounts();
        for (int i = 0; i < n; i++) {
          out[i] = c[i];
        }
      }
      case FREQUENCY -> {
        int[] c = s.frequencies();
        for (int i = 0; i < n; i++) {
          out[i] = c[i];
        }
      }
    }
    return out;
  }
}
