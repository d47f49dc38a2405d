package io.crmkit.lifecycle.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A confidence interval for one positive model parameter, from the observed information: the Wald
 * interval on the log scale, {@code estimate × exp(±z · se / estimate)} (the delta method gives
 * {@code se / estimate} as the standard error of the log), which stays positive as the parameter
 * must and is the interval of the scale on which crm-lifecycle's optimiser works.
 *
 * @param parameter the parameter's name, as in {@link FitResult#parameters()}
 * @param estimate the maximum-likelihood estimate
 * @param lower the lower end, greater than 0
 * @param upper the upper end
 * @param level the nominal coverage, between 0 and 1 (0.95 for a 95% interval)
 * @since 0.1
 */
public record ConfidenceInterval(
    String parameter, double estimate, double lower, double upper, double level) {

  /** Checks 0 &lt; lower ≤ estimate ≤ upper and 0 &lt; level &lt; 1. */
  public ConfidenceInterval {
    Objects.requireNonNull(parameter, "parameter must not be null");
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException(
          "level must be between 0 and 1 (exclusive) but was: " + level);
    }
    if (!(lower > 0 && lower <= estimate && estimate <= upper) || Double.isInfinite(upper)) {
      throw new IllegalArgumentException(
          "interval of "
              + parameter
              + " must satisfy 0 < lower <= estimate <= upper < ∞"
              + " but was: "
              + lower
              + " <= "
              + estimate
              + " <= "
              + upper);
    }
  }

  /** Whether {@code value} lies in the interval (ends included). */
  public boolean contains(double value) {
    return value >= lower && value <= upper;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s = %.6g, %.0f%% CI [%.6g, %.6g]",
        parameter,
        estimate,
        100 * level,
        lower,
        upper);
  }
}
