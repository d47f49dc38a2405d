package io.crmkit.lifecycle.model;

import java.util.Arrays;

/**
 * The Pareto/NBD integral I = ∫ from t_x to T of (α+τ)^−(r+x) (β+τ)^−(s+1) dτ and the gradient of
 * ln I by Gauss-Legendre quadrature, for the parameters where the hypergeometric series of {@link
 * ParetoNbdModel} converges too slowly (z = |α−β| / (max(α, β) + t_x) near 1).
 *
 * <p>In w = ln(c + τ), c = min(α, β), the log-integrand ℓ(w) = w − (r+x) ln(α−c+e^w) − (s+1)
 * ln(β−c+e^w) is concave, so on a panel its slope lies between the slopes at the ends. Panels are
 * chosen so that ℓ changes by at most 2 across each (8-point rule, relative error about 1e-13), and
 * the walk stops once the integrand has fallen below 1e-20 of the running sum past its maximum: at
 * most a few hundred panels for any parameters, frequencies and ages.
 */
final class ParetoNbdIntegral {

  private static final double[] NODES = {
    -0.9602898564975363,
    -0.7966664774136267,
    -0.5255324099163290,
    -0.1834346424956498,
    0.1834346424956498,
    0.5255324099163290,
    0.7966664774136267,
    0.9602898564975363
  };
  private static final double[] WEIGHTS = {
    0.1012285362903763,
    0.2223810344533745,
    0.3137066458778873,
    0.3626837833783620,
    0.3626837833783620,
    0.3137066458778873,
    0.2223810344533745,
    0.1012285362903763
  };
  private static final int MAX_PANELS = 10_000;

  private ParetoNbdIntegral() {}

  /** ln I, with ∂ ln I / ∂(r, α, s, β) in {@code grad} when not null; −∞ when t_x = T. */
  static double logIntegral(
      double r,
      double alpha,
      double s,
      double beta,
      double x,
      double tx,
      double age,
      double[] grad) {
    if (grad != null) {
      Arrays.fill(grad, 0);
    }
    if (tx >= age) {
      return Double.NEGATIVE_INFINITY;
    }
    double c = Math.min(alpha, beta);
    double da = alpha - c;
    double db = beta - c;
    double ka = r + x;
    double kb = s + 1;
    double w0 = Math.log(c + tx);
    double w1 = Math.log(c + age);
    double ref = logIntegrand(w0, da, db, ka, kb);
    double sum = 0;
    double sLa = 0; // Σ f ln(α+τ)
    double sIa = 0; // Σ f / (α+τ)
    double sLb = 0;
    double sIb = 0;
    double w = w0;
    double peak = Double.NEGATIVE_INFINITY;
    for (int panel = 0; panel < MAX_PANELS && w < w1; panel++) {
      double h = Math.min(0.5, w1 - w);
      double s0 = Math.abs(slope(w, da, db, ka, kb));
      while (h > 1e-12 && h * Math.max(s0, Math.abs(slope(w + h, da, db, ka, kb))) > 2) {
        h /= 2;
      }
      double mid = w + h / 2;
      double panelMax = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < NODES.length; k++) {
        double v = mid + h / 2 * NODES[k];
        double ev = Math.exp(v);
        double lnA = Math.log(da + ev);
        double lnB = Math.log(db + ev);
        double l = v - ka * lnA - kb * lnB;
        panelMax = Math.max(panelMax, l);
        double f = WEIGHTS[k] * h / 2 * Math.exp(l - ref);
        sum += f;
        if (grad != null) {
          sLa += f * lnA;
          sIa += f / (da + ev);
          sLb += f * lnB;
          sIb += f / (db + ev);
        }
      }
      peak = Math.max(peak, panelMax);
      w += h;
      if (panelMax < peak && Math.exp(panelMax - ref) * (w1 - w) < 1e-20 * sum) {
        break; // past the maximum of a concave log-integrand: the rest is negligible
      }
    }
    if (grad != null) {
      grad[0] = -sLa / sum;
      grad[1] = -ka * sIa / sum;
      grad[2] = -sLb / sum;
      grad[3] = -kb * sIb / sum;
    }
    return ref + Math.log(sum);
  }

  private static double logIntegrand(double w, double da, double db, double ka, double kb) {
    double ev = Math.exp(w);
    return w - ka * Math.log(da + ev) - kb * Math.log(db + ev);
  }

  /** ℓ'(w) = 1 − (r+x) e^w/(α−c+e^w) − (s+1) e^w/(β−c+e^w). */
  private static double slope(double w, double da, double db, double ka, double kb) {
    double ev = Math.exp(w);
    return 1 - ka * ev / (da + ev) - kb * ev / (db + ev);
  }
}
