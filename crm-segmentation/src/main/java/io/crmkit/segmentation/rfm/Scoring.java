package io.crmkit.segmentation.rfm;

import java.util.Arrays;

/**
 * The scoring kernels over primitive arrays. Scores are computed from cut values: a value scores
 * {@code 1 + (number of cuts c with value >= c)}; cuts are non-decreasing, and {@code +∞} marks a
 * score no value reaches.
 */
final class Scoring {

  private Scoring() {}

  /** The widest range of whole numbers counted instead of sorted. */
  static final int MAX_COUNTING_RANGE = 1 << 20;

  /** Whole numbers beyond ± this are not counted (they would not fit an int index). */
  private static final double COUNTING_LIMIT = 1 << 30;

  /**
   * The k − 1 cuts of quantile scores over {@code values} (higher value = higher score). Whole
   * numbers within a range of {@link #MAX_COUNTING_RANGE} (counts, days) are counted in O(n +
   * range); for other values the cuts are order statistics found by selection ({@link
   * #quantileCutsBySelection}), or, for middle-rank ties, by sorting a copy.
   */
  static double[] quantileCuts(double[] values, int bins, TiePolicy ties) {
    int n = values.length;
    double[] cuts = new double[bins - 1];
    Arrays.fill(cuts, Double.POSITIVE_INFINITY);
    if (n == 0) {
      return cuts;
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    boolean whole = true;
    for (int i = 0; i < n && whole; i++) {
      double v = values[i];
      whole = v == Math.rint(v);
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    if (whole
        && max - min < MAX_COUNTING_RANGE
        && min >= -COUNTING_LIMIT
        && max <= COUNTING_LIMIT) {
      int base = (int) min;
      int[] counts = new int[(int) (max - min) + 1];
      for (int i = 0; i < n; i++) {
        counts[(int) values[i] - base]++;
      }
      int reached = 1;
      int first = 0;
      for (int v = 0; v < counts.length && reached < bins; v++) {
        if (counts[v] == 0) {
          continue;
        }
        reached =
            reach(cuts, reached, score(first, first + counts[v] - 1, n, bins, ties), v + base);
        first += counts[v];
      }
      return cuts;
    }
    if (ties == TiePolicy.MIDDLE_RANK) {
      return quantileCutsBySorting(values, bins, ties);
    }
    return quantileCutsBySelection(values, bins, ties);
  }

  /**
   * Quantile cuts from k − 1 order statistics found by quickselect, O(n log k) expected. With
   * {@code m = ceil((s − 1) · n / k)}, score s is reached by a value whose tie group starts at rank
   * {@code m} or later, i.e. which exceeds the value of rank {@code m − 1} (lowest-rank ties), or
   * whose group ends at rank {@code m} or later, i.e. which is at least the value of rank {@code m}
   * (highest-rank ties).
   */
  static double[] quantileCutsBySelection(double[] values, int bins, TiePolicy ties) {
    int n = values.length;
    double[] cuts = new double[bins - 1];
    Arrays.fill(cuts, Double.POSITIVE_INFINITY);
    if (n == 0) {
      return cuts;
    }
    int[] rank = new int[bins - 1];
    for (int s = 2; s <= bins; s++) {
      long m = ((long) (s - 1) * n + bins - 1) / bins;
      rank[s - 2] = (int) (ties == TiePolicy.LOWEST_RANK ? m - 1 : m);
    }
    int[] wanted = Arrays.stream(rank).filter(r -> r < n).distinct().sorted().toArray();
    double[] found = OrderStatistics.select(values, wanted);
    for (int s = 0; s < rank.length; s++) {
      int w = Arrays.binarySearch(wanted, rank[s]);
      if (w >= 0) {
        cuts[s] = ties == TiePolicy.LOWEST_RANK ? Math.nextUp(found[w]) : found[w];
      }
    }
    return cuts;
  }

  /** Quantile cuts by sorting a copy and walking the tie groups, O(n log n); any tie policy. */
  static double[] quantileCutsBySorting(double[] values, int bins, TiePolicy ties) {
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
      reached = reach(cuts, reached, score(i, j, n, bins, ties), v);
      i = j + 1;
    }
    return cuts;
  }

  /** The score of a tie group at 0-based ranks {@code first..last} of {@code n}. */
  private static int score(int first, int last, int n, int bins, TiePolicy ties) {
    long twiceRank =
        switch (ties) {
          case LOWEST_RANK -> 2L * first;
          case MIDDLE_RANK -> (long) first + last;
          case HIGHEST_RANK -> 2L * last;
        };
    return (int) (twiceRank * bins / (2L * n)) + 1;
  }

  /**
   * Sets the cuts of the scores from {@code reached + 1} to {@code score} to {@code value}; the new
   * reached score.
   */
  private static int reach(double[] cuts, int reached, int score, double value) {
    while (reached < score) {
      cuts[reached - 1] = value;
      reached++;
    }
    return reached;
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
          out[i] =
              (byte)
                  (1
                      + (v >= c0 ? 1 : 0)
                      + (v >= c1 ? 1 : 0)
                      + (v >= c2 ? 1 : 0)
                      + (v >= c3 ? 1 : 0));
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
        throw new IllegalArgumentException(
            field + " must be finite but row " + i + " was: " + values[i]);
      }
    }
  }
}
