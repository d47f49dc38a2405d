package io.crmkit.lifecycle.model;

import java.util.Locale;
import java.util.Objects;

/**
 * One prediction per customer with its interval, aligned with the rows of the summaries it was
 * computed for: {@code lower[i] <= estimate[i] <= upper[i]}, in the unit of the prediction (a
 * probability, a number of purchases, or currency units).
 *
 * @since 0.1
 */
public final class CustomerIntervals {

  private final String prediction;
  private final double[] estimate;
  private final double[] lower;
  private final double[] upper;
  private final double level;
  private final IntervalMethod method;

  CustomerIntervals(
      String prediction,
      double[] estimate,
      double[] lower,
      double[] upper,
      double level,
      IntervalMethod method) {
    this.prediction = Objects.requireNonNull(prediction, "prediction must not be null");
    this.estimate = estimate;
    this.lower = lower;
    this.upper = upper;
    this.level = level;
    this.method = Objects.requireNonNull(method, "method must not be null");
  }

  /** The number of customers. */
  public int size() {
    return estimate.length;
  }

  /** What was predicted, e.g. {@code expected purchases in 39.0}. */
  public String prediction() {
    return prediction;
  }

  /** The nominal coverage, between 0 and 1. */
  public double level() {
    return level;
  }

  /** The method that made the intervals. */
  public IntervalMethod method() {
    return method;
  }

  /** The prediction at the estimated parameters for customer row {@code i}. */
  public double estimate(int i) {
    return estimate[i];
  }

  /** The lower end for customer row {@code i}. */
  public double lower(int i) {
    return lower[i];
  }

  /** The upper end for customer row {@code i}. */
  public double upper(int i) {
    return upper[i];
  }

  /** A copy of the estimates. */
  public double[] estimates() {
    return estimate.clone();
  }

  /** A copy of the lower ends. */
  public double[] lowers() {
    return lower.clone();
  }

  /** A copy of the upper ends. */
  public double[] uppers() {
    return upper.clone();
  }

  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "CustomerIntervals[%s, %d customers, %.0f%%, %s",
                prediction,
                estimate.length,
                100 * level,
                method));
    for (int i = 0; i < Math.min(3, estimate.length); i++) {
      s.append(
          String.format(
              Locale.ROOT, "; #%d %.4g [%.4g, %.4g]", i, estimate[i], lower[i], upper[i]));
    }
    return s.append(estimate.length > 3 ? "; …]" : "]").toString();
  }
}
