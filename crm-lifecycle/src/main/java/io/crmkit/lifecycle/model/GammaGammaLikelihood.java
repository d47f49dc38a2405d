package io.crmkit.lifecycle.model;

import static io.crmkit.lifecycle.model.SpecialFunctions.digamma;
import static io.crmkit.lifecycle.model.SpecialFunctions.logGamma;

import java.util.Optional;
import org.apache.commons.math3.special.Gamma;

/**
 * The Gamma-Gamma log-likelihood of spend rows (x, z̄, w), with its analytic gradient and Hessian:
 * Σ w [lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln γ + (px−1) ln z̄ + px ln x − (px+q) ln(γ + s)], s = x
 * z̄. The log-gamma terms depend on x only and are summed per distinct x. The rest depends on the
 * rows only through the sums Σ w x^m ln(γ+s) and Σ w x^m (γ+s)^−k, m ∈ {0, 1}: one pass over the
 * rows at a centre γ0 gives the power moments M_k^m = Σ w x^m (γ0+s)^−k, k ≤ {@value #K}, and for
 * any γ with u = |γ−γ0| / (γ0 + min s) ≤ {@value #RADIUS} the sums follow exactly (to rounding)
 * from ln(γ+s) = ln(γ0+s) + ln(1 + (γ−γ0)/(γ0+s)) expanded in powers: a Newton step costs O(K)
 * instead of a pass. A γ outside the radius moves the centre (one pass). Safe for concurrent use
 * (the centre is replaced, never changed).
 *
 * <p>The constructor groups the rows by x (a counting sort), so a pass sums per group and
 * multiplies by x once per group, not per row; with weights 1 the sums of logarithms are the
 * logarithms of products, taken on the binary mantissas (in [1, 2), a logarithm every {@value
 * #BLOCK} rows) with the exponents summed apart: a pass costs one division and a few
 * multiplications per row, no logarithm. The constants Σ w ln z̄ and Σ w x ln z̄ the same way,
 * once.
 */
final class GammaGammaLikelihood implements SecondOrderLikelihood {

  /** Moments kept: the series' terms fall like RADIUS^k, 0.04^11 ≈ 4e-16. */
  static final int K = 13;

  static final double RADIUS = 0.04;

  /** The rows whose mantissas are multiplied before a logarithm (a product below 2^BLOCK). */
  static final int BLOCK = 512;

  private static final long MANTISSA = 0x000F_FFFF_FFFF_FFFFL;
  private static final long ONE = 0x3FF0_0000_0000_0000L;
  private static final double LN2 = Math.log(2);

  private final SpendData data;

  /** s = x z̄ of the rows grouped by x: group j is rows start[j] … start[j+1]−1, x = xs[j]. */
  private final double[] s;

  /** The weights in the same order, null when every weight is 1. */
  private final double[] w;

  private final int[] start;
  private final double sMin;
  private final double[] xs;
  private final double[] wByX;
  private final double total;

  /** Σ w x (ln z̄ + ln x) and Σ w ln z̄. */
  private final double wxLog;

  private final double wLogZ;
  private volatile Moments centre;

  /** The moments at a centre γ0: ln sums (m = 0, 1) and M_k^m for k = 1..K. */
  private record Moments(
      double v0, double radius, double log0, double log1, double[] m0, double[] m1) {}

