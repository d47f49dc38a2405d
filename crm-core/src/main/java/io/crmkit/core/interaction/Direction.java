package io.crmkit.core.interaction;

/** Who started an interaction: the customer ({@link #INBOUND}) or the business ({@link #OUTBOUND}). */
public enum Direction {
  INBOUND,
  OUTBOUND
}
