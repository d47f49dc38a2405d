package io.crmkit.lifecycle.model;

import static io.crmkit.lifecycle.model.SpecialFunctions.digamma;
import static io.crmkit.lifecycle.model.SpecialFunctions.logGamma;

import java.util.Optional;

/**
 * The Pareto/NBD log-likelihood over weighted rows with its analytic gradient, the hypergeometric
 * series ln G(t) of {@link ParetoNbdModel} computed once per distinct (x, T) and (x, t_x) pair
 * rather than twice per row (a population measured in days has some thousands of pairs against
 * hundreds of thousands of rows), the log-gamma terms once per distinct x and ln(α+T), ln(β+T) once
 * per distinct T. The arithmetic of {@link ParetoNbdModel#logLikelihood(double[], double, double,
 * double, double[])} row by row (ln(1 − e) by a plain logarithm where e ≤ 1/2). For data whose
 * pairs are too many to index densely, {@link #of} gives the per-row sum instead.
 */
final class ParetoNbdLikelihood implements SecondOrderLikelihood {

  private static final int MAX_PAIRS = 1 << 22;

  private final WeightedData data;
  private final double[] xs;
  private final double[] ts;
  private final double[] w;
  private final int[] xi;
  private final int[] ti;

  /** Per row: its (x, T) and (x, t_x) pair; per pair: x and t. */
  private final int[] agePair;

  private final int[] recencyPair;
  private final double[] pairX;
  private final double[] pairT;
  private final double[] wx;

  private ParetoNbdLikelihood(WeightedData data) {
    this.data = data;
    xs = data.distinctX();
    ts = data.distinctAge();
    double[] ss = data.distinctTx();
    xi = data.xIndex();
    ti = data.ageIndex();
    int[] si = data.txIndex();
    int n = data.rows();
    w = new double[n];
    wx = new double[xs.length];
    int[] ageSlot = new int[xs.length * ts.length];
    int[] recencySlot = new int[xs.length * ss.length];
    java.util.Arrays.fill(ageSlot, -1);
    java.util.Arrays.fill(recencySlot, -1);
    agePair = new int[n];
    recencyPair = new int[n];
    pairs = new double[2][64];
    for (int i = 0; i < n; i++) {
      w[i] = data.weight(i);
      wx[xi[i]] += w[i];
      agePair[i] = pair(ageSlot, xi[i] * ts.length + ti[i], xs[xi[i]], ts[ti[i]]);
      recencyPair[i] = pair(recencySlot, xi[i] * ss.length + si[i], xs[xi[i]], ss[si[i]]);
    }
    int m = pairCount;
    double[] px = pairs[0];
    double[] pt = pairs[1];
    pairX = java.util.Arrays.copyOf(px, m);
    pairT = java.util.Arrays.copyOf(pt, m);
    pairs = null;
  }

  private double[][] pairs;
  private int pairCount;

  /** The id of the pair in {@code slot} of {@code slots}, a new one (x, t) if it has none yet. */
  private int pair(int[] slots, int slot, double x, double t) {
    if (slots[slot] < 0) {
      if (pairCount == pairs[0].length) {
        pairs[0] = java.util.Arrays.copyOf(pairs[0], 2 * pairCount);
        pairs[1] = java.util.Arrays.copyOf(pairs[1], 2 * pairCount);
      }
      pairs[0][pairCount] = x;
      pairs[1][pairCount] = t;
      slots[slot] = pairCount++;
    }
    return slots[slot];
  }

  /**
   * The kernel over {@code data}, or the per-row sum when its (x, t) pairs are too many to index.
   */
  static SecondOrderLikelihood of(WeightedData data) {
    long x = data.distinctX().length;
    if (x * data.distinctAge().length > MAX_PAIRS || x * data.distinctTx().length > MAX_PAIRS) {
      return new WeightedLikelihood(ParetoNbdModel.NAMES, data, ParetoNbdModel::logLikelihood);
    }
    return new ParetoNbdLikelihood(data);
  }

  @Override
  public String[] names() {
    return ParetoNbdModel.NAMES.clone();
  }

  @Override
  public double observations() {
    return data.customers();
  }

  @Override
  public boolean hasHessian() {
    return false;
  }

  @Override
  public Optional<SecondOrderLikelihood> subsample(double fraction) {
    return Optional.of(of(data.subsample(fraction)));
  }

