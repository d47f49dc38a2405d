package io.crmkit.lifecycle.cohort;

import java.util.Locale;
import java.util.Objects;

/**
 * The change of net revenue between two periods split into what drove it: more or fewer purchasing
 * customers, more or fewer purchases per customer, higher or lower order values, and refunds.
 *
 * <p>Purchase revenue is the product C × F × M of {@link PeriodRevenue}'s three drivers; its change
 * is split by the Shapley value of the three factors (each factor's change weighted over the six
 * orders in which the factors can change), which is exact — the three effects sum to the change of
 * purchase revenue, up to floating-point rounding — and needs no logarithms, so a period without
 * customers is allowed. Swapping the periods negates every effect. The refund effect is the negated
 * change of refunds, so the four effects sum to the change of net revenue. All amounts in currency
 * units.
 *
 * @param before the earlier period
 * @param after the later period
 * @param customerEffect the part of the change due to the number of purchasing customers
 * @param frequencyEffect the part due to purchases per customer
 * @param orderValueEffect the part due to the average order value
 * @param refundEffect minus the change of refunds
 * @since 0.1
 */
public record RevenueChange(
    PeriodRevenue before,
    PeriodRevenue after,
    double customerEffect,
    double frequencyEffect,
    double orderValueEffect,
    double refundEffect) {

  /** Checks that both periods are given and the effects are finite. */
  public RevenueChange {
    Objects.requireNonNull(before, "before must not be null");
    Objects.requireNonNull(after, "after must not be null");
    for (double e :
        new double[] {customerEffect, frequencyEffect, orderValueEffect, refundEffect}) {
      if (!Double.isFinite(e)) {
        throw new IllegalArgumentException(
            "effects must be finite but were: "
                + customerEffect
                + ", "
                + frequencyEffect
                + ", "
                + orderValueEffect
                + ", "
                + refundEffect);
      }
    }
  }

  /** Splits the change from {@code before} to {@code after}. */
  public static RevenueChange between(PeriodRevenue before, PeriodRevenue after) {
    Objects.requireNonNull(before, "before must not be null");
    Objects.requireNonNull(after, "after must not be null");
    double c0 = before.customers();
    double c1 = after.customers();
    double f0 = before.frequency();
    double f1 = after.frequency();
    double m0 = before.averageOrderValue();
    double m1 = after.averageOrderValue();
    return new RevenueChange(
        before,
        after,
        shapley(c1 - c0, f0, f1, m0, m1),
        shapley(f1 - f0, c0, c1, m0, m1),
        shapley(m1 - m0, c0, c1, f0, f1),
        before.refunds() - after.refunds());
  }

  /**
   * The Shapley share of one factor's change {@code delta} in a product with two other factors (y,
   * z).
   */
  private static double shapley(double delta, double y0, double y1, double z0, double z1) {
    return delta * ((y0 * z0 + y1 * z1) / 3 + (y0 * z1 + y1 * z0) / 6);
  }

  /** The change of net revenue (currency units): after minus before. */
  public double change() {
    return after.netRevenue() - before.netRevenue();
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "RevenueChange[%+.2f = customers %+.2f + frequency %+.2f + order value %+.2f + refunds %+.2f]",
        change(),
        customerEffect,
        frequencyEffect,
        orderValueEffect,
        refundEffect);
  }
}
