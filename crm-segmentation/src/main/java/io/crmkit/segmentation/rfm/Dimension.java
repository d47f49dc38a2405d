package io.crmkit.segmentation.rfm;

/** One of the three RFM dimensions. */
public enum Dimension {
  RECENCY,
  FREQUENCY,
  MONETARY
}
