package io.crmkit.lifecycle.model;

import static io.crmkit.lifecycle.model.SpecialFunctions.logBeta;

import java.util.function.DoubleUnaryOperator;

/**
 * The expected purchases of the BG/NBD family of a customer known to be alive: with purchase rate λ
 * ~ Gamma(R, s) and dropout probability p ~ Beta(a, B) after each purchase, the purchases in the
 * next t time units are E[(1 − e^(−λpt))/p] = E_p[(1 − (1 + p t/s)^(−R)) / p] (FHL 2005 eq. 10
 * without P(alive): R = r+x, s = α+T, B = b+x; MBG/NBD has B = b+x+1).
 *
 * <p>The integrand is positive and at most R·t/s, so the expectation is finite for every a &gt; 0
 * (also a ≤ 1, where the closed form's factor (a+B−1)/(a−1) is infinite or negative, and at a = 1
 * exactly) and bounded by R·t/s. It is computed by the closed form with Euler's transformation of
 * 2F1 (the published route, exact on the published data) when that series converges within a few
 * thousand terms without overflow, away from a = 1, and its value is inside the bound; otherwise by
 * the trapezoidal rule in y = logit(p), where the Beta density is smooth and log-concave (step at
 * most a quarter of its width at the mode and 0.5, so the error of the rule is below 1e-12
 * relative), with the tails where the integrand is constant to double precision integrated in
 * closed form and an Euler-Maclaurin end correction.
 */
final class BetaGeometricExpectation {

  private BetaGeometricExpectation() {}

  /**
   * E_p[(1 − (1 + p t/s)^(−R)) / p], p ~ Beta(a, bb): purchases in (T, T+t] of an alive customer.
   */
  static double expectedIfAlive(double a, double bb, double rr, double s, double t) {
    if (t == 0) {
      return 0;
    }
    double bound = rr * (t / s);
    if (Math.abs(a - 1) > 1e-6) {
      double inner =
          -SpecialFunctions.scaledHyp2f1Minus1OrNaN(a + bb - 1 - rr, a - 1, a + bb - 1, s, t);
      double closed = (a + bb - 1) / (a - 1) * inner;
      if (closed >= 0 && closed <= bound * (1 + 1e-12)) {
        return closed;
      }
    }
    return Math.min(bound, quadrature(a, bb, rr, t / s));
  }

  /**
   * {@link #expectedIfAlive(double, double, double, double, double)} at every horizon {@code t[k]}
   * into {@code out[k]}, the same numbers to the bit: the closed form's 2F1 series of all horizons
   * share their coefficient ratios (they differ in z = t/(s+t) only), so a term's division is made
   * once for all horizons.
   */
  static void expectedIfAlive(double a, double bb, double rr, double s, double[] t, double[] out) {
    int m = t.length;
    boolean closedForm = Math.abs(a - 1) > 1e-6;
    double[] h = closedForm ? shortSeries(a + bb - 1 - rr, a - 1, a + bb - 1, s, t) : null;
    for (int k = 0; k < m; k++) {
      double tk = t[k];
      if (tk == 0) {
        out[k] = 0;
        continue;
      }
      double bound = rr * (tk / s);
      if (closedForm && !Double.isNaN(h[k])) {
        // SpecialFunctions.scaledHyp2f1Minus1OrNaN with its series value h[k]
        double logScale = (a - 1) * (Math.log(s) - Math.log(s + tk));
        double scaled =
            h[k] <= 0 ? Math.exp(logScale) * h[k] - 1 : Math.expm1(logScale + Math.log(h[k]));
        double inner = -scaled;
        double closed = (a + bb - 1) / (a - 1) * inner;
        if (closed >= 0 && closed <= bound * (1 + 1e-12)) {
          out[k] = closed;
          continue;
        }
      }
      out[k] = Math.min(bound, quadrature(a, bb, rr, tk / s));
    }
  }

  /**
   * SpecialFunctions' short 2F1(a, b; c; z_k) series for z_k = t_k/(s+t_k) of every t_k &gt; 0 (NaN
   * where one does not converge, as there): the ratios of successive coefficients, the same for
   * every z, are computed once and shared; each series keeps its own loop and stopping rule.
   */
  private static double[] shortSeries(double a, double b, double c, double s, double[] t) {
    int m = t.length;
    double[] result = new double[m];
    double[] ratio = new double[64];
    int known = 0;
    for (int k = 0; k < m; k++) {
      result[k] = Double.NaN;
      if (t[k] == 0) {
        continue;
      }
      double z = t[k] / (s + t[k]);
      double term = 1;
      double sum = 1;
      double largest = 1;
      for (int n = 0; n < SpecialFunctions.SHORT_SERIES_TERMS; n++) {
        if (n == known) {
          if (known == ratio.length) {
            ratio = java.util.Arrays.copyOf(ratio, 2 * known);
          }
          ratio[n] = (a + n) * (b + n) / ((c + n) * (n + 1));
          known++;
        }
        term *= ratio[n] * z;
        sum += term;
        largest = Math.max(largest, Math.abs(term));
        if (!Double.isFinite(sum) || largest > 1e12) {
          break; // overflow, or cancellation of terms far larger than the sum: NaN
        }
        if (Math.abs(term) <= 1e-15 * Math.abs(sum)) {
          result[k] = largest > 1e4 * Math.abs(sum) ? Double.NaN : sum;
          break;
        }
      }
    }
    return result;
  }

