package io.crmkit.lifecycle.clv;

import io.crmkit.core.summary.CustomerSummaries;
import java.util.Arrays;
import java.util.Objects;

/**
 * Frequency/recency/T rows with weights: how many customers share each row. Identical {@code (x,
 * t_x, T)} rows compress into one weighted row, which gives the same likelihood and so the same
 * fit, far faster on large populations (CDNOW's 2,357 customers have 1,016 distinct rows; a
 * population measured in whole days has at most a few hundred thousand whatever its size).
 * Primitive arrays; validated on construction.
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
      throw new IllegalArgumentException("x, t_x, T and weights must have one length but had " + n + ", " + tx.length
          + ", " + age.length + ", " + weight.length);
    }
    if (n == 0) {
      throw new ModelFitException("no customers: the data is empty");
    }
    double total = 0;
    for (int i = 0; i < n; i++) {
      if (!(x[i] >= 0) || x[i] != Math.rint(x[i]) || Double.isInfinite(x[i])) {
        throw new ModelFitException("frequency of row " + i + " must be a whole number not below 0 but was: " + x[i]);
      }
      if (!(tx[i] >= 0) || Double.isInfinite(tx[i])) {
        throw new ModelFitException("recency of row " + i + " must be finite and not negative but was: " + tx[i]);
      }
      if (!(age[i] >= tx[i]) || Double.isInfinite(age[i])) {
        throw new ModelFitException("T of row " + i + " must be finite and at least its recency " + tx[i] + " but was: " + age[i]);
      }
      if (!(weight[i] > 0) || Double.isInfinite(weight[i])) {
        throw new ModelFitException("weight of row " + i + " must be positive and finite but was: " + weight[i]);
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

  /** The summaries with identical {@code (x, t_x, T)} rows merged into weighted rows. */
  public static WeightedData compressed(CustomerSummaries s) {
    Objects.requireNonNull(s, "summaries must not be null");
    int[] f = s.frequencies();
    double[] r = s.recencies();
    double[] t = s.ages();
    double[] x = new double[f.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = f[i];
    }
    return compress(x, r, t);
  }

  /** Raw rows merged into weighted rows, in first-seen order. */
  public static WeightedData compress(double[] x, double[] tx, double[] age) {
    int n = x.length;
    if (tx.length != n || age.length != n) {
      throw new IllegalArgumentException("x, t_x and T must have one length but had " + n + ", " + tx.length + ", " + age.length);
    }
    DistinctRows d = DistinctRows.of(x, tx, age);
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

  public double x(int i) {
    return x[i];
  }

  public double tx(int i) {
    return tx[i];
  }

  public double age(int i) {
    return age[i];
  }

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
      throw new ModelFitException("every customer has frequency 0: repeat buying cannot be estimated");
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
