package io.crmkit.segmentation.engine;

import java.util.Locale;
import java.util.Objects;

/**
 * One segment of one scheme over a population.
 *
 * @param segment the segment name
 * @param customers number of customers
 * @param share customers as a fraction of the population (0..1)
 * @param totalSpend the segment's total spend, in the summaries' currency
 * @param spendShare total spend as a fraction of the population's (0..1; 0 when that is 0)
 * @param meanRecencyDays mean days since the last purchase (NaN when empty)
 * @param meanTransactions mean number of purchase transactions (NaN when empty)
 * @since 0.1
 */
public record SegmentSummary(
    String segment,
    int customers,
    double share,
    double totalSpend,
    double spendShare,
    double meanRecencyDays,
    double meanTransactions) {

  /** Checks the segment is not null and the customer count not negative. */
  public SegmentSummary {
    Objects.requireNonNull(segment, "segment must not be null");
    if (customers < 0) {
      throw new IllegalArgumentException(
          "customers of " + segment + " must not be negative but was: " + customers);
    }
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%-20s %7d (%5.1f%%)  spend %5.1f%%  %.0f days  %.2f transactions",
        segment,
        customers,
        100 * share,
        100 * spendShare,
        meanRecencyDays,
        meanTransactions);
  }
}
