package io.crmkit.lifecycle.model;

import io.crmkit.core.summary.CustomerSummaries;
import java.util.Arrays;
import java.util.Objects;

/**
 * Frequency/recency/T rows with weights: how many customers share each row. Identical {@code (x,
 * t_x, T)} rows compress into one weighted row, which gives the same likelihood and so the same
 * fit, far faster on large populations (CDNOW's 2,357 customers have 1,016 distinct rows; a
 * population measured in whole days has at most a few hundred thousand whatever its size).
 * Primitive arrays; validated on construction.
 *
 * @since 0.1
 */
public final class WeightedData {

  private final double[] x;
  private final double[] tx;
  private final double[] age;
  private final double[] weight;
  private final double totalWeight;

  private WeightedData(double[] x, double[] tx, double[] age, double[] weight) {
    int n = x.length;
    if (tx.length != n || age.length != n || weight.length != n) {
      throw new IllegalArgumentException(
          "x, t_x, T and weights must have one length but had "
              + n
              + ", "
              + tx.length
              + ", "
              + age.length
              + ", "
              + weight.length);
    }
    if (n == 0) {
      throw new ModelFitException("no customers: the data is empty");
    }
    double total = 0;
    for (int i = 0; i < n; i++) {
      if (!(x[i] >= 0) || x[i] != Math.rint(x[i]) || Double.isInfinite(x[i])) {
        throw new ModelFitException(
            "frequency of row " + i + " must be a whole number not below 0 but was: " + x[i]);
      }
      if (!(tx[i] >= 0) || Double.isInfinite(tx[i])) {
        throw new ModelFitException(
            "recency of row " + i + " must be finite and not negative but was: " + tx[i]);
      }
      if (!(age[i] >= tx[i]) || Double.isInfinite(age[i])) {
        throw new ModelFitException(
            "T of row "
                + i
                + " must be finite and at least its recency "
                + tx[i]
                + " but was: "
                + age[i]);
      }
      if (!(weight[i] > 0) || Double.isInfinite(weight[i])) {
        throw new ModelFitException(
            "weight of row " + i + " must be positive and finite but was: " + weight[i]);
      }
      total += weight[i];
    }
    this.x = x;
    this.tx = tx;
    this.age = age;
    this.weight = weight;
    this.totalWeight = total;
  }

  /** Rows with explicit weights (copied). */
  public static WeightedData of(double[] x, double[] tx, double[] age, double[] weight) {
    Objects.requireNonNull(x, "x must not be null");
    Objects.requireNonNull(tx, "tx must not be null");
    Objects.requireNonNull(age, "T must not be null");
    Objects.requireNonNull(weight, "weights must not be null");
    return new WeightedData(x.clone(), tx.clone(), age.clone(), weight.clone());
  }

  /** One row per customer, weight 1 (no compression). */
  public static WeightedData uncompressed(CustomerSummaries s) {
    Objects.requireNonNull(s, "summaries must not be null");
    double[] w = new double[s.size()];
    Arrays.fill(w, 1.0);
    double[] x = new double[s.size()];
    int[] f = s.frequencies();
    for (int i = 0; i < x.length; i++) {
      x[i] = f[i];
    }
    return new WeightedData(x, s.recencies(), s.ages(), w);
  }

  /**
   * The summaries with identical {@code (x, t_x, T)} rows merged into weighted rows, sorted by x,
   * then T, then t_x. Linear in the customers: each column becomes the ranks of its distinct
   * values, the three ranks one integer key, the keys are radix-sorted and counted.
   */
  public static WeightedData compressed(CustomerSummaries s) {
    Objects.requireNonNull(s, "summaries must not be null");
    return compressSorted(s.frequencies(), s.recencies(), s.ages());
  }

