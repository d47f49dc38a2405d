package io.crmkit.segmentation.rfm;

import java.util.Objects;

/**
 * A box of the RFM score cube: the cells whose R, F and M scores fall in the three ranges.
 *
 * @since 0.1
 */
public record ScoreBox(ScoreRange recency, ScoreRange frequency, ScoreRange monetary) {

  /** Checks the three score ranges are not null. */
  public ScoreBox {
    Objects.requireNonNull(recency, "recency range must not be null");
    Objects.requireNonNull(frequency, "frequency range must not be null");
    Objects.requireNonNull(monetary, "monetary range must not be null");
  }

  /** The box {@code R rMin..rMax, F fMin..fMax, M mMin..mMax}. */
  public static ScoreBox of(int rMin, int rMax, int fMin, int fMax, int mMin, int mMax) {
    return new ScoreBox(
        ScoreRange.of(rMin, rMax), ScoreRange.of(fMin, fMax), ScoreRange.of(mMin, mMax));
  }

  /** Whether the scores {@code r}, {@code f} and {@code m} all lie in their ranges. */
  public boolean contains(int r, int f, int m) {
    return recency.contains(r) && frequency.contains(f) && monetary.contains(m);
  }

  /** For example {@code "R4-5 F4-5 M1-5"}. */
  @Override
  public String toString() {
    return "R" + recency + " F" + frequency + " M" + monetary;
  }
}
