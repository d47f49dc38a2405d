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
 * instead of a pass. A γ outside the radius moves the centre (one pass, one logarithm and one
 * division per row). Safe for concurrent use (the centre is replaced, never changed).
 */
final class GammaGammaLikelihood implements SecondOrderLikelihood {

  /** Moments kept: the series' terms fall like RADIUS^k, 0.04^11 ≈ 4e-16. */
  static final int K = 13;

  static final double RADIUS = 0.04;

  private final SpendData data;
  private final double[] s;
  private final double[] w;
  private final double[] wxRow;
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
    s = new double[n];
    w = new double[n];
    wxRow = new double[n];
    double min = Double.POSITIVE_INFINITY;
    double sumWxLog = 0;
    double sumWLogZ = 0;
    int maxX = 0;
    for (int i = 0; i < n; i++) {
      maxX = Math.max(maxX, (int) Math.min(Integer.MAX_VALUE - 1, data.x(i)));
    }
    boolean dense = maxX <= 1 << 20;
    double[] byX = dense ? new double[maxX + 1] : null;
    for (int i = 0; i < n; i++) {
      double x = data.x(i);
      double z = data.zbar(i);
      double wi = data.weight(i);
      w[i] = wi;
      wxRow[i] = wi * x;
      s[i] = x * z;
      min = Math.min(min, s[i]);
      double lz = Math.log(z);
      sumWLogZ += wi * lz;
      sumWxLog += wi * x * lz;
      if (dense) {
        byX[(int) x] += wi;
      }
    }
    if (dense) {
      int m = 0;
      for (double v : byX) {
        if (v > 0) {
          m++;
        }
      }
      xs = new double[m];
      wByX = new double[m];
      int j = 0;
      for (int x = 0; x < byX.length; x++) {
        if (byX[x] > 0) {
          xs[j] = x;
          wByX[j++] = byX[x];
        }
      }
    } else {
      xs = data.distinctX();
      wByX = new double[xs.length];
      for (int i = 0; i < n; i++) {
        wByX[java.util.Arrays.binarySearch(xs, data.x(i))] += w[i];
      }
    }
    for (int j = 0; j < xs.length; j++) {
      sumWxLog += wByX[j] * xs[j] * Math.log(xs[j]);
    }
    this.sMin = min;
    this.wxLog = sumWxLog;
    this.wLogZ = sumWLogZ;
    this.total = data.customers();
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
    double log0 = 0;
    double log1 = 0;
    double[] m0 = new double[K + 1];
    double[] m1 = new double[K + 1];
    int n = s.length;
    for (int i = 0; i < n; i++) {
      double d = v + s[i];
      double l = Math.log(d);
      double t = 1 / d;
      double wi = w[i];
      double wx = wxRow[i];
      log0 += wi * l;
      log1 += wx * l;
      double pw = t;
      for (int k = 1; k <= K; k++) {
        m0[k] += wi * pw;
        m1[k] += wx * pw;
        pw *= t;
      }
    }
    c = new Moments(v, RADIUS * (v + sMin), log0, log1, m0, m1);
    centre = c;
    return c;
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
