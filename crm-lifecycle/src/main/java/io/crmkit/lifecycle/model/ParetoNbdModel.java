package io.crmkit.lifecycle.model;

import static io.crmkit.lifecycle.model.SpecialFunctions.digamma;
import static io.crmkit.lifecycle.model.SpecialFunctions.logGamma;

import io.crmkit.core.summary.CustomerSummaries;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.Well19937c;

/**
 * The Pareto/NBD model (Schmittlein, Morrison &amp; Colombo 1987): while alive a customer buys in a
 * Poisson process of rate λ ~ Gamma(r, α); the unobserved lifetime is exponential with rate μ ~
 * Gamma(s, β). Rates are per time unit of the data (e.g. weeks).
 *
 * <p>The likelihood (Fader &amp; Hardie 2005, "A note on deriving the Pareto/NBD model") involves
 * the integral I = ∫ from t_x to T of (α+τ)^−(r+x) (β+τ)^−(s+1) dτ, which equals a difference of
 * Gauss hypergeometric functions 2F1(m, ·; m+1; z) with m = r+s+x. crmkit evaluates them after
 * Euler's transformation, as (1−z)^(1−b) Σ c_k z^k with positive terms that fall at least as fast
 * as z^k, z = |α−β| / (max(α, β) + t) &lt; 1: no cancellation and no overflow (log space) for
 * frequencies and ages of 10,000 and more. The gradient is analytic: the series is differentiated
 * term by term. When z is near 1 (more than 0.99: the series would need thousands to millions of
 * terms) the integral and its gradient are computed by Gauss-Legendre quadrature instead ({@code
 * ParetoNbdIntegral}), so every evaluation takes bounded time.
 *
 * @since 0.1
 */
