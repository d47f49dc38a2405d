package io.crmkit.segmentation.rfm;

/**
 * How a quantile score is chosen for a group of customers with equal values. Every policy gives
 * equal values equal scores, so a tie group is never split across bins: the bins it spans collapse
 * into one and the bins it skips stay empty. With many ties (e.g. 60% of customers bought once) the
 * bins are therefore unequal, and some may be empty; only with distinct values does each of the
 * {@code k} bins hold {@code n / k} customers ± 1.
 *
 * <p>With the customers sorted from the worst to the best value, a customer at 0-based rank {@code
 * p} of {@code n} would get score {@code floor(p · k / n) + 1}; the policy says which rank of its
 * tie group stands for the whole group.
 *
 * @since 0.1
 */
public enum TiePolicy {
  /** The group takes the score of its first (lowest) rank: ties are scored conservatively. */
  LOWEST_RANK,
  /** The group takes the score of its middle rank {@code (first + last) / 2}. */
  MIDDLE_RANK,
  /** The group takes the score of its last (highest) rank: ties are scored generously. */
  HIGHEST_RANK
}
