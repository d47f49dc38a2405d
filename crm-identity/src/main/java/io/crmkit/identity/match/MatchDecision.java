package io.crmkit.identity.match;

/**
 * What the matcher concludes about a pair of records.
 *
 * @since 0.1
 */
public enum MatchDecision {
  /** The same person: the records are linked. */
  SAME,
  /** Unsure: a person should look (the pair is not linked automatically). */
  REVIEW,
  /** Different people. */
  DIFFERENT
}
