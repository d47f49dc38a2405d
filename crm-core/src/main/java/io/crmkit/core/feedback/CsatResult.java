package io.crmkit.core.feedback;

import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Customer satisfaction counts: how many answers gave each score from 1 to 5. The CSAT score is the
 * share of satisfied answers (4 or 5) in percent, 0 to 100; the mean score lies between 1 and 5.
 *
 * @param counts {@code counts[s - 1]} is the number of answers with score {@code s}; five entries
 * @since 0.1
 */
public record CsatResult(long[] counts) {

  private static final long[] NONE = new long[5];

  /**
   * Checks the counts: exactly 5 entries (responses with scores 1 to 5), none negative; the array
   * is copied.
   */
  public CsatResult {
    if (counts == null || counts.length != 5) {
      throw new IllegalArgumentException(
          "CSAT counts must have 5 entries (scores 1 to 5) but were: " + Arrays.toString(counts));
    }
    counts = counts.clone();
    for (long c : counts) {
      if (c < 0) {
        throw new IllegalArgumentException(
            "CSAT counts must not be negative but were: " + Arrays.toString(counts));
      }
    }
  }

  /** No answers. */
  public static CsatResult none() {
    return new CsatResult(NONE);
  }

  /** The counts of the given CSAT answers (each 1 to 5). */
  public static CsatResult ofScores(int... scores) {
    long[] c = new long[5];
    for (int s : scores) {
      c[checked(s) - 1]++;
    }
    return new CsatResult(c);
  }

  private static int checked(int score) {
    if (score < 1 || score > 5) {
      throw new IllegalArgumentException("CSAT answer must be between 1 and 5 but was: " + score);
    }
    return score;
  }

  /** These counts with one more answer {@code score} (1 to 5). */
  public CsatResult plus(int score) {
    long[] c = counts.clone();
    c[checked(score) - 1]++;
    return new CsatResult(c);
  }

  /** The counts of both. */
  public CsatResult plus(CsatResult other) {
    long[] c = counts.clone();
    for (int i = 0; i < 5; i++) {
      c[i] += other.counts[i];
    }
    return new CsatResult(c);
  }

  /** A copy of the counts per score, {@code [0]} for score 1. */
  @Override
  public long[] counts() {
    return counts.clone();
  }

  /** The number of answers with score {@code score} (1 to 5). */
  public long count(int score) {
    return counts[checked(score) - 1];
  }

  /** The number of answers. */
  public long responses() {
    return counts[0] + counts[1] + counts[2] + counts[3] + counts[4];
  }

  /** The number of satisfied answers (4 or 5). */
  public long satisfied() {
    return counts[3] + counts[4];
  }

  /** The share of satisfied answers (4 or 5) in percent, 0 to 100; empty without answers. */
  public OptionalDouble score() {
    long n = responses();
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * satisfied() / n);
  }

  /** The mean answer, 1 to 5; empty without answers. */
  public OptionalDouble meanScore() {
    long n = responses();
    if (n == 0) {
      return OptionalDouble.empty();
    }
    long sum = 0;
    for (int i = 0; i < 5; i++) {
      sum += (i + 1) * counts[i];
    }
    return OptionalDouble.of((double) sum / n);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CsatResult r && Arrays.equals(counts, r.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  /** For example {@code "CSAT 75.0% (n=4, mean 4.00, counts 1..5=[0, 0, 1, 2, 1])"}. */
  @Override
  public String toString() {
    long n = responses();
    if (n == 0) {
      return "CSAT n/a (n=0)";
    }
    return String.format(
        Locale.ROOT,
        "CSAT %.1f%% (n=%d, mean %.2f, counts 1..5=%s)",
        score().getAsDouble(),
        n,
        meanScore().getAsDouble(),
        Arrays.toString(counts));
  }
}
