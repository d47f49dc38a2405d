package io.crmkit.segmentation.abc;

/**
 * A point of a Pareto or Lorenz curve: the share of customers (0..1) and the share of value they
 * hold (0..1).
 *
 * @since 0.1
 */
public record CurvePoint(double customerShare, double valueShare) {

  /** Checks both shares are fractions in [0, 1]. */
  public CurvePoint {
    if (!(customerShare >= 0 && customerShare <= 1)) {
      throw new IllegalArgumentException(
          "customerShare must be in [0, 1] but was: " + customerShare);
    }
    if (!(valueShare >= 0 && valueShare <= 1 + 1e-9)) {
      throw new IllegalArgumentException("valueShare must be in [0, 1] but was: " + valueShare);
    }
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "(%.2f, %.4f)", customerShare, valueShare);
  }
}
