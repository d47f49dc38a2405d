package io.crmkit.identity.match;

/** What the matcher concludes about a pair of records. */
public enum MatchDecision {
  /** The same person: the records are linked. */
  SAME,
  /** Unsure: a person should look (the pair is not linked automatically). */
  REVIEW,
  /** Different people. */
  DIFFERENT
}
