package io.crmkit.marketing.similar;

/** What two items must share to co-occur. */
public enum CoOccurrence {
  /** A customer who bought both (at any time). */
  CUSTOMERS,
  /** A basket that holds both. */
  BASKETS
}
