package io.crmkit.segmentation.rfm;

import java.util.Arrays;

/**
 * The scoring kernels over primitive arrays. Scores are computed from cut values: a value scores
 * {@code 1 + (number of cuts c with value >= c)}; cuts are non-decreasing, and {@code +∞} marks a
 * score no value reaches.
 */
final class Scoring {

  private Scoring() {}

  /**
   * The k − 1 cuts of quantile scores over {@code values} (higher value = higher score). Sorts a copy:
   * O(n log n) time, one extra array.
   */
  static double[] quantileCuts(double[] values, int bins, TiePolicy ties) {
    int n = values.length;
    double[] cuts = new double[bins - 1];
    Arrays.fill(cuts, Double.POSITIVE_INFINITY);
    if (n == 0) {
      return cuts;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int reached = 1;
    int i = 0;
    while (i < n && reached < bins) {
      double v = sorted[i];
      int j = i;
      while (j + 1 < n && sorted[j + 1] == v) {
        j++;
      }
      long twiceRank = switch (ties) {
        case LOWEST_RANK -> 2L * i;
        case MIDDLE_RANK -> (long) i + j;
        case HIGHEST_RANK -> 2L * j;
      };
      int score = (int) (twiceRank * bins / (2L * n)) + 1;
      while (reached < score) {
        cuts[reached - 1] = v;
        reached++;
      }
      i = j + 1;
    }
    return cuts;
  }

  /** Scores {@code values} against {@code cuts} into {@code out}. */
  static void score(double[] values, double[] cuts, byte[] out) {
    int n = values.length;
    switch (cuts.length) {
      case 4 -> {
        double c0 = cuts[0];
        double c1 = cuts[1];
        double c2 = cuts[2];
        double c3 = cuts[3];
        for (int i = 0; i < n; i++) {
          double v = values[i];
          out[i] = (byte) (1 + (v >= c0 ? 1 : 0) + (v >= c1 ? 1 : 0) + (v >= c2 ? 1 : 0) + (v >= c3 ? 1 : 0));
        }
      }
      default -> {
        for (int i = 0; i < n; i++) {
          double v = values[i];
          int s = 1;
          for (double c : cuts) {
            s += v >= c ? 1 : 0;
          }
          out[i] = (byte) s;
        }
      }
    }
  }

  /** Checks that every value is a number; names the dimension and the row otherwise. */
  static void requireNumbers(String field, double[] values) {
    for (int i = 0; i < values.length; i++) {
      if (Double.isNaN(values[i]) || Double.isInfinite(values[i])) {
        throw new IllegalArgumentException(field + " must be finite but row " + i + " was: " + values[i]);
      }
    }
  }
}
