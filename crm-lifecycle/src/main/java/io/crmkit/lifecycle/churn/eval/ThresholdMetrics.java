package io.crmkit.lifecycle.churn.eval;

import java.util.Locale;

/**
 * Confusion counts of flagging scores at or above {@code threshold} as churn: true/false positives
 * and negatives (customers). Precision is NaN when nobody is flagged, recall NaN when nobody
 * churned.
 *
 * @since 0.1
 */
public record ThresholdMetrics(
    double threshold,
    long truePositives,
    long falsePositives,
    long trueNegatives,
    long falseNegatives) {

  /** Checks the four confusion counts (of customers) are not negative. */
  public ThresholdMetrics {
    if (truePositives < 0 || falsePositives < 0 || trueNegatives < 0 || falseNegatives < 0) {
      throw new IllegalArgumentException(
          "confusion counts must not be negative but were "
              + truePositives
              + ", "
              + falsePositives
              + ", "
              + trueNegatives
              + ", "
              + falseNegatives);
    }
  }

  /** Share of flagged customers who churned. */
  public double precision() {
    long flagged = truePositives + falsePositives;
    return flagged == 0 ? Double.NaN : (double) truePositives / flagged;
  }

  /** Share of churners who were flagged. */
  public double recall() {
    long churners = truePositives + falseNegatives;
    return churners == 0 ? Double.NaN : (double) truePositives / churners;
  }

  /** Share of customers classified correctly. */
  public double accuracy() {
    return (double) (truePositives + trueNegatives)
        / (truePositives + falsePositives + trueNegatives + falseNegatives);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "at %.2f: precision %.3f, recall %.3f (TP %d, FP %d, TN %d, FN %d)",
        threshold,
        precision(),
        recall(),
        truePositives,
        falsePositives,
        trueNegatives,
        falseNegatives);
  }
}
