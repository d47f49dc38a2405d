package io.crmkit.marketing.offer;

/**
 * Why a candidate item was not offered to a customer who may be contacted.
 *
 * @since 0.1
 */
public enum RefusalReason {
  /** The item is on the policy's list of excluded items. */
  EXCLUDED_ITEM,
  /** The item is a durable the customer already bought. */
  OWNED_DURABLE,
  /** A trait of the item contradicts a stated preference of the customer. */
  PREFERENCE_CONFLICT
}
