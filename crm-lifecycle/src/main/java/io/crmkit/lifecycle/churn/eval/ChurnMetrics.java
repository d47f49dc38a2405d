package io.crmkit.lifecycle.churn.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Metrics of churn scores against labels ({@code true} = churned), computed on primitive arrays in
 * O(n log n). Every method checks that scores are in [0, 1] (AUC accepts any finite score) and that
 * there is one label per score.
 *
 * @since 0.1
 */
public final class ChurnMetrics {

  private ChurnMetrics() {}

  static void check(double[] scores, boolean[] churned, boolean probabilities) {
    Objects.requireNonNull(scores, "scores must not be null");
    Objects.requireNonNull(churned, "churned must not be null");
    if (scores.length != churned.length) {
      throw new IllegalArgumentException(
          "churned must have one label per score ("
              + scores.length
              + ") but had "
              + churned.length);
    }
    if (scores.length == 0) {
      throw new IllegalArgumentException("scores must not be empty");
    }
    for (int i = 0; i < scores.length; i++) {
      double s = scores[i];
      if (probabilities ? !(s >= 0 && s <= 1) : !Double.isFinite(s)) {
        throw new IllegalArgumentException(
            "scores["
                + i
                + "] must be "
                + (probabilities ? "in [0, 1]" : "finite")
                + " but was: "
                + s);
      }
    }
  }

  private static int positives(boolean[] churned) {
    int p = 0;
    for (boolean b : churned) {
      p += b ? 1 : 0;
    }
    return p;
  }

  /**
   * Area under the ROC curve: the probability that a random churner scores above a random stayer,
   * ties counting one half (the Mann–Whitney U statistic over n₁n₀). Needs both classes.
   */
  public static double rocAuc(double[] scores, boolean[] churned) {
    check(scores, churned, false);
    int np = positives(churned);
    int nn = scores.length - np;
    if (np == 0 || nn == 0) {
      throw new IllegalArgumentException(
          "ROC AUC needs churners and stayers but there were "
              + np
              + " churners and "
              + nn
              + " stayers");
    }
    double[] pos = new double[np];
    double[] neg = new double[nn];
    int a = 0;
    int b = 0;
    for (int i = 0; i < scores.length; i++) {
      if (churned[i]) {
        pos[a++] = scores[i];
      } else {
        neg[b++] = scores[i];
      }
    }
    Arrays.sort(pos);
    Arrays.sort(neg);
    // for each positive: stayers strictly below + half the stayers equal
    double u = 0;
    int below = 0;
    int upTo = 0;
    for (int i = 0; i < np; i++) {
      double s = pos[i];
      while (below < nn && neg[below] < s) {
        below++;
      }
      if (upTo < below) {
        upTo = below;
      }
      while (upTo < nn && neg[upTo] <= s) {
        upTo++;
      }
      u += below + 0.5 * (upTo - below);
    }
    return u / ((double) np * nn);
  }

  /** Mean squared difference between score and outcome (0 = perfect; 0.25 for a constant 0.5). */
  public static double brier(double[] scores, boolean[] churned) {
    check(scores, churned, true);
    double sum = 0;
    for (int i = 0; i < scores.length; i++) {
      double d = scores[i] - (churned[i] ? 1 : 0);
      sum += d * d;
    }
    return sum / scores.length;
  }

  /** The confusion counts when every score at or above {@code threshold} is flagged as churn. */
  public static ThresholdMetrics atThreshold(double[] scores, boolean[] churned, double threshold) {
    check(scores, churned, true);
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in [0, 1] but was: " + threshold);
    }
    long tp = 0;
    long fp = 0;
    long fn = 0;
    long tn = 0;
    for (int i = 0; i < scores.length; i++) {
      boolean flagged = scores[i] >= threshold;
      if (flagged && churned[i]) {
        tp++;
      } else if (flagged) {
        fp++;
      } else if (churned[i]) {
        fn++;
      } else {
        tn++;
      }
    }
    return new ThresholdMetrics(threshold, tp, fp, tn, fn);
  }

  /**
   * Lift and capture when the top {@code fraction} of customers by score are targeted ({@code
   * ceil(fraction × n)} customers). Customers tied at the boundary score are taken in proportion,
   * so the result does not depend on row order.
   */
  public static Lift lift(double[] scores, boolean[] churned, double fraction) {
    check(scores, churned, true);
    if (!(fraction > 0 && fraction <= 1)) {
      throw new IllegalArgumentException("fraction must be in (0, 1] but was: " + fraction);
    }
    int n = scores.length;
    int k = Math.max(1, (int) Math.ceil(fraction * n - 1e-9));
    double[] sorted = scores.clone();
    Arrays.sort(sorted);
    double boundary = sorted[n - k];
    long above = 0;
    long churnAbove = 0;
    long tied = 0;
    long churnTied = 0;
    long churners = 0;
    for (int i = 0; i < n; i++) {
      churners += churned[i] ? 1 : 0;
      if (scores[i] > boundary) {
        above++;
        churnAbove += churned[i] ? 1 : 0;
      } else if (scores[i] == boundary) {
        tied++;
        churnTied += churned[i] ? 1 : 0;
      }
    }
    double captured = churnAbove + (double) churnTied * (k - above) / tied;
    return new Lift(fraction, k, captured, churners, n);
  }

  /**
   * Calibration table: {@code bins} equal-width bins of predicted probability over [0, 1] (the last
   * includes 1), with the customers, mean prediction and observed churn rate of each; empty bins
   * are left out.
   */
  public static List<CalibrationBin> calibration(double[] scores, boolean[] churned, int bins) {
    check(scores, churned, true);
    if (bins < 1) {
      throw new IllegalArgumentException("bins must be at least 1 but was: " + bins);
    }
    long[] count = new long[bins];
    double[] predicted = new double[bins];
    long[] observed = new long[bins];
    for (int i = 0; i < scores.length; i++) {
      int b = Math.min(bins - 1, (int) (scores[i] * bins));
      count[b]++;
      predicted[b] += scores[i];
      observed[b] += churned[i] ? 1 : 0;
    }
    List<CalibrationBin> table = new ArrayList<>();
    for (int b = 0; b < bins; b++) {
      if (count[b] > 0) {
        table.add(
            new CalibrationBin(
                (double) b / bins,
                (double) (b + 1) / bins,
                count[b],
                predicted[b] / count[b],
                (double) observed[b] / count[b]));
      }
    }
    return List.copyOf(table);
  }
}
