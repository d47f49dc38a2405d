package io.crmkit.lifecycle.model;

import static io.crmkit.lifecycle.model.SpecialFunctions.digamma;
import static io.crmkit.lifecycle.model.SpecialFunctions.logBeta;
import static io.crmkit.lifecycle.model.SpecialFunctions.logGamma;

import io.crmkit.core.summary.CustomerSummaries;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The BG/NBD model of repeat buying (Fader, Hardie &amp; Lee 2005, "Counting your customers the
 * easy way"): while alive a customer buys in a Poisson process of rate λ ~ Gamma(r, α); after each
 * purchase the customer drops out with probability p ~ Beta(a, b). Times are in the unit of the
 * summaries fitted on (e.g. weeks); λ is purchases per unit.
 *
 * <p>Parameters are positive. {@code fit} maximises the likelihood (eq. 6 of the paper) on
 * log-parameters with the analytic gradient; on the CDNOW sample it gives r = 0.243, α = 4.414, a =
 * 0.793, b = 2.426 and log-likelihood −9582.4, as published.
 *
 * @since 0.1
 */
public record BgNbdModel(double r, double alpha, double a, double b) implements TransactionModel {

  /** Parameter names in order, as in JSON: r, alpha, a, b. */
  static final String[] NAMES = {"r", "alpha", "a", "b"};

  /** Checks every parameter is positive and finite. */
  public BgNbdModel {
    Models.checkPositive(NAMES, r, alpha, a, b);
  }

  /**
   * The BG/NBD model with gamma purchase-rate heterogeneity of shape {@code r} and scale {@code
   * alpha} (in the summaries' time unit) and beta dropout heterogeneity ({@code a}, {@code b}), all
   * positive.
   */
  public static BgNbdModel of(double r, double alpha, double a, double b) {
    return new BgNbdModel(r, alpha, a, b);
  }

  @Override
  public String name() {
    return "bgnbd";
  }

  @Override
  public java.util.Map<String, Double> parameters() {
    return Models.parameters(NAMES, r, alpha, a, b);
  }

  /**
   * Fits the model to the summaries, compressing identical rows first, with the {@link
   * DefaultPenalizer} for small data (none from 500 customers on).
   */
  public static FitResult<BgNbdModel> fit(CustomerSummaries summaries) {
    return fit(WeightedData.compressed(summaries), DefaultPenalizer.forCustomers(summaries.size()));
  }

  /**
   * Fits the model to weighted data with an L2 penaliser ({@code λ Σ θ²} on the natural parameters;
   * 0 for plain maximum likelihood).
   *
   * @throws ModelFitException on degenerate data (e.g. all frequencies zero)
   */
  public static FitResult<BgNbdModel> fit(WeightedData data, double penalizer) {
    Objects.requireNonNull(data, "data must not be null");
    data.requireRepeatPurchases();
    double meanX = data.meanFrequency();
    double meanT = data.meanAge();
    double alpha0 = Math.max(1e-3, meanT);
    double r0 = Math.max(1e-3, meanX);
    return MaximumLikelihood.fit(
        likelihood(data),
        new double[] {r0, alpha0, 1.0, 1.0},
        penalizer,
        p -> new BgNbdModel(p[0], p[1], p[2], p[3]));
  }

  /** The model's log-likelihood over {@code data}, with gradient. */
  public static LogLikelihood likelihood(WeightedData data) {
    Objects.requireNonNull(data, "data must not be null");
    return new BetaGeometricLikelihood(data, false);
  }

  /** The log-likelihood of one customer (x repeat purchases, last at t_x, observed for T). */
  @Override
  public double logLikelihood(double x, double tx, double age) {
    return logLikelihood(r, alpha, a, b, x, tx, age, null);
  }

  /**
   * ln L of FHL (2005) eq. 6, in log space: lnΓ(r+x) − lnΓ(r) + r ln α + ln(e^A + δ e^B) with A =
   * ln B(a, b+x) − ln B(a, b) − (r+x) ln(α+T) and B = ln B(a+1, b+x−1) − ln B(a, b) − (r+x)
   * ln(α+t_x). Writes ∂/∂(r, α, a, b) into {@code grad} when it is not null.
   */
  static double logLikelihood(
      double r, double alpha, double a, double b, double x, double tx, double age, double[] grad) {
    double lbab = logBeta(a, b);
    double la = logBeta(a, b + x) - lbab - (r + x) * Math.log(alpha + age);
    double c = logGamma(r + x) - logGamma(r) + r * Math.log(alpha);
    double lb = Double.NEGATIVE_INFINITY;
    if (x > 0) {
      lb = logBeta(a + 1, b + x - 1) - lbab - (r + x) * Math.log(alpha + tx);
    }
    double m = Math.max(la, lb);
    double lse = m + Math.log(Math.exp(la - m) + (x > 0 ? Math.exp(lb - m) : 0));
    if (grad != null) {
      double wa = Math.exp(la - lse);
      double wb = x > 0 ? Math.exp(lb - lse) : 0;
      double psiAb = digamma(a + b);
      double psiAbx = digamma(a + b + x);
      double dAr = -Math.log(alpha + age);
      double dAalpha = -(r + x) / (alpha + age);
      double dAa = psiAb - psiAbx;
      double dAb = digamma(b + x) - psiAbx - digamma(b) + psiAb;
      double dBr = 0;
      double dBalpha = 0;
      double dBa = 0;
      double dBb = 0;
      if (x > 0) {
        dBr = -Math.log(alpha + tx);
        dBalpha = -(r + x) / (alpha + tx);
        dBa = digamma(a + 1) - psiAbx - digamma(a) + psiAb;
        dBb = digamma(b + x - 1) - psiAbx - digamma(b) + psiAb;
      }
      grad[0] = digamma(r + x) - digamma(r) + Math.log(alpha) + wa * dAr + wb * dBr;
      grad[1] = r / alpha + wa * dAalpha + wb * dBalpha;
      grad[2] = wa * dAa + wb * dBa;
      grad[3] = wa * dAb + wb * dBb;
    }
    return c + lse;
  }

  /**
   * P(alive | x, t_x, T) = 1 / (1 + δ_{x>0} a/(b+x−1) ((α+T)/(α+t_x))^(r+x)) (FHL 2005 eq. 11): 1
   * for a customer without repeat purchases.
   */
  @Override
  public double probabilityAlive(double x, double tx, double age) {
    TransactionModel.checkHistory(x, tx, age);
    if (x == 0) {
      return 1.0;
    }
    double logRatio =
        Math.log(a)
            - Math.log(b + x - 1)
            + (r + x) * (Math.log(alpha + age) - Math.log(alpha + tx));
    return 1.0 / (1.0 + Math.exp(logRatio));
  }

  /**
   * P(alive) of every row of the summaries: the numbers of {@link #probabilityAlive(double, double,
   * double)}, to the bit, with ln a − ln(b+x−1) computed once per distinct x and ln(α+T), ln(α+t_x)
   * once per distinct T and t_x: one exponential per customer with x &gt; 0, none for x = 0.
   */
  @Override
  public double[] probabilityAlive(CustomerSummaries s) {
    Objects.requireNonNull(s, "summaries must not be null");
    int n = s.size();
    double[] out = new double[n];
    double logA = Math.log(a);
    double[] byX = new double[64]; // ln a − ln(b+x−1), NaN when not yet computed
    java.util.Arrays.fill(byX, Double.NaN);
    LogMemo lnAge = new LogMemo(alpha);
    LogMemo lnTx = new LogMemo(alpha);
    for (int i = 0; i < n; i++) {
      int x = s.frequency(i);
      double tx = s.recency(i);
      double age = s.age(i);
      TransactionModel.checkHistory(x, tx, age);
      if (x == 0) {
        out[i] = 1.0;
        continue;
      }
      double c;
      if (x < byX.length) {
        c = byX[x];
        if (Double.isNaN(c)) {
          c = logA - Math.log(b + x - 1);
          byX[x] = c;
        }
      } else if (x <= 1 << 20) {
        int old = byX.length;
        byX = java.util.Arrays.copyOf(byX, Integer.highestOneBit(x) << 1);
        java.util.Arrays.fill(byX, old, byX.length, Double.NaN);
        c = logA - Math.log(b + x - 1);
        byX[x] = c;
      } else {
        c = logA - Math.log(b + x - 1);
      }
      out[i] = 1.0 / (1.0 + Math.exp(c + (r + x) * (lnAge.log(age) - lnTx.log(tx))));
    }
    return out;
  }

  /**
   * Expected purchases in the next {@code t} units of a customer with history (x, t_x, T) (FHL 2005
   * eq. 10).
   */
  @Override
  public double expectedPurchases(double t, double x, double tx, double age) {
    TransactionModel.checkHorizon(t);
    TransactionModel.checkHistory(x, tx, age);
    if (t == 0) {
      return 0;
    }
    return probabilityAlive(x, tx, age) * expectedPurchasesIfAlive(t, x, age);
  }

  /**
   * The factor of eq. 10 besides P(alive): (a+b+x−1)/(a−1) (1 − ((α+T)/(α+T+t))^(r+x) 2F1(…)), i.e.
   * E[(1 − (1 + p t/(α+T))^−(r+x)) / p] with p ~ Beta(a, b+x): finite for every a &gt; 0 (including
   * a = 1, the removable singularity of the closed form) and at most (r+x) t/(α+T) (see {@link
   * BetaGeometricExpectation}).
   */
  @Override
  public double expectedPurchasesIfAlive(double t, double x, double age) {
    TransactionModel.checkHorizon(t);
    if (t == 0) {
      return 0;
    }
    return BetaGeometricExpectation.expectedIfAlive(a, b + x, r + x, alpha + age, t);
  }

  /**
   * {@link #expectedPurchasesIfAlive(double, double, double)} at every horizon {@code t[k]} (each
   * finite and not negative) into {@code out[k]}, the same numbers, with the series of the horizons
   * summed together.
   */
  void expectedPurchasesIfAlive(double[] t, double x, double age, double[] out) {
    for (double tk : t) {
      TransactionModel.checkHorizon(tk);
    }
    BetaGeometricExpectation.expectedIfAlive(a, b + x, r + x, alpha + age, t, out);
  }

  /**
   * Expected purchases in (0, t] of a customer just acquired (FHL 2005 eq. 7), for every a &gt; 0.
   */
  @Override
  public double expectedPurchasesNewCustomer(double t) {
    TransactionModel.checkHorizon(t);
    if (t == 0) {
      return 0;
    }
    return BetaGeometricExpectation.expectedIfAlive(a, b, r, alpha, t);
  }

  /**
   * Draws a population from the model: customer {@code i} is observed for {@code ages[i]} units
   * from a first purchase at time 0. Returns weight-1 rows (x, t_x, T).
   */
  @Override
  public WeightedData simulate(double[] ages, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    org.apache.commons.math3.random.RandomGenerator rg =
        new org.apache.commons.math3.random.Well19937c(seed);
    org.apache.commons.math3.distribution.GammaDistribution lambdaDist =
        new org.apache.commons.math3.distribution.GammaDistribution(rg, r, 1.0 / alpha);
    org.apache.commons.math3.distribution.BetaDistribution pDist =
        new org.apache.commons.math3.distribution.BetaDistribution(rg, a, b);
    int n = ages.length;
    double[] x = new double[n];
    double[] tx = new double[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      double lambda = lambdaDist.sample();
      double p = pDist.sample();
      double t = 0;
      int count = 0;
      double last = 0;
      while (true) {
        t += -Math.log(1 - random.nextDouble()) / lambda;
        if (t > ages[i]) {
          break;
        }
        count++;
        last = t;
        if (random.nextDouble() < p) {
          break;
        }
      }
      x[i] = count;
      tx[i] = last;
      w[i] = 1;
    }
    return WeightedData.of(x, tx, ages, w);
  }

  /**
   * P(X(t) = n): the probability that a customer just acquired makes exactly {@code n} purchases in
   * (0, t] (FHL 2005 eq. 8), the tail of the negative binomial by the incomplete beta function.
   */
  public double probabilityOfPurchases(int n, double t) {
    return PurchaseCounts.bgNbd(r, alpha, a, b, n, t);
  }

  /** The same as {@link #probabilityOfPurchases(int, double)}. */
  @Override
  public double probabilityOfPurchasesNewCustomer(int n, double t) {
    return PurchaseCounts.bgNbd(r, alpha, a, b, n, t);
  }

  /**
   * P(X(T, T + t) = n | x, t_x, T) = P(alive) · P_new(n; r+x, α+T, a, b+x) + (1 − P(alive)) δ_{n=0}
   * (the alive customer's posterior is Gamma(r+x, α+T) × Beta(a, b+x), and the process is
   * memoryless).
   */
  @Override
  public double probabilityOfPurchases(int n, double t, double x, double tx, double age) {
    PurchaseCounts.checkCount(n);
    TransactionModel.checkHorizon(t);
    double alive = probabilityAlive(x, tx, age);
    return PurchaseCounts.mixture(
        alive, PurchaseCounts.bgNbd(r + x, alpha + age, a, b + x, n, t), n);
  }

  /**
   * E_p[(1 + p t/(α+T))^−(r+x)], p ~ Beta(a, b+x): an alive customer drops out at the rate λp, and
   * the gamma mixture of e^−λpt is this; equal to ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x; a+b+x;
   * t/(α+T+t)).
   */
  @Override
  public double probabilitySurvives(double t, double x, double age) {
    TransactionModel.checkHorizon(t);
    TransactionModel.checkHistory(x, 0, age);
    return PurchaseCounts.bgNbdSurvival(a, b + x, r + x, t / (alpha + age));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "BG/NBD(r=%.4f, alpha=%.4f, a=%.4f, b=%.4f)", r, alpha, a, b);
  }
}
