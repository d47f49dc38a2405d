package io.crmkit.loyalty.ledger;

/**
 * What a refund does when the points its purchase earned were already spent and the account cannot
 * cover the reversal.
 *
 * @since 0.1
 */
public enum NegativeBalancePolicy {
  /** The account goes negative: the uncovered points are owed and repaid from later earnings. */
  ALLOW_NEGATIVE,
  /** The reversal stops at zero; the uncovered points are reported as the posting's shortfall. */
  CAP_AT_ZERO
}
