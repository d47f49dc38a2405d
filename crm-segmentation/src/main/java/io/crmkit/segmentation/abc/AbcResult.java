package io.crmkit.segmentation.abc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ABC class of every row (one byte per row, aligned with the input), the per-class report, the
 * Pareto and Lorenz curves and the Gini coefficient of the values. Immutable.
 *
 * @since 0.1
 */
public final class AbcResult {

  /** Points of the curves: customer shares 0, 1/100, …, 1. */
  private static final int CURVE_STEPS = 100;

  private final AbcClassifier classifier;
  private final byte[] classes;
  private final double[] values;
  private final double total;
  private final List<AbcClassReport> report;
  private final List<CurvePoint> pareto;
  private final List<CurvePoint> lorenz;
  private final double gini;

  AbcResult(
      AbcClassifier classifier,
      byte[] classes,
      double[] values,
      double[] sortedAscending,
      double total) {
    this.classifier = classifier;
    this.classes = classes;
    this.values = values;
    this.total = total;
    int n = classes.length;
    int[] count = new int[3];
    double[] value = new double[3];
    for (int i = 0; i < n; i++) {
      count[classes[i]]++;
      value[classes[i]] += values[i];
    }
    List<AbcClassReport> r = new ArrayList<>(3);
    for (AbcClass c : AbcClass.values()) {
      int o = c.ordinal();
      r.add(
          new AbcClassReport(
              c,
              count[o],
              value[o],
              n == 0 ? 0 : (double) count[o] / n,
              total == 0 ? 0 : value[o] / total));
    }
    this.report = List.copyOf(r);
    // prefix sums of the ascending values: low[m] = value of the m lowest customers
    double[] low = new double[n + 1];
    for (int i = 0; i < n; i++) {
      low[i + 1] = low[i] + sortedAscending[i];
    }
    List<CurvePoint> p = new ArrayList<>(CURVE_STEPS + 1);
    List<CurvePoint> l = new ArrayList<>(CURVE_STEPS + 1);
    for (int s = 0; s <= CURVE_STEPS; s++) {
      int m = (int) ((long) s * n / CURVE_STEPS);
      double x = (double) s / CURVE_STEPS;
      double top = total == 0 ? 0 : Math.min(1, (low[n] - low[n - m]) / low[n]);
      double bottom = total == 0 ? 0 : Math.min(1, low[m] / low[n]);
      p.add(new CurvePoint(x, Math.max(0, top)));
      l.add(new CurvePoint(x, Math.max(0, bottom)));
    }
    this.pareto = List.copyOf(p);
    this.lorenz = List.copyOf(l);
    this.gini = gini(sortedAscending, low[n]);
  }

  /**
   * Gini = Σ (2i − n − 1) x_(i) / (n Σ x) over ascending x, i = 1..n; 0 when all values are equal.
   */
  static double gini(double[] ascending, double sum) {
    int n = ascending.length;
    if (n < 2 || sum <= 0 || ascending[0] == ascending[n - 1]) {
      return 0;
    }
    double acc = 0;
    for (int i = 0; i < n; i++) {
      acc += (2.0 * (i + 1) - n - 1) * ascending[i];
    }
    double g = acc / (n * sum);
    return Math.max(0, Math.min(g, (n - 1.0) / n));
  }

  /** The classifier that produced these classes. */
  public AbcClassifier classifier() {
    return classifier;
  }

  /** The number of customers classified. */
  public int size() {
    return classes.length;
  }

  /** The class of row {@code i}. */
  public AbcClass classOf(int i) {
    return AbcClass.values()[classes[i]];
  }

  /** The class ordinal of row {@code i} (0 = A, 1 = B, 2 = C). */
  public int classIndex(int i) {
    return classes[i];
  }

  /** The value of row {@code i} as classified (negative values counted as 0). */
  public double value(int i) {
    return values[i];
  }

  /** A copy of the class ordinals, one per row. */
  public byte[] classIndexes() {
    return classes.clone();
  }

  /** The total value of the population. */
  public double total() {
    return total;
  }

  /** One report per class: A, B, C. */
  public List<AbcClassReport> report() {
    return report;
  }

  /** The report of class {@code c}. */
  public AbcClassReport report(AbcClass c) {
    return report.get(c.ordinal());
  }

  /**
   * The Pareto curve: for customer shares 0, 0.01, …, 1, the share of value held by that many
   * top-ranked customers ({@code floor(share · n)} of them). Concave, from (0, 0) to (1, 1).
   */
  public List<CurvePoint> paretoCurve() {
    return pareto;
  }

  /**
   * The Lorenz curve: as {@link #paretoCurve()} for the lowest-ranked customers. Convex, below the
   * diagonal.
   */
  public List<CurvePoint> lorenzCurve() {
    return lorenz;
  }

  /**
   * The Gini coefficient of the values, from 0 (all equal) to at most {@code (n − 1) / n} (one
   * customer holds everything): the sample Gini without small-sample correction. 0 for fewer than
   * two customers or a total of 0.
   */
  public double gini() {
    return gini;
  }

  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "AbcResult[%d customers, total %.2f, Gini %.4f, %s]%n",
                size(),
                total,
                gini,
                classifier));
    for (AbcClassReport r : report) {
      sb.append("  ").append(r).append(String.format(Locale.ROOT, "%n"));
    }
    return sb.toString();
  }
}
