package io.crmkit.segmentation.rfm;

/**
 * One of the three RFM dimensions.
 *
 * @since 0.1
 */
public enum Dimension {
  RECENCY,
  FREQUENCY,
  MONETARY
}
