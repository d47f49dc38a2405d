package io.crmkit.marketing.similar;

/**
 * What two items must share to co-occur.
 *
 * @since 0.1
 */
public enum CoOccurrence {
  /** A customer who bought both (at any time). */
  CUSTOMERS,
  /** A basket that holds both. */
  BASKETS
}