  /** {@link #compressed(CustomerSummaries)} on raw columns (trusted to have one length). */
  static WeightedData compressSorted(int[] frequency, double[] tx, double[] age) {
    int n = frequency.length;
    DenseRanks xr = DenseRanks.ofWhole(frequency);
    DenseRanks tr = DenseRanks.of(age);
    DenseRanks sr = DenseRanks.of(tx);
    int bx = bits(xr.size());
    int bt = bits(tr.size());
    int bs = bits(sr.size());
    if (n == 0 || bx + bt + bs > 62) {
      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = frequency[i];
      }
      return compress(x, tx, age); // keys would not fit a long: hash the rows instead
    }
    long[] keys = new long[n];
    int[] xi = xr.ranks();
    int[] ti = tr.ranks();
    int[] si = sr.ranks();
    for (int i = 0; i < n; i++) {
      keys[i] = ((long) xi[i] << (bt + bs)) | ((long) ti[i] << bs) | si[i];
    }
    DenseRanks.radixSort(keys, bx + bt + bs);
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || keys[i] != keys[i - 1]) {
        m++;
      }
    }
    double[] cx = new double[m];
    double[] ctx = new double[m];
    double[] cage = new double[m];
    double[] w = new double[m];
    int[] cxi = new int[m];
    int[] cti = new int[m];
    int[] csi = new int[m];
    long tMask = (1L << bt) - 1;
    long sMask = (1L << bs) - 1;
    int g = -1;
    for (int i = 0; i < n; i++) {
      long k = keys[i];
      if (i == 0 || k != keys[i - 1]) {
        g++;
        csi[g] = (int) (k & sMask);
        cti[g] = (int) ((k >>> bs) & tMask);
        cxi[g] = (int) (k >>> (bt + bs));
        cx[g] = xr.values()[cxi[g]];
        ctx[g] = sr.values()[csi[g]];
        cage[g] = tr.values()[cti[g]];
      }
      w[g]++;
    }
    WeightedData d = new WeightedData(cx, ctx, cage, w);
    d.setIndex(xr.values(), cxi, sr.values(), csi, tr.values(), cti);
    return d;
  }

  /** The bits that hold the numbers 0 … size − 1. */
  private static int bits(int size) {
    return size <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(size - 1);
  }

  /**
   * About {@code fraction} of the customers, picked systematically in row order (row i keeps
   * round(W_i f) − round(W_{i−1} f) customers, W_i the cumulative weight); rows left without
   * customers are dropped. Shares the distinct-value index of this data.
   */
  WeightedData subsample(double fraction) {
    ensureIndex();
    int n = x.length;
    double[] keep = systematicCounts(weight, fraction);
    int m = 0;
    for (double k : keep) {
      if (k > 0) {
        m++;
      }
    }
    double[] sx = new double[m];
    double[] stx = new double[m];
    double[] sage = new double[m];
    double[] sw = new double[m];
    int[] sxi = new int[m];
    int[] ssi = new int[m];
    int[] sti = new int[m];
    int g = 0;
    for (int i = 0; i < n; i++) {
      if (keep[i] > 0) {
        sx[g] = x[i];
        stx[g] = tx[i];
        sage[g] = age[i];
        sw[g] = keep[i];
        sxi[g] = xIndex[i];
        ssi[g] = txIndex[i];
        sti[g] = ageIndex[i];
        g++;
      }
    }
    if (m == 0) {
      return this;
    }
    WeightedData d = new WeightedData(sx, stx, sage, sw);
    d.setIndex(distinctX, sxi, distinctTx, ssi, distinctAge, sti);
    return d;
  }

  /**
   * A systematic sample of {@code fraction} of the customers of rows of {@code weights} customers:
   * row i keeps round(W_i f) − round(W_{i−1} f) of them, W_i the cumulative weight.
   */
  static double[] systematicCounts(double[] weights, double fraction) {
    double[] keep = new double[weights.length];
    double cumulative = 0;
    double before = 0;
    for (int i = 0; i < weights.length; i++) {
      cumulative += weights[i];
      double after = Math.floor(cumulative * fraction + 0.5);
      keep[i] = after - before;
      before = after;
    }
    return keep;
  }

  private synchronized void setIndex(
      double[] xs, int[] xi, double[] txs, int[] txi, double[] ages, int[] agei) {
    distinctX = xs;
    distinctTx = txs;
    txIndex = txi;
    distinctAge = ages;
    ageIndex = agei;
    xIndex = xi;
  }

  /** Raw rows merged into weighted rows, in first-seen order. */
  public static WeightedData compress(double[] x, double[] tx, double[] age) {
    int n = x.length;
    if (tx.length != n || age.length != n) {
      throw new IllegalArgumentException(
          "x, t_x and T must have one length but had " + n + ", " + tx.length + ", " + age.length);
    }
    DistinctRows d = DistinctRows.ofWhole(x, tx, age).orElseGet(() -> DistinctRows.of(x, tx, age));
    return new WeightedData(d.pick(x), d.pick(tx), d.pick(age), d.counts());
  }

  /** Number of (weighted) rows. */
  public int rows() {
    return x.length;
  }

  /** Number of customers: the sum of weights. */
  public double customers() {
    return totalWeight;
  }

  /** The repeat purchases x of distinct row {@code i} (a count). */
  public double x(int i) {
    return x[i];
  }

  /** The recency t_x of distinct row {@code i}, in the summaries' time unit. */
  public double tx(int i) {
    return tx[i];
  }

  /** The age T of distinct row {@code i}, in the summaries' time unit. */
  public double age(int i) {
    return age[i];
  }

  /** The number of customers sharing distinct row {@code i}. */
  public double weight(int i) {
    return weight[i];
  }

  /** The distinct frequencies, sorted, and each row's index into them (computed once). */
  double[] distinctX() {
    ensureIndex();
    return distinctX;
  }

  /** Row {@code i}'s index into {@link #distinctX()}. */
  int[] xIndex() {
    ensureIndex();
    return xIndex;
  }

  private double[] distinctX;
  private int[] xIndex;
  private double[] distinctTx;
  private int[] txIndex;
  private double[] distinctAge;
  private int[] ageIndex;

  /** The distinct recencies, sorted; see {@link #txIndex()}. */
  double[] distinctTx() {
    ensureIndex();
    return distinctTx;
  }

  /** Row {@code i}'s index into {@link #distinctTx()}. */
  int[] txIndex() {
    ensureIndex();
    return txIndex;
  }

  /** The distinct ages T, sorted; see {@link #ageIndex()}. */
  double[] distinctAge() {
    ensureIndex();
    return distinctAge;
  }

  /** Row {@code i}'s index into {@link #distinctAge()}. */
  int[] ageIndex() {
    ensureIndex();
    return ageIndex;
  }

  private static double[] distinct(double[] v) {
    double[] sorted = v.clone();
    Arrays.sort(sorted);
    int m = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || Double.compare(sorted[i], sorted[m - 1]) != 0) {
        sorted[m++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, m);
  }

  private static int[] index(double[] v, double[] distinct) {
    int[] idx = new int[v.length];
    for (int i = 0; i < v.length; i++) {
      idx[i] = Arrays.binarySearch(distinct, v[i]);
    }
    return idx;
  }

  private synchronized void ensureIndex() {
    if (xIndex != null) {
      return;
    }
    distinctX = distinct(x);
    distinctTx = distinct(tx);
    distinctAge = distinct(age);
    txIndex = index(tx, distinctTx);
    ageIndex = index(age, distinctAge);
    xIndex = index(x, distinctX);
  }

  /** The weighted mean frequency x over customers. */
  double meanFrequency() {
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += weight[i] * x[i];
    }
    return sum / totalWeight;
  }

  /** The weighted mean age T over customers. */
  double meanAge() {
    double sum = 0;
    for (int i = 0; i < age.length; i++) {
      sum += weight[i] * age[i];
    }
    return sum / totalWeight;
  }

  /** Throws when no customer made a repeat purchase: repeat buying cannot be estimated. */
  void requireRepeatPurchases() {
    if (allFrequenciesZero()) {
      throw new ModelFitException(
          "every customer has frequency 0: repeat buying cannot be estimated");
    }
  }

  /** Whether every customer has frequency 0 (nothing to learn about repeat buying). */
  boolean allFrequenciesZero() {
    for (double v : x) {
      if (v > 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "WeightedData[" + x.length + " rows, " + totalWeight + " customers]";
  }
}
