package io.crmkit.loyalty.program;

/**
 * The period an {@link EarningRule.EarningCap} limits: one transaction, a local day or a local
 * month.
 *
 * @since 0.1
 */
public enum CapPeriod {
  TRANSACTION,
  DAY,
  MONTH
}
