package io.crmkit.segmentation.rfm;

/**
 * An inclusive range of scores {@code min..max} of one RFM dimension, within 1..9.
 *
 * @since 0.1
 */
public record ScoreRange(int min, int max) {

  /** Checks {@code 1 <= min <= max <= Binning.MAX_BINS}. */
  public ScoreRange {
    if (min < 1 || min > Binning.MAX_BINS) {
      throw new IllegalArgumentException(
          "min score must be between 1 and " + Binning.MAX_BINS + " but was: " + min);
    }
    if (max < min || max > Binning.MAX_BINS) {
      throw new IllegalArgumentException(
          "max score must be between min " + min + " and " + Binning.MAX_BINS + " but was: " + max);
    }
  }

  /** The scores {@code min..max}, both included. */
  public static ScoreRange of(int min, int max) {
    return new ScoreRange(min, max);
  }

  /** The single score {@code score}. */
  public static ScoreRange exactly(int score) {
    return new ScoreRange(score, score);
  }

  /** Whether {@code score} lies in {@code [min, max]}. */
  public boolean contains(int score) {
    return score >= min && score <= max;
  }

  /** {@code "4-5"}, or {@code "5"} for a single score. */
  @Override
  public String toString() {
    return min == max ? Integer.toString(min) : min + "-" + max;
  }
}
