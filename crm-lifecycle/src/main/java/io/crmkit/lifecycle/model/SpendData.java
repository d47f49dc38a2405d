package io.crmkit.lifecycle.model;

import io.crmkit.core.summary.CustomerSummaries;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Repeat-purchase counts x &gt; 0 and mean repeat spend z̄ &gt; 0 (currency units) with weights,
 * the input of the {@link GammaGammaModel}. Primitive arrays, validated on construction.
 *
 * @since 0.1
 */
public final class SpendData {

  private final double[] x;
  private final double[] zbar;

  /** The weights, null when every row has weight 1. */
  private final double[] weight;

  private final double total;

  /** Trusted rows: validated by the caller; {@code weight} null for weight 1 each. */
  private SpendData(double[] x, double[] zbar, double[] weight, double total) {
    this.x = x;
    this.zbar = zbar;
    this.weight = weight;
    this.total = total;
  }

  private SpendData(double[] x, double[] zbar, double[] weight) {
    int n = x.length;
    if (zbar.length != n || weight.length != n) {
      throw new IllegalArgumentException(
          "x, zbar and weights must have one length but had "
              + n
              + ", "
              + zbar.length
              + ", "
              + weight.length);
    }
    if (n == 0) {
      throw new ModelFitException("no customers with repeat purchases: spend cannot be estimated");
    }
    double t = 0;
    for (int i = 0; i < n; i++) {
      if (!(x[i] > 0) || x[i] != Math.rint(x[i]) || Double.isInfinite(x[i])) {
        throw new ModelFitException(
            "frequency of row " + i + " must be a whole number above 0 but was: " + x[i]);
      }
      if (!(zbar[i] > 0) || Double.isInfinite(zbar[i])) {
        throw new ModelFitException(
            "mean spend of row " + i + " must be positive and finite but was: " + zbar[i]);
      }
      if (!(weight[i] > 0) || Double.isInfinite(weight[i])) {
        throw new ModelFitException(
            "weight of row " + i + " must be positive and finite but was: " + weight[i]);
      }
      t += weight[i];
    }
    this.x = x;
    this.zbar = zbar;
    this.weight = weight;
    this.total = t;
  }

  /** Rows with explicit weights (copied); every x and z̄ must be positive. */
  public static SpendData of(double[] x, double[] zbar, double[] weight) {
    Objects.requireNonNull(x, "x must not be null");
    Objects.requireNonNull(zbar, "zbar must not be null");
    Objects.requireNonNull(weight, "weights must not be null");
    return new SpendData(x.clone(), zbar.clone(), weight.clone());
  }

  /** Rows of weight 1. */
  public static SpendData of(double[] x, double[] zbar) {
    double[] w = new double[x.length];
    Arrays.fill(w, 1);
    return of(x, zbar, w);
  }

  /**
   * The summaries' customers with frequency &gt; 0, their frequency and monetary value (mean repeat
   * spend), identical (x, z̄) rows merged into weighted rows (amounts in cents repeat often: the
   * likelihood, and so the fit, is the same and far cheaper).
   *
   * @throws ModelFitException when no customer has frequency &gt; 0, or a returning customer's mean
   *     spend is not positive
   */
  public static SpendData of(CustomerSummaries s) {
    Objects.requireNonNull(s, "summaries must not be null");
    int m = 0;
    for (int i = 0; i < s.size(); i++) {
      if (s.frequency(i) > 0) {
        m++;
      }
    }
    double[] x = new double[m];
    double[] z = new double[m];
    double[] w = new double[m];
    int k = 0;
    for (int i = 0; i < s.size(); i++) {
      if (s.frequency(i) > 0) {
        x[k] = s.frequency(i);
        z[k] = s.monetaryValue(i);
        w[k] = 1;
        if (!(z[k] > 0)) {
          throw new ModelFitException(
              "customer "
                  + s.id(i)
                  + " has "
                  + s.frequency(i)
                  + " repeat purchases but mean spend "
                  + z[k]
                  + "; expected a positive amount");
        }
        k++;
      }
    }
    return compress(x, z);
  }

