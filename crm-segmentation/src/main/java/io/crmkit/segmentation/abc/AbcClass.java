package io.crmkit.segmentation.abc;

/**
 * The Pareto class of a customer: A the most valuable, C the least.
 *
 * @since 0.1
 */
public enum AbcClass {
  A,
  B,
  C
}
