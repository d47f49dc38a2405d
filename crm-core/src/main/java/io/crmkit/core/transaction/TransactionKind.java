package io.crmkit.core.transaction;

/** Whether a transaction is a purchase or a refund of an earlier purchase. */
public enum TransactionKind {
  PURCHASE,
  REFUND
}
