package io.crmkit.lifecycle.model;

import static io.crmkit.lifecycle.model.SpecialFunctions.logBeta;
import static io.crmkit.lifecycle.model.SpecialFunctions.logGamma;

import org.apache.commons.math3.special.Beta;

/**
 * The distributions of purchase counts that the transaction models share: P(X(t) = n) of a customer
 * just acquired under BG/NBD, Pareto/NBD and BG/BB, and the survival of an alive customer. A
 * customer with history (x, t_x, T) who is alive at T is, by the models' memorylessness, a new
 * customer with posterior parameters (e.g. BG/NBD: r+x, α+T, a, b+x), so the conditional
 * distributions are mixtures of these with a point mass at 0 for the customers already gone.
 */
final class PurchaseCounts {

  private PurchaseCounts() {}

  /** Checks a count. */
  static void checkCount(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative but was: " + n);
    }
  }

  /**
   * ln P(N = n) of the negative binomial count of purchases in a window of length t of a Poisson
   * process of rate λ ~ Gamma(r, α): lnΓ(r+n) − lnΓ(r) − ln n! + r ln(α/(α+t)) + n ln(t/(α+t)).
   */
  static double logNegativeBinomial(double r, double alpha, int n, double t) {
    double logQ = -Math.log1p(t / alpha);
    double logP = n == 0 ? 0 : n * (Math.log(t) - Math.log(alpha + t));
    return logGamma(r + n) - logGamma(r) - logGamma(n + 1.0) + r * logQ + logP;
  }

  /**
   * P(N ≥ n) of that negative binomial count, I_{t/(α+t)}(n, r) (the regularised incomplete beta
   * function): no cancellation of 1 − Σ_{j&lt;n} P(N = j) when the tail is small.
   */
  static double negativeBinomialTail(double r, double alpha, int n, double t) {
    if (n == 0) {
      return 1;
    }
    if (t == 0) {
      return 0;
    }
    return Beta.regularizedBeta(t / (alpha + t), n, r);
  }

  /**
   * P(X(t) = n) of a new BG/NBD customer (FHL 2005 eq. 8): B(a, b+n)/B(a, b) NB(n) + δ_{n&gt;0}
   * B(a+1, b+n−1)/B(a, b) P(NB ≥ n).
   */
  static double bgNbd(double r, double alpha, double a, double b, int n, double t) {
    checkCount(n);
    TransactionModel.checkHorizon(t);
    if (t == 0) {
      return n == 0 ? 1 : 0;
    }
    double lbab = logBeta(a, b);
    double first = Math.exp(logBeta(a, b + n) - lbab + logNegativeBinomial(r, alpha, n, t));
    if (n == 0) {
      return Math.min(1, first);
    }
    double second =
        Math.exp(logBeta(a + 1, b + n - 1) - lbab) * negativeBinomialTail(r, alpha, n, t);
    return Math.min(1, first + second);
  }

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

  /** Panels of the Pareto/NBD quadrature. */
  private static final int PANELS = 96;

  /**
   * P(X(t) = n) of a new Pareto/NBD customer: conditioning on the exponential lifetime τ with rate
   * μ ~ Gamma(s, β), P = NB(n; t) (β/(β+t))^s + ∫_0^t s β^s (β+y)^−(s+1) NB(n; y) dy, the count of
   * a customer alive throughout plus that of one who dies at y. The integral is taken by 8-point
   * Gauss-Legendre on {@value #PANELS} equal panels in v = ln(c+y), c = min(α, β), where the
   * features of both gamma mixtures (at y ≈ α and y ≈ β) are resolved on any time scale. Fader,
   * Hardie &amp; Lee's closed form (2005, "A note on deriving the Pareto/NBD model") is a
   * difference of hypergeometric functions that cancels badly; this is bounded work for every
   * input.
   */
  static double paretoNbd(double r, double alpha, double s, double beta, int n, double t) {
    checkCount(n);
    TransactionModel.checkHorizon(t);
    if (t == 0) {
      return n == 0 ? 1 : 0;
    }
    double alive = Math.exp(logNegativeBinomial(r, alpha, n, t) - s * Math.log1p(t / beta));
    double c = Math.min(alpha, beta);
    double v0 = Math.log(c);
    double v1 = Math.log(c + t);
    double h = (v1 - v0) / PANELS;
    // ln of s β^s (β+y)^−(s+1) NB(n; y) dy/dv with dy/dv = c + y = e^v, its constant part first
    double constant =
        Math.log(s) - Math.log(beta) + logGamma(r + n) - logGamma(r) - logGamma(n + 1.0);
    double logAlpha = Math.log(alpha);
    double sum = 0;
    for (int p = 0; p < PANELS; p++) {
      double mid = v0 + (p + 0.5) * h;
      double panel = 0;
      for (int i = 0; i < NODES.length; i++) {
        double v = mid + 0.5 * h * NODES[i];
        double y = Math.max(0, Math.exp(v) - c);
        if (y == 0 && n > 0) {
          continue; // NB(n; 0) = 0
        }
        double logAy = Math.log(alpha + y);
        double log =
            constant
                - (s + 1) * Math.log1p(y / beta)
                + v
                + r * (logAlpha - logAy)
                + (n == 0 ? 0 : n * (Math.log(y) - logAy));
        panel += WEIGHTS[i] * Math.exp(log);
      }
      sum += 0.5 * h * panel;
    }
    return Math.max(0, Math.min(1, alive + sum));
  }

  /**
   * P(X(m) = x): exactly {@code x} transactions in {@code m} opportunities of a new BG/BB customer
   * (Fader, Hardie &amp; Shang 2010 eq. 7).
   */
  static double bgBb(double alpha, double beta, double gamma, double delta, int x, int m) {
    if (m < 0 || x < 0) {
      throw new IllegalArgumentException("x and n must not be negative but were: " + x + ", " + m);
    }
    if (x > m) {
      return 0;
    }
    double lab = logBeta(alpha, beta);
    double lgd = logBeta(gamma, delta);
    double sum =
        Math.exp(
            logChoose(m, x)
                + logBeta(alpha + x, beta + m - x)
                - lab
                + logBeta(gamma, delta + m)
                - lgd);
    for (int i = x; i < m; i++) {
      sum +=
          Math.exp(
              logChoose(i, x)
                  + logBeta(alpha + x, beta + i - x)
                  - lab
                  + logBeta(gamma + 1, delta + i)
                  - lgd);
    }
    return Math.min(1, sum);
  }

  private static double logChoose(int n, int k) {
    return logGamma(n + 1.0) - logGamma(k + 1.0) - logGamma(n - k + 1.0);
  }

  /**
   * E_p[(1 + p u)^−R], p ~ Beta(a, bb): the probability that a BG/NBD customer alive now is still
   * alive after a further t = u·s time units, with λ ~ Gamma(R, s) (dropout at each purchase of
   * rate λ is an exponential lifetime of rate λp, e^−λpt, whose gamma mixture is (1 + pt/s)^−R).
   * The closed form is ((s)/(s+t))^R 2F1(R, bb; a+bb; t/(s+t)), whose series needs ever more terms
   * as R grows; this is the trapezoidal rule in logit(p) of {@link BetaGeometricExpectation}.
   */
  static double bgNbdSurvival(double a, double bb, double rr, double u) {
    if (u == 0) {
      return 1;
    }
    double value =
        BetaGeometricExpectation.betaExpectation(
            a,
            bb,
            p -> Math.exp(-rr * Math.log1p(p * u)),
            1,
            Math.exp(-rr * Math.log1p(u)),
            -46 - Math.log1p(rr * u),
            46 + Math.log1p(rr));
    return Math.max(0, Math.min(1, value));
  }

  /**
   * A conditional count probability: a customer alive at T with probability {@code alive} makes
   * {@code n} purchases with probability {@code ifAlive}, one who is gone makes none.
   */
  static double mixture(double alive, double ifAlive, int n) {
    double p = alive * ifAlive + (n == 0 ? 1 - alive : 0);
    return Math.max(0, Math.min(1, p));
  }
}
