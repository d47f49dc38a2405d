package io.crmkit.core.io;

/**
 * What a negative amount in a transactions file means. Some exports mark refunds with a kind
 * column; many others write a refund as a line with a negative amount.
 *
 * @since 0.1
 */
public enum NegativeAmounts {
  /** A negative amount is a bad row (refunds are marked by a kind column). The default. */
  REFUSE,
  /**
   * A negative amount is a refund of its absolute value. It refunds the transaction named in the
   * refund-of column when the format maps one and the cell is not empty; otherwise the latest
   * purchase of the same customer read before it in the file (exports list a refund after its
   * order). A negative line whose customer has no earlier purchase in the file is a bad row.
   */
  REFUND
}