public record ParetoNbdModel(double r, double alpha, double s, double beta)
    implements TransactionModel {

  static final String[] NAMES = {"r", "alpha", "s", "beta"};

  /** Checks every parameter is positive and finite. */
  public ParetoNbdModel {
    Models.checkPositive(NAMES, r, alpha, s, beta);
  }

  /**
   * The Pareto/NBD model with gamma purchase-rate ({@code r}, {@code alpha}) and gamma dropout-rate
   * ({@code s}, {@code beta}) heterogeneity, scales in the summaries' time unit, all positive.
   */
  public static ParetoNbdModel of(double r, double alpha, double s, double beta) {
    return new ParetoNbdModel(r, alpha, s, beta);
  }

  @Override
  public String name() {
    return "paretonbd";
  }

  @Override
  public Map<String, Double> parameters() {
    return Models.parameters(NAMES, r, alpha, s, beta);
  }

  /**
   * Fits the model to the summaries, compressing identical rows first, with the {@link
   * DefaultPenalizer} for small data (none from 500 customers on).
   */
  public static FitResult<ParetoNbdModel> fit(CustomerSummaries summaries) {
    return fit(WeightedData.compressed(summaries), DefaultPenalizer.forCustomers(summaries.size()));
  }

  /** Fits the model to weighted data with an L2 penaliser (0 for plain maximum likelihood). */
  public static FitResult<ParetoNbdModel> fit(WeightedData data, double penalizer) {
    Objects.requireNonNull(data, "data must not be null");
    data.requireRepeatPurchases();
    double meanX = data.meanFrequency();
    double meanT = data.meanAge();
    return MaximumLikelihood.fit(
        likelihood(data),
        new double[] {Math.max(1e-3, meanX), Math.max(1e-3, meanT), 1, Math.max(1e-3, meanT)},
        penalizer,
        p -> new ParetoNbdModel(p[0], p[1], p[2], p[3]));
  }

  /** The log-likelihood of weighted data, with its analytic gradient. */
  public static LogLikelihood likelihood(WeightedData data) {
    Objects.requireNonNull(data, "data must not be null");
    return ParetoNbdLikelihood.of(data);
  }

  /** The log-likelihood of one customer. */
  @Override
  public double logLikelihood(double x, double tx, double age) {
    return logLikelihood(new double[] {r, alpha, s, beta}, x, tx, age, null);
  }

  /**
   * ln L = C + ln(e^L1 + e^L2): C = lnΓ(r+x) − lnΓ(r) + r ln α + s ln β; L1 = −(r+x) ln(α+T) − s
   * ln(β+T) (alive at T); L2 = ln s + ln I (died between t_x and T).
   */
  static double logLikelihood(double[] p, double x, double tx, double age, double[] grad) {
    double r = p[0];
    double alpha = p[1];
    double s = p[2];
    double beta = p[3];
    double c = logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
    double l1 = -(r + x) * Math.log(alpha + age) - s * Math.log(beta + age);
    double[] gI = grad == null ? null : new double[4];
    double l2 = Math.log(s) + logIntegral(r, alpha, s, beta, x, tx, age, gI);
    double lse = Models.logSumExp(l1, l2);
    if (grad != null) {
      double w1 = Math.exp(l1 - lse);
      double w2 = l2 == Double.NEGATIVE_INFINITY ? 0 : Math.exp(l2 - lse);
      grad[0] =
          digamma(r + x) - digamma(r) + Math.log(alpha) + w1 * -Math.log(alpha + age) + w2 * gI[0];
      grad[1] = r / alpha + w1 * -(r + x) / (alpha + age) + w2 * gI[1];
      grad[2] = Math.log(beta) + w1 * -Math.log(beta + age) + w2 * (1 / s + gI[2]);
      grad[3] = s / beta + w1 * -s / (beta + age) + w2 * gI[3];
    }
    return c + lse;
  }

  /**
   * ln I, I = ∫_{t_x}^{T} (α+τ)^−(r+x) (β+τ)^−(s+1) dτ = (G(t_x) − G(T)) / m, with its gradient in
   * {@code grad} (∂ ln I / ∂(r, α, s, β)) when not null. −∞ when t_x = T.
   */
  static double logIntegral(
      double r,
      double alpha,
      double s,
      double beta,
      double x,
      double tx,
      double age,
      double[] grad) {
    if (tx >= age) {
      if (grad != null) {
        java.util.Arrays.fill(grad, 0);
      }
      return Double.NEGATIVE_INFINITY;
    }
    double m = r + s + x;
    if (seriesIsSlow(alpha, beta, tx)) {
      return ParetoNbdIntegral.logIntegral(r, alpha, s, beta, x, tx, age, grad);
    }
    double[] g1 = grad == null ? null : new double[4];
    double[] g2 = grad == null ? null : new double[4];
    double lg1 = logG(r, alpha, s, beta, x, tx, g1);
    double lg2 = logG(r, alpha, s, beta, x, age, g2);
    double d = lg2 - lg1; // < 0: G decreases in t
    double log1m = d > -0.693 ? Math.log(-Math.expm1(d)) : Math.log1p(-Math.exp(d));
    double li = -Math.log(m) + lg1 + log1m;
    if (grad != null) {
      double e = Math.exp(d); // G(T)/G(t_x)
      for (int j = 0; j < 4; j++) {
        grad[j] = (g1[j] - e * g2[j]) / (1 - e);
      }
      grad[0] -= 1 / m;
      grad[2] -= 1 / m;
    }
    return li;
  }

  /**
   * True when the series of {@link #logG} would need more than a few thousand terms: its terms fall
   * like z^k with z = |α−β| / (max(α, β) + t_x), so z near 1 (t_x = 0 and α, β far apart, as the
   * optimiser visits on small or odd data) took up to 10 million terms per customer.
   */
  static boolean seriesIsSlow(double alpha, double beta, double tx) {
    double z = Math.abs(alpha - beta) / (Math.max(alpha, beta) + tx);
    return z > 0.99;
  }

  /**
   * ln G(t), G(t) = (α+t)^−m 2F1(m, s+1; m+1; (α−β)/(α+t)) when α ≥ β, else (β+t)^−m 2F1(m, r+x;
   * m+1; (β−α)/(β+t)); after Euler's transformation ln G = −e1 ln(α+t) − e2 ln(β+t) + ln S with S =
   * Σ c_k z^k, c_{k+1} = c_k (u+k)/(m+1+k).
   */
  static double logG(
      double r, double alpha, double s, double beta, double x, double t, double[] grad) {
    double m = r + s + x;
    boolean alphaLarger = alpha >= beta;
    double z = alphaLarger ? (alpha - beta) / (alpha + t) : (beta - alpha) / (beta + t);
    double u = alphaLarger ? r + x : s + 1; // c_{k+1}/c_k = (u+k)/(m+1+k)
    // sum S, dS/du·(1/S), dS/dm (holding u), dS/dz
    double term = 1;
    double sum = 1;
    double du = 0; // Σ_{j<k} 1/(u+j) for the current k
    double dm = 0; // −Σ_{j<k} 1/(m+1+j)
    double sumDu = 0;
    double sumDm = 0;
    // at z = 0 (α = β) S = 1 but dS/dz = c_1 = u/(m+1): the loop below would skip it
    double sumDz = z == 0 ? u / (m + 1) : 0;
    for (int k = 0; k < 10_000_000; k++) {
      if (z == 0) {
        break;
      }
      du += 1 / (u + k);
      dm -= 1 / (m + 1 + k);
      term *= (u + k) / (m + 1 + k) * z;
      sum += term;
      if (grad != null) {
        sumDu += term * du;
        sumDm += term * dm;
        sumDz += term * (k + 1) / z;
      }
      if (term <= 1e-17 * sum) {
        break;
      }
    }
    double lnA = Math.log(alpha + t);
    double lnB = Math.log(beta + t);
    double logS = Math.log(sum);
    double value;
    if (alphaLarger) {
      value = -(r + x) * lnA - s * lnB + logS;
    } else {
      value = -(r + x - 1) * lnA - (s + 1) * lnB + logS;
    }
    if (grad != null) {
      double sDu = sumDu / sum;
      double sDm = sumDm / sum;
      double sDz = sumDz / sum;
      if (alphaLarger) {
        // u = r + x, m = r + s + x, z = (α−β)/(α+t)
        grad[0] = -lnA + sDu + sDm;
        grad[1] = -(r + x) / (alpha + t) + sDz * (beta + t) / ((alpha + t) * (alpha + t));
        grad[2] = -lnB + sDm;
        grad[3] = -s / (beta + t) - sDz / (alpha + t);
      } else {
        // u = s + 1, z = (β−α)/(β+t)
        grad[0] = -lnA + sDm;
        grad[1] = -(r + x - 1) / (alpha + t) - sDz / (beta + t);
        grad[2] = -lnB + sDu + sDm;
        grad[3] = -(s + 1) / (beta + t) + sDz * (alpha + t) / ((beta + t) * (beta + t));
      }
    }
    return value;
  }

  /** P(alive | x, t_x, T) = 1 / (1 + e^(L2 − L1)) (Fader &amp; Hardie 2005, eq. 18). */
  @Override
  public double probabilityAlive(double x, double tx, double age) {
    TransactionModel.checkHistory(x, tx, age);
    double l1 = -(r + x) * Math.log(alpha + age) - s * Math.log(beta + age);
    double l2 = Math.log(s) + logIntegral(r, alpha, s, beta, x, tx, age, null);
    return 1 / (1 + Math.exp(l2 - l1));
  }

  /**
   * Expected purchases in the next {@code t} units: (r+x)(β+T)/((α+T)(s−1)) (1 −
   * ((β+T)/(β+T+t))^(s−1)) · P(alive) (its limit (r+x)(β+T)/(α+T) ln((β+T+t)/(β+T)) at s = 1).
   */
  @Override
  public double expectedPurchases(double t, double x, double tx, double age) {
    TransactionModel.checkHorizon(t);
    TransactionModel.checkHistory(x, tx, age);
    if (t == 0) {
      return 0;
    }
    return expectedPurchasesIfAlive(t, x, age) * probabilityAlive(x, tx, age);
  }

  @Override
  public double expectedPurchasesIfAlive(double t, double x, double age) {
    TransactionModel.checkHorizon(t);
    if (t == 0) {
      return 0;
    }
    return (r + x) / (alpha + age) * (beta + age) * lifetimeFactor(Math.log1p(t / (beta + age)));
  }

  /** (1 − e^(−(s−1) L)) / (s − 1), L = ln((β+T+t)/(β+T)): the expected alive time over (β+T). */
  private double lifetimeFactor(double logRatio) {
    double k = s - 1;
    if (Math.abs(k * logRatio) < 1e-8) {
      return logRatio * (1 - k * logRatio / 2);
    }
    return -Math.expm1(-k * logRatio) / k;
  }

  /** E[X(t)] = rβ/(α(s−1)) (1 − (β/(β+t))^(s−1)) for a customer just acquired. */
  @Override
  public double expectedPurchasesNewCustomer(double t) {
    TransactionModel.checkHorizon(t);
    if (t == 0) {
      return 0;
    }
    return r * beta / alpha * lifetimeFactor(Math.log1p(t / beta));
  }

  @Override
  public WeightedData simulate(double[] ages, long seed) {
    Well19937c rng = new Well19937c(seed);
    SplittableRandom random = new SplittableRandom(seed);
    GammaDistribution lambdaDist = new GammaDistribution(rng, r, 1.0 / alpha);
    GammaDistribution muDist = new GammaDistribution(rng, s, 1.0 / beta);
    int n = ages.length;
    double[] x = new double[n];
    double[] tx = new double[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      double lambda = lambdaDist.sample();
      double lifetime = -Math.log(1 - random.nextDouble()) / muDist.sample();
      double end = Math.min(lifetime, ages[i]);
      double t = 0;
      int count = 0;
      double last = 0;
      while (true) {
        t += -Math.log(1 - random.nextDouble()) / lambda;
        if (t > end) {
          break;
        }
        count++;
        last = t;
      }
      x[i] = count;
      tx[i] = last;
      w[i] = 1;
    }
    return WeightedData.of(x, tx, ages, w);
  }

  /** P(X(t) = n) of a customer just acquired (see {@code PurchaseCounts.paretoNbd}). */
  @Override
  public double probabilityOfPurchasesNewCustomer(int n, double t) {
    return PurchaseCounts.paretoNbd(r, alpha, s, beta, n, t);
  }

  /**
   * P(X(T, T + t) = n | x, t_x, T) = P(alive) · P_new(n; r+x, α+T, s, β+T) + (1 − P(alive))
   * δ_{n=0}: alive at T the rates' posterior is Gamma(r+x, α+T) × Gamma(s, β+T).
   */
  @Override
  public double probabilityOfPurchases(int n, double t, double x, double tx, double age) {
    PurchaseCounts.checkCount(n);
    TransactionModel.checkHorizon(t);
    double alive = probabilityAlive(x, tx, age);
    return PurchaseCounts.mixture(
        alive, PurchaseCounts.paretoNbd(r + x, alpha + age, s, beta + age, n, t), n);
  }

  /** ((β+T)/(β+T+t))^s: the gamma mixture of e^−μt with μ ~ Gamma(s, β+T). */
  @Override
  public double probabilitySurvives(double t, double x, double age) {
    TransactionModel.checkHorizon(t);
    TransactionModel.checkHistory(x, 0, age);
    return Math.exp(-s * Math.log1p(t / (beta + age)));
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "Pareto/NBD(r=%.4f, alpha=%.4f, s=%.4f, beta=%.4f)", r, alpha, s, beta);
  }
}
