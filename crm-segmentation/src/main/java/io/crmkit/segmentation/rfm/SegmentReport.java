package io.crmkit.segmentation.rfm;

import java.util.Locale;
import java.util.Objects;

/**
 * The summary of one RFM segment over a population.
 *
 * @param name the segment name
 * @param action the action the table recommends for it
 * @param customers number of customers in the segment
 * @param share customers as a fraction of the population (0..1)
 * @param value the sum of the value column (total spend for summaries), in the input's currency
 * @param valueShare value as a fraction of the population's value (0..1; 0 when the total is 0)
 * @param meanRecencyScore mean R score; NaN when the segment is empty (likewise the other means)
 * @param meanFrequencyScore mean F score
 * @param meanMonetaryScore mean M score
 * @param meanRecencyDays mean days since the last purchase
 * @since 0.1
 */
public record SegmentReport(
    String name,
    String action,
    int customers,
    double share,
    double value,
    double valueShare,
    double meanRecencyScore,
    double meanFrequencyScore,
    double meanMonetaryScore,
    double meanRecencyDays) {

  /**
   * Checks the name and action are not null, the customer count not negative and the share a
   * fraction in [0, 1].
   */
  public SegmentReport {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(action, "action must not be null");
    if (customers < 0) {
      throw new IllegalArgumentException(
          "customers of segment " + name + " must not be negative but was: " + customers);
    }
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException(
          "share of segment " + name + " must be in [0, 1] but was: " + share);
    }
  }

  /**
   * One aligned line (only the count for an empty segment), e.g. {@code "Champions 412 (17.5%)
   * value 48.2% R 5.00 F 4.61 M 4.37 12 days"}.
   */
  @Override
  public String toString() {
    if (customers == 0) {
      return String.format(Locale.ROOT, "%-20s %7d", name, 0);
    }
    return String.format(
        Locale.ROOT,
        "%-20s %7d (%5.1f%%)  value %5.1f%%  R %.2f F %.2f M %.2f  %.0f days",
        name,
        customers,
        100 * share,
        100 * valueShare,
        meanRecencyScore,
        meanFrequencyScore,
        meanMonetaryScore,
        meanRecencyDays);
  }
}
