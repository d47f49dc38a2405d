package io.crmkit.loyalty.ledger;

/**
 * The kind of a {@link LedgerEntry}. The sign of an entry's points follows from its kind: EARN is
 * positive, REDEEM, EXPIRE and REVERSE are negative, ADJUST is either.
 *
 * @since 0.1
 */
public enum EntryType {
  /** Points earned (a purchase, an event bonus); creates a lot. */
  EARN,
  /** Points spent on a reward or an order; consumes available lots. */
  REDEEM,
  /** Points that reached their expiry; consumes the expired lots. */
  EXPIRE,
  /** Points taken back because their purchase was refunded. */
  REVERSE,
  /** An operator's correction: positive creates a lot, negative consumes lots. */
  ADJUST
}
