package io.crmkit.lifecycle.churn.eval;

import java.util.Locale;

/**
 * One row of a calibration table: customers whose predicted churn probability fell in {@code
 * [lower, upper)}, their mean prediction and their observed churn rate (both probabilities).
 *
 * @since 0.1
 */
public record CalibrationBin(
    double lower, double upper, long customers, double meanPredicted, double observedRate) {

  /**
   * Checks {@code 0 <= lower < upper <= 1} (predicted probabilities) and the bin holds at least one
   * customer.
   */
  public CalibrationBin {
    if (!(lower >= 0 && lower < upper && upper <= 1)) {
      throw new IllegalArgumentException(
          "bin must satisfy 0 <= lower < upper <= 1 but was [" + lower + ", " + upper + ")");
    }
    if (customers < 1) {
      throw new IllegalArgumentException("customers must be positive but was: " + customers);
    }
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "[%.2f, %.2f): %d customers, predicted %.3f, observed %.3f",
        lower,
        upper,
        customers,
        meanPredicted,
        observedRate);
  }
}
