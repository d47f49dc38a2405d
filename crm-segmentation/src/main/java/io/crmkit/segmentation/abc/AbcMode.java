package io.crmkit.segmentation.abc;

/**
 * What the ABC thresholds are shares of.
 *
 * @since 0.1
 */
public enum AbcMode {
  /** Shares of the total value: A makes the first 80% of value, B the next 15%, C the rest. */
  VALUE_SHARE,
  /**
   * Shares of the customers: A is the top 20% of customers by value, B the next 30%, C the rest.
   */
  CUSTOMER_SHARE
}
