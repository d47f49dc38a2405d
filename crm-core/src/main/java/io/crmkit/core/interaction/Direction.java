package io.crmkit.core.interaction;

/**
 * Who started an interaction: the customer ({@link #INBOUND}) or the business ({@link #OUTBOUND}).
 *
 * @since 0.1
 */
public enum Direction {
  INBOUND,
  OUTBOUND
}
