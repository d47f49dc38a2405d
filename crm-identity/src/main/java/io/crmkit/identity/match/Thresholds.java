package io.crmkit.identity.match;

import java.util.Locale;

/**
 * Where match probabilities become decisions: at least {@code same} is {@link MatchDecision#SAME},
 * at least {@code review} is {@link MatchDecision#REVIEW}, below is {@link
 * MatchDecision#DIFFERENT}. Both are probabilities in (0, 1) with {@code review <= same}.
 *
 * @since 0.1
 */
public record Thresholds(double same, double review) {

  /**
   * Checks the same threshold is a probability in (0, 1) and the review threshold lies in (0,
   * same].
   */
  public Thresholds {
    if (!(same > 0 && same < 1)) {
      throw new IllegalArgumentException(
          "same threshold must be a probability in (0, 1) but was: " + same);
    }
    if (!(review > 0 && review <= same)) {
      throw new IllegalArgumentException(
          "review threshold must be in (0, same=" + same + "] but was: " + review);
    }
  }

  /** Thresholds {@code same} and {@code review}. */
  public static Thresholds of(double same, double review) {
    return new Thresholds(same, review);
  }

  /**
   * The defaults: same at probability 0.9 (weight about +3.2 bits), review from 0.5 (0 bits). The
   * probabilities are those of a prior over all record pairs (see {@link Deduplicator}), so they
   * stay calibrated as the number of records grows.
   */
  public static Thresholds standard() {
    return new Thresholds(0.9, 0.5);
  }

  /** The decision for match probability {@code probability}. */
  public MatchDecision decide(double probability) {
    return probability >= same
        ? MatchDecision.SAME
        : probability >= review ? MatchDecision.REVIEW : MatchDecision.DIFFERENT;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Thresholds[same >= %.3f, review >= %.3f]", same, review);
  }
}
