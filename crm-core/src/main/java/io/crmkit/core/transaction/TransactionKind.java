package io.crmkit.core.transaction;

/**
 * Whether a transaction is a purchase or a refund of an earlier purchase.
 *
 * @since 0.1
 */
public enum TransactionKind {
  PURCHASE,
  REFUND
}