  GammaGammaLikelihood(SpendData data) {
    this.data = data;
    int n = data.rows();
    double[] rx = data.xs();
    double[] rz = data.zbars();
    double[] rw = data.unitWeights() ? null : data.weights();
    // the group of every row: by a table of x when x is small (always, in practice), else a search
    int maxX = 0;
    for (int i = 0; i < n; i++) {
      maxX = Math.max(maxX, (int) Math.min(Integer.MAX_VALUE - 1, rx[i]));
    }
    int[] slot = null; // 1 + the group of x, 0 for absent
    if (maxX <= 1 << 20) {
      slot = new int[maxX + 1];
      for (int i = 0; i < n; i++) {
        slot[(int) rx[i]] = 1;
      }
      int m = 0;
      for (int v = 0; v <= maxX; v++) {
        if (slot[v] != 0) {
          slot[v] = ++m;
        }
      }
      xs = new double[m];
      for (int v = 0; v <= maxX; v++) {
        if (slot[v] != 0) {
          xs[slot[v] - 1] = v;
        }
      }
    } else {
      xs = data.distinctX();
    }
    int k = xs.length;
    start = new int[k + 1];
    for (int i = 0; i < n; i++) {
      start[group(slot, rx[i]) + 1]++;
    }
    for (int j = 0; j < k; j++) {
      start[j + 1] += start[j];
    }
    int[] next = java.util.Arrays.copyOf(start, k);
    s = new double[n];
    w = rw == null ? null : new double[n];
    double min = Double.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      int at = next[group(slot, rx[i])]++;
      double si = rx[i] * rz[i];
      s[at] = si;
      if (rw != null) {
        w[at] = rw[i];
      }
      min = Math.min(min, si);
    }
    // Σ w x ln z̄ = Σ w x ln s − Σ w x ln x per group: the logarithms of the grouped s
    wByX = new double[k];
    double sumWxLog = 0;
    double sumWLogZ = 0;
    for (int j = 0; j < k; j++) {
      double weight = 0;
      if (w == null) {
        weight = start[j + 1] - start[j];
      } else {
        for (int i = start[j]; i < start[j + 1]; i++) {
          weight += w[i];
        }
      }
      wByX[j] = weight;
      double x = xs[j];
      double logS = logSum(s, w, start[j], start[j + 1]);
      double lnX = Math.log(x);
      sumWLogZ += logS - weight * lnX;
      sumWxLog += x * logS; // x (ln z̄ + ln x) = x ln s
    }
    this.sMin = min;
    this.wxLog = sumWxLog;
    this.wLogZ = sumWLogZ;
    this.total = data.customers();
  }

  private int group(int[] slot, double x) {
    return slot != null ? slot[(int) x] - 1 : java.util.Arrays.binarySearch(xs, x);
  }

  /**
   * Σ w ln v over {@code v[from..to)} (w = 1 when {@code w} is null): with weights 1 the logarithm
   * of the product, on the mantissas with the exponents apart, a logarithm every {@value #BLOCK}
   * values; values that are not positive normal numbers by their own logarithm.
   */
  static double logSum(double[] v, double[] w, int from, int to) {
    double sum = 0;
    if (w != null) {
      for (int i = from; i < to; i++) {
        sum += w[i] * Math.log(v[i]);
      }
      return sum;
    }
    long exponents = 0;
    double product = 1;
    int inBlock = 0;
    for (int i = from; i < to; i++) {
      double x = v[i];
      if (x >= Double.MIN_NORMAL && x <= Double.MAX_VALUE) {
        long bits = Double.doubleToRawLongBits(x);
        exponents += (bits >>> 52) - 1023;
        product *= Double.longBitsToDouble((bits & MANTISSA) | ONE);
        if (++inBlock == BLOCK) {
          sum += Math.log(product);
          product = 1;
          inBlock = 0;
        }
      } else {
        sum += Math.log(x);
      }
    }
    return sum + Math.log(product) + exponents * LN2;
  }

  @Override
  public String[] names() {
    return GammaGammaModel.NAMES.clone();
  }

  @Override
  public double observations() {
    return total;
  }

  @Override
  public boolean hasHessian() {
    return true;
  }

  @Override
  public Optional<SecondOrderLikelihood> subsample(double fraction) {
    return Optional.of(new GammaGammaLikelihood(data.subsample(fraction)));
  }

  private Moments moments(double v) {
    Moments c = centre;
    if (c != null && Math.abs(v - c.v0()) <= c.radius()) {
      return c;
    }
    double[] m0 = new double[K + 1];
    double[] m1 = new double[K + 1];
    double[] group = new double[K + 1];
    double log0 = 0;
    double log1 = 0;
    for (int j = 0; j < xs.length; j++) {
      double logs = accumulate(v, start[j], start[j + 1], group);
      double x = xs[j];
      log0 += logs;
      log1 += x * logs;
      for (int k = 1; k <= K; k++) {
        m0[k] += group[k];
        m1[k] += x * group[k];
      }
    }
    c = new Moments(v, RADIUS * (v + sMin), log0, log1, m0, m1);
    centre = c;
    return c;
  }

  /**
   * One pass over the rows {@code from..to}: Σ w (v+s)^−k into {@code m[k]}, k = 1..K, returns Σ w
   * ln(v+s). The moments are kept in local variables (registers, not array stores), the powers of
   * 1/(v+s) formed by a tree of products (a short chain of dependent multiplications), and with
   * weights 1 the logarithms summed as the logarithm of a product (see {@link #logSum}).
   */
  private double accumulate(double v, int from, int to, double[] m) {
    double logs = 0;
    long exponents = 0;
    double product = 1;
    int inBlock = 0;
    double a1 = 0;
    double a2 = 0;
    double a3 = 0;
    double a4 = 0;
    double a5 = 0;
    double a6 = 0;
    double a7 = 0;
    double a8 = 0;
    double a9 = 0;
    double a10 = 0;
    double a11 = 0;
    double a12 = 0;
    double a13 = 0;
    double[] rows = s;
    double[] weights = w;
    if (weights == null) {
      for (int i = from; i < to; i++) {
        double d = v + rows[i];
        if (d >= Double.MIN_NORMAL && d <= Double.MAX_VALUE) {
          long bits = Double.doubleToRawLongBits(d);
          exponents += (bits >>> 52) - 1023;
          product *= Double.longBitsToDouble((bits & MANTISSA) | ONE);
          if (++inBlock == BLOCK) {
            logs += Math.log(product);
            product = 1;
            inBlock = 0;
          }
        } else {
          logs += Math.log(d);
        }
        double t1 = 1 / d;
        double t2 = t1 * t1;
        double t3 = t2 * t1;
        double t4 = t2 * t2;
        double t5 = t4 * t1;
        double t6 = t3 * t3;
        double t7 = t4 * t3;
        double t8 = t4 * t4;
        double t9 = t8 * t1;
        double t10 = t5 * t5;
        double t11 = t8 * t3;
        double t12 = t6 * t6;
        double t13 = t12 * t1;
        a1 += t1;
        a2 += t2;
        a3 += t3;
        a4 += t4;
        a5 += t5;
        a6 += t6;
        a7 += t7;
        a8 += t8;
        a9 += t9;
        a10 += t10;
        a11 += t11;
        a12 += t12;
        a13 += t13;
      }
    } else {
      for (int i = from; i < to; i++) {
        double d = v + rows[i];
        double wi = weights[i];
        logs += wi * Math.log(d);
        double t1 = 1 / d;
        double t2 = t1 * t1;
        double t3 = t2 * t1;
        double t4 = t2 * t2;
        double t5 = t4 * t1;
        double t6 = t3 * t3;
        double t7 = t4 * t3;
        double t8 = t4 * t4;
        double t9 = t8 * t1;
        double t10 = t5 * t5;
        double t11 = t8 * t3;
        double t12 = t6 * t6;
        double t13 = t12 * t1;
        a1 += wi * t1;
        a2 += wi * t2;
        a3 += wi * t3;
        a4 += wi * t4;
        a5 += wi * t5;
        a6 += wi * t6;
        a7 += wi * t7;
        a8 += wi * t8;
        a9 += wi * t9;
        a10 += wi * t10;
        a11 += wi * t11;
        a12 += wi * t12;
        a13 += wi * t13;
      }
    }
    m[1] = a1;
    m[2] = a2;
    m[3] = a3;
    m[4] = a4;
    m[5] = a5;
    m[6] = a6;
    m[7] = a7;
    m[8] = a8;
    m[9] = a9;
    m[10] = a10;
    m[11] = a11;
    m[12] = a12;
    m[13] = a13;
    return logs + Math.log(product) + exponents * LN2;
  }

  @Override
  public double evaluate(double[] par, double[] grad, double[][] hess) {
    double p = par[0];
    double q = par[1];
    double v = par[2];
    Moments c = moments(v);
    double delta = v - c.v0();
    // ln sums: L^m(v) = L^m(v0) + Σ_k (−1)^(k+1) δ^k M_k^m / k
    double log0 = c.log0();
    double log1 = c.log1();
    // R1^m = Σ w x^m/(v+s) = Σ_{k≥0} (−δ)^k M_{k+1}^m; R2^m = Σ w x^m/(v+s)² = Σ_{k≥0} (k+1)(−δ)^k
    // M_{k+2}^m
    double r10 = 0;
    double r11 = 0;
    double r20 = 0;
    double r21 = 0;
    double pow = 1; // (−δ)^k
    for (int k = 0; k <= K; k++) {
      if (k >= 1) {
        log0 -= pow * c.m0()[k] / k;
        log1 -= pow * c.m1()[k] / k;
      }
      if (k + 1 <= K) {
        r10 += pow * c.m0()[k + 1];
        r11 += pow * c.m1()[k + 1];
      }
      if (k + 2 <= K) {
        r20 += (k + 1) * pow * c.m0()[k + 2];
        r21 += (k + 1) * pow * c.m1()[k + 2];
      }
      pow *= -delta;
    }
    double lnV = Math.log(v);
    double sum = total * (q * lnV - logGamma(q)) + p * wxLog - wLogZ - p * log1 - q * log0;
    double gp = wxLog - log1;
    double gq = total * (lnV - digamma(q)) - log0;
    double hpp = 0;
    double hpq = 0;
    double hqq = hess == null ? 0 : -total * Gamma.trigamma(q);
    for (int j = 0; j < xs.length; j++) {
      double x = xs[j];
      double px = p * x;
      sum += wByX[j] * (logGamma(px + q) - logGamma(px));
      if (grad != null || hess != null) {
        double a = digamma(px + q);
        gp += wByX[j] * x * (a - digamma(px));
        gq += wByX[j] * a;
        if (hess != null) {
          double ta = Gamma.trigamma(px + q);
          hpp += wByX[j] * x * x * (ta - Gamma.trigamma(px));
          hpq += wByX[j] * x * ta;
          hqq += wByX[j] * ta;
        }
      }
    }
    if (grad != null) {
      grad[0] = gp;
      grad[1] = gq;
      grad[2] = total * q / v - (p * r11 + q * r10);
    }
    if (hess != null) {
      double hpv = -r11;
      double hqv = total / v - r10;
      double hvv = -total * q / (v * v) + p * r21 + q * r20;
      double[][] h = {{hpp, hpq, hpv}, {hpq, hqq, hqv}, {hpv, hqv, hvv}};
      for (int i = 0; i < 3; i++) {
        System.arraycopy(h[i], 0, hess[i], 0, 3);
      }
    }
    return sum;
  }
}