  /** The same expectation by quadrature in logit space; u = t/s. */
  static double quadrature(double a, double bb, double rr, double u) {
    if (u == 0) {
      return 0;
    }
    // below yL: p R u < e^−46, the integrand is R u to double precision; above yR: 1 − p < e^−46 /
    // (R + 1),
    // it is its value at p = 1
    return betaExpectation(
        a,
        bb,
        p -> p * u < 1e-300 ? rr * u : -Math.expm1(-rr * Math.log1p(p * u)) / p,
        rr * u,
        -Math.expm1(-rr * Math.log1p(u)),
        -46 - Math.log1p(rr * u),
        46 + Math.log1p(rr));
  }

  /**
   * E[g(p)], p ~ Beta(a, bb), for a smooth positive g that is constant to double precision (g0)
   * below y = logit(p) = yL and constant (g1) above yR: the trapezoidal rule in y between, where
   * the Beta density is smooth and log-concave, the tails in closed form, with an Euler-Maclaurin
   * end correction. The step is at most 0.5 (g must be analytic in a strip of half-width π about
   * the real y axis, as rational and power functions of p with singularities off [0, 1] are) and a
   * quarter of the density's width at its mode.
   */
  static double betaExpectation(
      double a, double bb, DoubleUnaryOperator g, double g0, double g1, double yL, double yR) {
    double lnB = logBeta(a, bb);
    double curvature = a * bb / (a + bb); // −(ln φ)'' at the mode of the density of y
    double h = Math.min(0.5, 0.25 / Math.sqrt(curvature));
    double mode = Math.max(yL, Math.min(yR, Math.log(a) - Math.log(bb)));
    double top = logDensity(mode, a, bb, lnB);
    double lo = mode;
    while (lo > yL && logDensity(lo, a, bb, lnB) > top - 46) {
      lo -= h;
    }
    lo = Math.max(lo, yL);
    double hi = mode;
    while (hi < yR && logDensity(hi, a, bb, lnB) > top - 46) {
      hi += h;
    }
    hi = Math.min(hi, yR);
    int n = Math.max(2, (int) Math.ceil((hi - lo) / h));
    double step = (hi - lo) / n;
    double sum = 0;
    double fl = 0;
    double fh = 0;
    for (int i = 0; i <= n; i++) {
      double y = i == n ? hi : lo + i * step;
      double f = g.applyAsDouble(logistic(y)) * Math.exp(logDensity(y, a, bb, lnB));
      if (i == 0) {
        fl = f;
      }
      if (i == n) {
        fh = f;
      }
      sum += (i == 0 || i == n) ? f / 2 : f;
    }
    // Euler-Maclaurin: the slopes of the integrand at the ends are those of the density's tails
    double pl = logistic(lo);
    double ph = logistic(hi);
    double slopeL = fl * (a * (1 - pl) - bb * pl);
    double slopeH = fh * (a * (1 - ph) - bb * ph);
    double result = step * sum - step * step / 12 * (slopeH - slopeL);
    if (lo <= yL) {
      // ∫_0^p Beta = p^a (1−p)^B / (a B(a, B)) (1 + (a+B) p / (a+1) + …) for tiny p
      result +=
          g0
              * Math.exp(a * logP(lo) + bb * log1mP(lo) - Math.log(a) - lnB)
              * (1 + (a + bb) * pl / (a + 1));
    }
    if (hi >= yR) {
      result +=
          g1
              * Math.exp(bb * log1mP(hi) + a * logP(hi) - Math.log(bb) - lnB)
              * (1 + (a + bb) * (1 - ph) / (bb + 1));
    }
    return Math.max(0, result);
  }

  /** ln of the density of y = logit(p), p ~ Beta(a, B): a ln p + B ln(1−p) − ln B(a, B). */
  private static double logDensity(double y, double a, double bb, double lnB) {
    return a * logP(y) + bb * log1mP(y) - lnB;
  }

  private static double logistic(double y) {
    return y >= 0 ? 1 / (1 + Math.exp(-y)) : Math.exp(y) / (1 + Math.exp(y));
  }

  /** ln p for p = logistic(y), without underflow. */
  private static double logP(double y) {
    return y >= 0 ? -Math.log1p(Math.exp(-y)) : y - Math.log1p(Math.exp(y));
  }

  /** ln(1 − p) for p = logistic(y). */
  private static double log1mP(double y) {
    return logP(-y);
  }
}
