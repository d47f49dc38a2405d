package io.crmkit.segmentation.cluster;

/**
 * How a feature is transformed before standardisation.
 *
 * @since 0.1
 */
public enum Transform {
  /** The value as it is. */
  NONE,
  /** {@code log(1 + x)}, for skewed non-negative values such as spend or counts; needs x > −1. */
  LOG1P;

  double apply(double x) {
    return this == NONE ? x : Math.log1p(x);
  }
}
