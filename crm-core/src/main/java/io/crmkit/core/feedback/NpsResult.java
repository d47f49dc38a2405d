package io.crmkit.core.feedback;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Net Promoter Score counts: answers 9-10 are promoters, 7-8 passives, 0-6 detractors. The score is
 * the share of promoters minus the share of detractors in percentage points, from −100 to 100; each
 * answer counts once (a customer who answered twice counts twice).
 *
 * @since 0.1
 */
public record NpsResult(long promoters, long passives, long detractors) {

  private static final NpsResult NONE = new NpsResult(0, 0, 0);

  /**
   * Checks the counts of promoters, passives and detractors (numbers of responses) are not
   * negative.
   */
  public NpsResult {
    if (promoters < 0 || passives < 0 || detractors < 0) {
      throw new IllegalArgumentException(
          "NPS counts must not be negative but were: promoters="
              + promoters
              + ", passives="
              + passives
              + ", detractors="
              + detractors);
    }
  }

  /** No answers. */
  public static NpsResult none() {
    return NONE;
  }

  /** The counts of the given NPS answers (each 0 to 10). */
  public static NpsResult ofScores(int... scores) {
    NpsResult r = NONE;
    for (int s : scores) {
      r = r.plus(s);
    }
    return r;
  }

  /** These counts with one more answer {@code score} (0 to 10). */
  public NpsResult plus(int score) {
    if (score < 0 || score > 10) {
      throw new IllegalArgumentException("NPS answer must be between 0 and 10 but was: " + score);
    }
    if (score >= 9) {
      return new NpsResult(promoters + 1, passives, detractors);
    }
    return score >= 7
        ? new NpsResult(promoters, passives + 1, detractors)
        : new NpsResult(promoters, passives, detractors + 1);
  }

  /** The counts of both. */
  public NpsResult plus(NpsResult other) {
    return new NpsResult(
        promoters + other.promoters, passives + other.passives, detractors + other.detractors);
  }

  /** The number of answers. */
  public long responses() {
    return promoters + passives + detractors;
  }

  /** The Net Promoter Score in percentage points (−100 to 100); empty without answers. */
  public OptionalDouble score() {
    long n = responses();
    return n == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(100.0 * (promoters - detractors) / n);
  }

  /** For example {@code "NPS 25.0 (n=8: 4 promoters, 2 passives, 2 detractors)"}. */
  @Override
  public String toString() {
    long n = responses();
    return (n == 0 ? "NPS n/a" : String.format(Locale.ROOT, "NPS %.1f", score().getAsDouble()))
        + " (n="
        + n
        + ": "
        + promoters
        + " promoters, "
        + passives
        + " passives, "
        + detractors
        + " detractors)";
  }
}