  /**
   * The summaries' customers with frequency &gt; 0 as weight-1 rows, in customer order (what the
   * fit reads: its cost per row is a few multiplications, less than merging the rows would cost).
   */
  static SpendData uncompressed(CustomerSummaries s) {
    int size = s.size();
    int m = 0;
    for (int i = 0; i < size; i++) {
      if (s.frequency(i) > 0) {
        m++;
      }
    }
    if (m == 0) {
      throw new ModelFitException("no customers with repeat purchases: spend cannot be estimated");
    }
    // one pass, read from the summaries (no column copies), validated here: frequencies are
    // positive whole numbers, weights 1
    double[] x = new double[m];
    double[] z = new double[m];
    int k = 0;
    for (int i = 0; i < size; i++) {
      int f = s.frequency(i);
      if (f > 0) {
        double zi = s.monetaryValue(i);
        if (!(zi > 0)) {
          throw new ModelFitException(
              "customer "
                  + s.id(i)
                  + " has "
                  + f
                  + " repeat purchases but mean spend "
                  + zi
                  + "; expected a positive amount");
        }
        if (zi == Double.POSITIVE_INFINITY) {
          throw new ModelFitException(
              "mean spend of row " + k + " must be positive and finite but was: " + zi);
        }
        x[k] = f;
        z[k] = zi;
        k++;
      }
    }
    return new SpendData(x, z, null, m);
  }

  /**
   * About {@code fraction} of the customers, picked systematically in row order ({@link
   * WeightedData#systematicCounts}); rows left without customers are dropped.
   */
  SpendData subsample(double fraction) {
    int n = x.length;
    double[] keep = WeightedData.systematicCounts(weights(), fraction);
    int m = 0;
    for (double k : keep) {
      if (k > 0) {
        m++;
      }
    }
    if (m == 0) {
      return this;
    }
    double[] sx = new double[m];
    double[] sz = new double[m];
    double[] sw = new double[m];
    int g = 0;
    for (int i = 0; i < n; i++) {
      if (keep[i] > 0) {
        sx[g] = x[i];
        sz[g] = zbar[i];
        sw[g++] = keep[i];
      }
    }
    return new SpendData(sx, sz, sw);
  }

  /** Raw (x, z̄) rows merged into weighted rows, in first-seen order. */
  public static SpendData compress(double[] x, double[] zbar) {
    Objects.requireNonNull(x, "x must not be null");
    Objects.requireNonNull(zbar, "zbar must not be null");
    int n = x.length;
    if (zbar.length != n) {
      throw new IllegalArgumentException(
          "x and zbar must have one length but had " + n + ", " + zbar.length);
    }
    DistinctRows d = DistinctRows.of(x, zbar);
    return new SpendData(d.pick(x), d.pick(zbar), d.counts());
  }

  /** The number of distinct rows. */
  public int rows() {
    return x.length;
  }

  /** Number of customers: the sum of weights. */
  public double customers() {
    return total;
  }

  /** The repeat purchases x of distinct row {@code i} (a count). */
  public double x(int i) {
    return x[i];
  }

  /** The mean value of the repeat purchases of distinct row {@code i}, in units of the currency. */
  public double zbar(int i) {
    return zbar[i];
  }

  /** The number of customers sharing distinct row {@code i}. */
  public double weight(int i) {
    if (weight == null) {
      Objects.checkIndex(i, x.length);
      return 1;
    }
    return weight[i];
  }

  /** The weights column (shared, not to be changed). */
  double[] weights() {
    if (weight == null) {
      double[] w = new double[x.length];
      Arrays.fill(w, 1);
      return w;
    }
    return weight;
  }

  /** Whether every row has weight 1. */
  boolean unitWeights() {
    return weight == null;
  }

  /** The x column (shared, not to be changed). */
  double[] xs() {
    return x;
  }

  /** The z̄ column (shared, not to be changed). */
  double[] zbars() {
    return zbar;
  }

  /** The distinct values of x, sorted. */
  double[] distinctX() {
    return Arrays.stream(x).distinct().sorted().toArray();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "SpendData[%d rows, %.0f customers]", x.length, total);
  }
}
