package io.crmkit.loyalty.ledger;

/**
 * The order in which redemptions and reversals take points from lots.
 *
 * @since 0.1
 */
public enum ConsumptionOrder {
  /** First earned, first consumed (lot order). */
  FIFO,
  /** The lot that expires soonest first; lots without expiry last; ties in lot order. */
  SOONEST_EXPIRING_FIRST
}
