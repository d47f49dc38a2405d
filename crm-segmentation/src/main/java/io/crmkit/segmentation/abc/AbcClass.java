package io.crmkit.segmentation.abc;

/** The Pareto class of a customer: A the most valuable, C the least. */
public enum AbcClass {
  A,
  B,
  C
}
