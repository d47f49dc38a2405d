package io.crmkit.lifecycle.churn.eval;

import java.util.Locale;

/**
 * Targeting the top {@code fraction} of customers by score: {@code targeted} customers, {@code
 * captured} churners among them (fractional when boundary ties are shared), of {@code churners} in
 * a population of {@code customers}.
 *
 * @since 0.1
 */
public record Lift(double fraction, long targeted, double captured, long churners, long customers) {

  /**
   * Checks the targeted fraction is in (0, 1] and the counts (of customers) are consistent: {@code
   * 1 <= targeted <= customers}, {@code 0 <= churners <= customers}, {@code 0 <= captured <=
   * min(targeted, churners)}.
   */
  public Lift {
    if (!(fraction > 0 && fraction <= 1)) {
      throw new IllegalArgumentException("fraction must be in (0, 1] but was: " + fraction);
    }
    if (targeted < 1 || targeted > customers || churners < 0 || churners > customers) {
      throw new IllegalArgumentException(
          "counts must satisfy 1 <= targeted <= customers and 0 <= churners <= customers"
              + " but were targeted "
              + targeted
              + ", churners "
              + churners
              + ", customers "
              + customers);
    }
    if (!(captured >= 0 && captured <= Math.min(targeted, churners) + 1e-9)) {
      throw new IllegalArgumentException(
          "captured must be in [0, min(targeted, churners)] but was: " + captured);
    }
  }

  /**
   * Churn rate among the targeted customers divided by the overall churn rate (1 = no better than
   * random).
   */
  public double lift() {
    return churners == 0 ? Double.NaN : (captured / targeted) / ((double) churners / customers);
  }

  /** Share of all churners found among the targeted customers. */
  public double capture() {
    return churners == 0 ? Double.NaN : captured / churners;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "top %.0f%% (%d customers): lift %.2f, capture %.1f%%",
        100 * fraction,
        targeted,
        lift(),
        100 * capture());
  }
}