  @Override
  public double evaluate(double[] p, double[] grad, double[][] hessian) {
    double r = p[0];
    double alpha = p[1];
    double s = p[2];
    double beta = p[3];
    boolean gradient = grad != null;
    int np = pairX.length;
    double[] lg = new double[np];
    double[] g0 = gradient ? new double[np] : null;
    double[] g1 = gradient ? new double[np] : null;
    double[] g2 = gradient ? new double[np] : null;
    double[] g3 = gradient ? new double[np] : null;
    double[] gk = gradient ? new double[4] : null;
    for (int k = 0; k < np; k++) {
      if (ParetoNbdModel.seriesIsSlow(alpha, beta, pairT[k])) {
        lg[k] =
            Double
                .NaN; // rows that need this pair take the quadrature of ParetoNbdModel.logIntegral
        continue;
      }
      lg[k] = ParetoNbdModel.logG(r, alpha, s, beta, pairX[k], pairT[k], gk);
      if (gradient) {
        g0[k] = gk[0];
        g1[k] = gk[1];
        g2[k] = gk[2];
        g3[k] = gk[3];
      }
    }
    double lnAlpha = Math.log(alpha);
    double lnBeta = Math.log(beta);
    double lnS = Math.log(s);
    double[] lnA = new double[ts.length];
    double[] lnB = new double[ts.length];
    for (int j = 0; j < ts.length; j++) {
      lnA[j] = Math.log(alpha + ts[j]);
      lnB[j] = Math.log(beta + ts[j]);
    }
    double sum = 0;
    double[] gr = new double[4];
    for (int j = 0; j < xs.length; j++) {
      double x = xs[j];
      sum += wx[j] * (logGamma(r + x) - logGamma(r) + r * lnAlpha + s * lnBeta);
      if (gradient) {
        gr[0] += wx[j] * (digamma(r + x) - digamma(r) + lnAlpha);
        gr[1] += wx[j] * r / alpha;
        gr[2] += wx[j] * lnBeta;
        gr[3] += wx[j] * s / beta;
      }
    }
    int n = w.length;
    for (int i = 0; i < n; i++) {
      double x = xs[xi[i]];
      int jt = ti[i];
      double l1 = -(r + x) * lnA[jt] - s * lnB[jt];
      double l2 = Double.NEGATIVE_INFINITY;
      double gi0 = 0;
      double gi1 = 0;
      double gi2 = 0;
      double gi3 = 0;
      if (data.tx(i) < data.age(i)
          && (Double.isNaN(lg[recencyPair[i]]) || Double.isNaN(lg[agePair[i]]))) {
        // the series would be slow here (bounded time): the model's own quadrature, row by row
        double[] gq = gradient ? new double[4] : null;
        l2 = lnS + ParetoNbdModel.logIntegral(r, alpha, s, beta, x, data.tx(i), data.age(i), gq);
        if (gradient) {
          gi0 = gq[0];
          gi1 = gq[1];
          gi2 = gq[2];
          gi3 = gq[3];
        }
      } else if (data.tx(i) < data.age(i)) {
        // ln I = −ln m + ln G(t_x) + ln(1 − G(T)/G(t_x)), as ParetoNbdModel.logIntegral
        int a = recencyPair[i];
        int b = agePair[i];
        double m = r + s + x;
        double d = lg[b] - lg[a];
        double e = Math.exp(d);
        // ln(1 − e): expm1 where e is near 1 (cancellation), else the plain logarithm, exact to
        // 1e-16
        double log1m = d > -0.693 ? Math.log(-Math.expm1(d)) : Math.log(1 - e);
        l2 = lnS + (-Math.log(m) + lg[a] + log1m);
        if (gradient) {
          gi0 = (g0[a] - e * g0[b]) / (1 - e) - 1 / m;
          gi1 = (g1[a] - e * g1[b]) / (1 - e);
          gi2 = (g2[a] - e * g2[b]) / (1 - e) - 1 / m;
          gi3 = (g3[a] - e * g3[b]) / (1 - e);
        }
      }
      double lse = Models.logSumExp(l1, l2);
      double wi = w[i];
      sum += wi * lse;
      if (gradient) {
        double w1 = Math.exp(l1 - lse);
        double w2 = l2 == Double.NEGATIVE_INFINITY ? 0 : Math.exp(l2 - lse);
        double ia = 1 / (alpha + ts[jt]);
        double ib = 1 / (beta + ts[jt]);
        gr[0] += wi * (-w1 * lnA[jt] + w2 * gi0);
        gr[1] += wi * (-w1 * (r + x) * ia + w2 * gi1);
        gr[2] += wi * (-w1 * lnB[jt] + w2 * (1 / s + gi2));
        gr[3] += wi * (-w1 * s * ib + w2 * gi3);
      }
    }
    if (gradient) {
      System.arraycopy(gr, 0, grad, 0, 4);
    }
    return sum;
  }
}
