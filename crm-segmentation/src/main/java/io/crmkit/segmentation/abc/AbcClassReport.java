package io.crmkit.segmentation.abc;

import java.util.Locale;
import java.util.Objects;

/**
 * One ABC class over a population.
 *
 * @param abcClass the class
 * @param customers number of customers in it
 * @param value the sum of their values, in the unit of the measure
 * @param customerShare customers as a fraction of the population (0..1)
 * @param valueShare value as a fraction of the total (0..1; 0 when the total is 0)
 * @since 0.1
 */
public record AbcClassReport(
    AbcClass abcClass, int customers, double value, double customerShare, double valueShare) {

  /** Checks the class is not null and the customer count not negative. */
  public AbcClassReport {
    Objects.requireNonNull(abcClass, "abcClass must not be null");
    if (customers < 0) {
      throw new IllegalArgumentException(
          "customers of class " + abcClass + " must not be negative but was: " + customers);
    }
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s: %d customers (%.1f%%), value %.2f (%.1f%%)",
        abcClass,
        customers,
        100 * customerShare,
        value,
        100 * valueShare);
  }
}
