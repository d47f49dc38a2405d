package io.crmkit.lifecycle.model;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/** Special functions the models need, computed stably (log-space where values overflow). */
final class SpecialFunctions {

  private SpecialFunctions() {}

  static double logGamma(double x) {
    return Gamma.logGamma(x);
  }

  /**
   * ψ(x): for positive x shifted up by ψ(x) = ψ(x+1) − 1/x to at least 49, then the asymptotic
   * series ln x − 1/(2x) − 1/(12x²) + 1/(120x⁴) − 1/(252x⁶) + 1/(240x⁸) (error below 1e-19 there).
   * Not Commons Math 3.6.1's {@code Gamma.digamma}, whose series has −1/(120x⁴): off by about 3e-9
   * and discontinuous where the shifted argument crosses 49, which finite differences of gradients
   * (the Hessians of the fits) then see.
   */
  static double digamma(double x) {
    if (!(x > 1e-5) || Double.isInfinite(x)) {
      return Gamma.digamma(x);
    }
    double shift = 0;
    while (x < 49) {
      shift -= 1 / x;
      x += 1;
    }
    double inv = 1 / (x * x);
    return shift
        + Math.log(x)
        - 0.5 / x
        - inv * (1.0 / 12 - inv * (1.0 / 120 - inv * (1.0 / 252 - inv / 240)));
  }

  /**
   * ln B(a, b) for positive a and b (NaN otherwise), by Commons Math's {@code Beta.logBeta}
   * (DiDonato and Morris, ACM TOMS 708): accurate to about 1e-15 relative at any scale. lnΓ(a) +
   * lnΓ(b) − lnΓ(a + b) in doubles loses the digits that the two terms of size b ln b cancel:
   * 1.4e-12 relative at b = 1e4, 5e-8 at b = 1e9.
   */
  static double logBeta(double a, double b) {
    return Beta.logBeta(a, b);
  }

  /**
   * The Gauss hypergeometric function 2F1(a, b; c; z) for {@code 0 ≤ z < 1} and positive a, b, c,
   * by its power series summed until a term is below 1e-15 of the sum. The terms fall like z^n
   * n^(a+b−c−1), so z = 0.9 needs a few hundred terms and z = 0.999 some tens of thousands; the
   * models call it with z = t/(α+T+t), near 1 only for horizons far beyond the data.
   */
  static double hyp2f1(double a, double b, double c, double z) {
    if (!(z >= 0 && z < 1)) {
      throw new IllegalArgumentException("z must be in [0, 1) but was: " + z);
    }
    return series(a, b, c, z);
  }

  /**
   * (1−z)^B 2F1(A, B; C; z) − 1 with z = t/(s+t), so 1 − z = s/(s+t): the form that the BG/NBD
   * family's expected purchases take after Euler's transformation 2F1(a, b; c; z) = (1−z)^(c−a−b)
   * 2F1(c−a, c−b; c; z), which keeps the numbers of order one for any frequency. Computed as
   * expm1(B ln(1−z) + ln 2F1) to keep precision when the result is small.
   */
  static double scaledHyp2f1Minus1(double a, double b, double c, double s, double t) {
    double z = t / (s + t);
    double h = series(a, b, c, z);
    if (h <= 0) {
      return Math.exp(b * (Math.log(s) - Math.log(s + t))) * h - 1;
    }
    return Math.expm1(b * (Math.log(s) - Math.log(s + t)) + Math.log(h));
  }

  /**
   * As {@link #scaledHyp2f1Minus1}, but NaN instead of an exception when the series needs more than
   * {@value #SHORT_SERIES_TERMS} terms or overflows: the callers then take a route with guaranteed
   * convergence.
   */
  static double scaledHyp2f1Minus1OrNaN(double a, double b, double c, double s, double t) {
    double z = t / (s + t);
    double h = shortSeries(a, b, c, z);
    if (Double.isNaN(h)) {
      return Double.NaN;
    }
    double logScale = b * (Math.log(s) - Math.log(s + t));
    if (h <= 0) {
      return Math.exp(logScale) * h - 1;
    }
    return Math.expm1(logScale + Math.log(h));
  }

  /** The terms the closed forms may take before the models switch to quadrature. */
  static final int SHORT_SERIES_TERMS = 5_000;

  /**
   * The power series of 2F1, NaN when it does not converge in a few thousand terms or loses all
   * precision.
   */
  private static double shortSeries(double a, double b, double c, double z) {
    double term = 1;
    double sum = 1;
    double largest = 1;
    for (int n = 0; n < SHORT_SERIES_TERMS; n++) {
      term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
      sum += term;
      largest = Math.max(largest, Math.abs(term));
      if (!Double.isFinite(sum) || largest > 1e12) {
        return Double.NaN; // overflow, or cancellation of terms far larger than the sum
      }
      if (Math.abs(term) <= 1e-15 * Math.abs(sum)) {
        return largest > 1e4 * Math.abs(sum) ? Double.NaN : sum;
      }
    }
    return Double.NaN;
  }

  private static double series(double a, double b, double c, double z) {
    double term = 1;
    double sum = 1;
    for (int n = 0; n < 10_000_000; n++) {
      term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
      sum += term;
      if (Math.abs(term) <= 1e-15 * Math.abs(sum)) {
        return sum;
      }
      if (!Double.isFinite(sum)) {
        break;
      }
    }
    throw new ArithmeticException(
        "2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge");
  }
}
