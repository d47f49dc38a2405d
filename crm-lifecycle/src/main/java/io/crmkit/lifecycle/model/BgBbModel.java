package io.crmkit.lifecycle.model;

import static io.crmkit.lifecycle.model.SpecialFunctions.digamma;
import static io.crmkit.lifecycle.model.SpecialFunctions.logBeta;
import static io.crmkit.lifecycle.model.SpecialFunctions.logGamma;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.random.Well19937c;

/**
 * The BG/BB model (Fader, Hardie &amp; Shang 2010) of discrete purchase opportunities (yearly
 * donations, annual events, weekly visits): at each opportunity an alive customer first dies with
 * probability θ ~ Beta(γ, δ) and, if still alive, transacts with probability p ~ Beta(α, β).
 *
 * <p>A history is (x, t_x, n): x repeat transactions in n opportunities after the first, the last
 * at opportunity t_x (0 when none); all whole numbers, given in the {@link TransactionModel}
 * methods as (x, t_x, T = n) and horizons in whole opportunities. On the donations data of the
 * paper it gives α = 1.204, β = 0.750, γ = 0.657, δ = 2.783 and log-likelihood −33,225.6.
 *
 * @since 0.1
 */
public record BgBbModel(double alpha, double beta, double gamma, double delta)
    implements TransactionModel {

  static final String[] NAMES = {"alpha", "beta", "gamma", "delta"};

  /** Checks every parameter is positive and finite. */
  public BgBbModel {
    Models.checkPositive(NAMES, alpha, beta, gamma, delta);
  }

  /**
   * The BG/BB model with beta-distributed purchase probability (alpha, beta) and dropout
   * probability (gamma, delta), all positive.
   */
  public static BgBbModel of(double alpha, double beta, double gamma, double delta) {
    return new BgBbModel(alpha, beta, gamma, delta);
  }

  @Override
  public String name() {
    return "bgbb";
  }

  @Override
  public Map<String, Double> parameters() {
    return Models.parameters(NAMES, alpha, beta, gamma, delta);
  }

  /**
   * Fits the model to weighted (x, t_x, n) rows with an L2 penaliser (0 for none).
   *
   * @throws ModelFitException when a row is not whole numbers with x ≤ t_x ≤ n, or x &gt; 0 with
   *     t_x = 0
   */
  public static FitResult<BgBbModel> fit(WeightedData data, double penalizer) {
    Objects.requireNonNull(data, "data must not be null");
    for (int i = 0; i < data.rows(); i++) {
      double x = data.x(i);
      double tx = data.tx(i);
      double n = data.age(i);
      if (tx != Math.rint(tx) || n != Math.rint(n) || x > tx || (x > 0 && tx == 0)) {
        checkDiscrete(x, tx, n, "row " + i);
      }
    }
    data.requireRepeatPurchases();
    return MaximumLikelihood.fit(
        likelihood(data),
        new double[] {1, 1, 1, 1},
        penalizer,
        p -> new BgBbModel(p[0], p[1], p[2], p[3]));
  }

  private static void checkDiscrete(double x, double tx, double n, String where) {
    if (tx != Math.rint(tx) || n != Math.rint(n)) {
      throw new ModelFitException(
          "recency and periods of "
              + where
              + " must be whole numbers of opportunities but were: "
              + tx
              + ", "
              + n);
    }
    if (x > tx || (x > 0 && tx == 0)) {
      throw new ModelFitException(
          "frequency "
              + x
              + " of "
              + where
              + " must be at most its recency "
              + tx
              + " (the opportunity of the last transaction), and recency positive when frequency is");
    }
  }

  /**
   * The log-likelihood of weighted (x, t_x, n) rows, with its analytic gradient (and, for whole
   * numbers, its Hessian: see {@link BgBbLikelihood}).
   */
  public static LogLikelihood likelihood(WeightedData data) {
    Objects.requireNonNull(data, "data must not be null");
    return BgBbLikelihood.of(data);
  }

  /** The log-likelihood of one customer. */
  @Override
  public double logLikelihood(double x, double tx, double n) {
    checkDiscrete(x, tx, n, "the history");
    return logLikelihood(new double[] {alpha, beta, gamma, delta}, x, tx, n, null);
  }

  /**
   * ln L, L = B(α+x, β+n−x)/B(α,β) · B(γ, δ+n)/B(γ,δ) + Σ_{i=0}^{n−t_x−1} B(α+x, β+t_x−x+i)/B(α,β)
   * · B(γ+1, δ+t_x+i)/B(γ,δ) (FHS 2010 eq. 5), summed in log space.
   */
  static double logLikelihood(double[] p, double x, double tx, double n, double[] grad) {
    double a = p[0];
    double b = p[1];
    double g = p[2];
    double d = p[3];
    int terms = (int) (n - tx);
    double base = -logBeta(a, b) - logBeta(g, d);
    double l0 = logBeta(a + x, b + n - x) + logBeta(g, d + n) + base;
    // the terms of the sum follow each other by a rational factor, and the digammas of the gradient
    // by ψ(z+1) = ψ(z) + 1/z: one pass of arithmetic per term, no special function (bounded time
    // for histories of thousands of opportunities), summed in log space with a running maximum
    double li = terms > 0 ? logBeta(a + x, b + tx - x) + logBeta(g + 1, d + tx) + base : 0;
    double max = Math.max(l0, terms > 0 ? li : l0);
    double sum = Math.exp(l0 - max);
    double w0 = sum;
    double sb = 0;
    double sab = 0;
    double sd = 0;
    double sgd = 0;
    double psiB = 0;
    double psiAb = 0;
    double psiD = 0;
    double psiGd = 0;
    if (grad != null && terms > 0) {
      psiB = digamma(b + tx - x);
      psiAb = digamma(a + b + tx);
      psiD = digamma(d + tx);
      psiGd = digamma(g + d + 1 + tx);
    }
    for (int i = 0; i < terms; i++) {
      if (li > max) {
        double rescale = Math.exp(max - li);
        sum *= rescale;
        w0 *= rescale;
        sb *= rescale;
        sab *= rescale;
        sd *= rescale;
        sgd *= rescale;
        max = li;
      }
      double e = Math.exp(li - max);
      sum += e;
      if (grad != null) {
        sb += e * psiB;
        sab += e * psiAb;
        sd += e * psiD;
        sgd += e * psiGd;
        psiB += 1 / (b + tx - x + i);
        psiAb += 1 / (a + b + tx + i);
        psiD += 1 / (d + tx + i);
        psiGd += 1 / (g + d + 1 + tx + i);
      }
      li +=
          Math.log((b + tx - x + i) / (a + b + tx + i))
              + Math.log((d + tx + i) / (g + d + 1 + tx + i));
    }
    double ll = max + Math.log(sum);
    if (grad != null) {
      double psiSumAb = digamma(a + b);
      double psiSumGd = digamma(g + d);
      double psiAx = digamma(a + x);
      double w = w0 / sum; // weight of the alive-at-n term
      double ws = 1 - w; // total weight of the died-in-between terms
      double psiAll = digamma(a + b + n);
      double psiGdn = digamma(g + d + n);
      grad[0] = w * (psiAx - psiAll) + ws * psiAx - sab / sum - (digamma(a) - psiSumAb);
      grad[1] = w * (digamma(b + n - x) - psiAll) + sb / sum - sab / sum - (digamma(b) - psiSumAb);
      grad[2] =
          w * (digamma(g) - psiGdn) + ws * digamma(g + 1) - sgd / sum - (digamma(g) - psiSumGd);
      grad[3] = w * (digamma(d + n) - psiGdn) + sd / sum - sgd / sum - (digamma(d) - psiSumGd);
    }
    return ll;
  }

  /** P(alive at opportunity n+1 | x, t_x, n) (FHS 2010 eq. 11). */
  @Override
  public double probabilityAlive(double x, double tx, double n) {
    return aliveAt(x, tx, n, n + 1);
  }

  /** P(alive at opportunity {@code at} ≥ n | x, t_x, n): alive at n and surviving to {@code at}. */
  private double aliveAt(double x, double tx, double n, double at) {
    TransactionModel.checkHistory(x, tx, n);
    checkDiscreteArgs(x, tx, n);
    double p =
        Math.exp(
            logBeta(alpha + x, beta + n - x)
                - logBeta(alpha, beta)
                + logBeta(gamma, delta + at)
                - logBeta(gamma, delta)
                - logLikelihood(new double[] {alpha, beta, gamma, delta}, x, tx, n, null));
    return Math.min(1, p);
  }

  private static void checkDiscreteArgs(double x, double tx, double n) {
    if (tx != Math.rint(tx) || n != Math.rint(n) || x > tx || (x > 0 && tx == 0)) {
      throw new IllegalArgumentException(
          "a BG/BB history needs whole numbers x <= t_x <= n (t_x > 0 when x > 0) but was: x="
              + x
              + ", t_x="
              + tx
              + ", n="
              + n);
    }
  }

  /**
   * Expected transactions in the next {@code t} opportunities (n+1 … n+t) of a customer with
   * history (x, t_x, n) (FHS 2010 eq. 13). {@code t} must be a whole number.
   */
  @Override
  public double expectedPurchases(double t, double x, double tx, double n) {
    TransactionModel.checkHorizon(t);
    TransactionModel.checkHistory(x, tx, n);
    checkDiscreteArgs(x, tx, n);
    checkWhole(t);
    if (t == 0) {
      return 0;
    }
    double ll = logLikelihood(new double[] {alpha, beta, gamma, delta}, x, tx, n, null);
    double lead =
        logBeta(alpha + x + 1, beta + n - x)
            - logBeta(alpha, beta)
            + Math.log(delta)
            + logGamma(gamma + delta)
            - logGamma(1 + delta)
            - ll;
    return bounded(Math.exp(lead + logSurvivalDifference(n, n + t)), t);
  }

  /** E[transactions in the next t opportunities | alive at n, x, n]. */
  @Override
  public double expectedPurchasesIfAlive(double t, double x, double n) {
    TransactionModel.checkHorizon(t);
    checkWhole(t);
    if (t == 0) {
      return 0;
    }
    double lead =
        logBeta(alpha + x + 1, beta + n - x)
            - logBeta(alpha + x, beta + n - x)
            + Math.log(delta)
            + logGamma(gamma + delta)
            - logGamma(1 + delta)
            - logBeta(gamma, delta + n)
            + logBeta(gamma, delta);
    return bounded(Math.exp(lead + logSurvivalDifference(n, n + t)), t);
  }

  /**
   * P(alive at opportunity n | x, t_x, n): alive when the observation ends (eq. 11 without the look
   * ahead).
   */
  @Override
  public double probabilityAliveAtEnd(double x, double tx, double n) {
    return aliveAt(x, tx, n, n);
  }

  private static void checkWhole(double t) {
    if (t != Math.rint(t)) {
      throw new IllegalArgumentException("t must be a whole number of opportunities but was: " + t);
    }
  }

  /**
   * ln of [Γ(1+δ+n0)/Γ(γ+δ+n0) − Γ(1+δ+n1)/Γ(γ+δ+n1)] / (γ − 1), computed in log space (the ratios
   * over- or underflow for large γ or δ, and their product with the lead factor gave NaN) and
   * without cancellation loss at γ near 1 (where it tends to the difference of digammas).
   */
  private double logSurvivalDifference(double n0, double n1) {
    double k = gamma - 1;
    double e0 = logGamma(1 + delta + n0) - logGamma(gamma + delta + n0);
    double e1 = logGamma(1 + delta + n1) - logGamma(gamma + delta + n1);
    if (Math.abs(k) < 1e-9) {
      return e0 + Math.log(digamma(1 + delta + n1) - digamma(1 + delta + n0));
    }
    // e^e0 − e^e1 = e^e0 (1 − e^(e1 − e0)); (1 − e^(e1 − e0)) / k > 0 for either sign of k
    return e0 + Math.log(-Math.expm1(e1 - e0) / k);
  }

  /**
   * Expected transactions in t opportunities are at most t (one per opportunity); rounding can
   * exceed it.
   */
  private static double bounded(double expected, double t) {
    return Math.max(0, Math.min(t, expected));
  }

  /**
   * E[X(t)]: expected transactions in the first {@code t} opportunities of a new customer (FHS eq.
   * 9).
   */
  @Override
  public double expectedPurchasesNewCustomer(double t) {
    TransactionModel.checkHorizon(t);
    checkWhole(t);
    if (t == 0) {
      return 0;
    }
    double lead =
        Math.log(alpha / (alpha + beta))
            + Math.log(delta)
            + logGamma(gamma + delta)
            - logGamma(1 + delta);
    return bounded(Math.exp(lead + logSurvivalDifference(0, t)), t);
  }

  /**
   * P(X(n) = x): the probability of exactly {@code x} transactions in {@code n} opportunities (FHS
   * eq. 7).
   */
  public double probabilityOfPurchases(int x, int n) {
    return PurchaseCounts.bgBb(alpha, beta, gamma, delta, x, n);
  }

  /**
   * P(X(t) = n): exactly {@code n} transactions in the first {@code t} (whole) opportunities of a
   * new customer (FHS eq. 7).
   */
  @Override
  public double probabilityOfPurchasesNewCustomer(int n, double t) {
    PurchaseCounts.checkCount(n);
    TransactionModel.checkHorizon(t);
    checkWhole(t);
    return PurchaseCounts.bgBb(alpha, beta, gamma, delta, n, wholeOpportunities(t));
  }

  /**
   * P(X(n, n + t) = x* | x, t_x, n): transactions in the next {@code t} (whole) opportunities,
   * P(alive at n) · P_new(x*; α+x, β+n−x, γ, δ+n, t) + (1 − P(alive at n)) δ_{x*=0}, the discrete
   * analogue of the continuous models' conditional distribution.
   */
  @Override
  public double probabilityOfPurchases(int count, double t, double x, double tx, double n) {
    PurchaseCounts.checkCount(count);
    TransactionModel.checkHorizon(t);
    checkWhole(t);
    double alive = aliveAt(x, tx, n, n);
    return PurchaseCounts.mixture(
        alive,
        PurchaseCounts.bgBb(
            alpha + x, beta + n - x, gamma, delta + n, count, wholeOpportunities(t)),
        count);
  }

  /** P(alive at opportunity n + t | alive at n) = B(γ, δ+n+t) / B(γ, δ+n); {@code t} whole. */
  @Override
  public double probabilitySurvives(double t, double x, double n) {
    TransactionModel.checkHorizon(t);
    checkWhole(t);
    TransactionModel.checkHistory(x, 0, n);
    return Math.min(1, Math.exp(logBeta(gamma, delta + n + t) - logBeta(gamma, delta + n)));
  }

  private static int wholeOpportunities(double t) {
    if (t > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "t must be at most " + Integer.MAX_VALUE + " opportunities but was: " + t);
    }
    return (int) t;
  }

  /**
   * Draws histories: customer {@code i} has {@code ages[i]} (whole) opportunities after the first
   * transaction. Deterministic for a seed.
   */
  @Override
  public WeightedData simulate(double[] ages, long seed) {
    Well19937c rng = new Well19937c(seed);
    SplittableRandom random = new SplittableRandom(seed);
    BetaDistribution pDist = new BetaDistribution(rng, alpha, beta);
    BetaDistribution thetaDist = new BetaDistribution(rng, gamma, delta);
    int n = ages.length;
    double[] x = new double[n];
    double[] tx = new double[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      checkWhole(ages[i]);
      double p = pDist.sample();
      double theta = thetaDist.sample();
      int count = 0;
      int last = 0;
      for (int t = 1; t <= ages[i]; t++) {
        if (random.nextDouble() < theta) {
          break;
        }
        if (random.nextDouble() < p) {
          count++;
          last = t;
        }
      }
      x[i] = count;
      tx[i] = last;
      w[i] = 1;
    }
    return WeightedData.of(x, tx, ages, w);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "BG/BB(alpha=%.4f, beta=%.4f, gamma=%.4f, delta=%.4f)",
        alpha,
        beta,
        gamma,
        delta);
  }
}
