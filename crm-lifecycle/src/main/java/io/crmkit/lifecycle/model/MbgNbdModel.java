package io.crmkit.lifecycle.model;

import static io.crmkit.lifecycle.model.SpecialFunctions.digamma;
import static io.crmkit.lifecycle.model.SpecialFunctions.logBeta;
import static io.crmkit.lifecycle.model.SpecialFunctions.logGamma;

import io.crmkit.core.summary.CustomerSummaries;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.Well19937c;

/**
 * The MBG/NBD model (Batislam, Denizel &amp; Filiztekin 2007): as BG/NBD, but a customer may also
 * drop out right at the first purchase, so a customer without repeat purchases is not certainly
 * alive. While alive purchases follow a Poisson process of rate λ ~ Gamma(r, α) (purchases per time
 * unit of the data); at the first purchase and after each repeat purchase the customer drops out
 * with probability p ~ Beta(a, b).
 *
 * @since 0.1
 */
public record MbgNbdModel(double r, double alpha, double a, double b) implements TransactionModel {

  static final String[] NAMES = {"r", "alpha", "a", "b"};

  /** Checks every parameter is positive and finite. */
  public MbgNbdModel {
    Models.checkPositive(NAMES, r, alpha, a, b);
  }

  /**
   * The MBG/NBD model with gamma purchase-rate heterogeneity ({@code r}, scale {@code alpha} in the
   * summaries' time unit) and beta dropout heterogeneity ({@code a}, {@code b}), all positive.
   */
  public static MbgNbdModel of(double r, double alpha, double a, double b) {
    return new MbgNbdModel(r, alpha, a, b);
  }

  @Override
  public String name() {
    return "mbgnbd";
  }

  @Override
  public Map<String, Double> parameters() {
    return Models.parameters(NAMES, r, alpha, a, b);
  }

  /**
   * Fits the model to the summaries, compressing identical rows first, with the {@link
   * DefaultPenalizer} for small data (none from 500 customers on).
   */
  public static FitResult<MbgNbdModel> fit(CustomerSummaries summaries) {
    return fit(WeightedData.compressed(summaries), DefaultPenalizer.forCustomers(summaries.size()));
  }

  /** Fits the model to weighted data with an L2 penaliser (0 for plain maximum likelihood). */
  public static FitResult<MbgNbdModel> fit(WeightedData data, double penalizer) {
    Objects.requireNonNull(data, "data must not be null");
    data.requireRepeatPurchases();
    double meanX = data.meanFrequency();
    double meanT = data.meanAge();
    return MaximumLikelihood.fit(
        likelihood(data),
        new double[] {Math.max(1e-3, meanX), Math.max(1e-3, meanT), 1, 1},
        penalizer,
        p -> new MbgNbdModel(p[0], p[1], p[2], p[3]));
  }

  /** The log-likelihood of weighted data, with its analytic gradient. */
  public static LogLikelihood likelihood(WeightedData data) {
    Objects.requireNonNull(data, "data must not be null");
    return new BetaGeometricLikelihood(data, true);
  }

  /** The log-likelihood of one customer. */
  @Override
  public double logLikelihood(double x, double tx, double age) {
    return logLikelihood(new double[] {r, alpha, a, b}, x, tx, age, null);
  }

  /**
   * ln L = lnΓ(r+x) − lnΓ(r) + r ln α + ln(e^A + e^B), with A = ln B(a, b+x+1) − ln B(a, b) − (r+x)
   * ln(α+T) (alive at T) and B = ln B(a+1, b+x) − ln B(a, b) − (r+x) ln(α+t_x) (dropped out at the
   * last purchase). Writes the gradient when {@code grad} is not null.
   */
  static double logLikelihood(double[] p, double x, double tx, double age, double[] grad) {
    double r = p[0];
    double alpha = p[1];
    double a = p[2];
    double b = p[3];
    double lbab = logBeta(a, b);
    double la = logBeta(a, b + x + 1) - lbab - (r + x) * Math.log(alpha + age);
    double lb = logBeta(a + 1, b + x) - lbab - (r + x) * Math.log(alpha + tx);
    double lse = Models.logSumExp(la, lb);
    if (grad != null) {
      double wa = Math.exp(la - lse);
      double wb = Math.exp(lb - lse);
      double psiAb = digamma(a + b);
      double psiAbx1 = digamma(a + b + x + 1);
      grad[0] =
          digamma(r + x)
              - digamma(r)
              + Math.log(alpha)
              - wa * Math.log(alpha + age)
              - wb * Math.log(alpha + tx);
      grad[1] = r / alpha - wa * (r + x) / (alpha + age) - wb * (r + x) / (alpha + tx);
      grad[2] = wa * (psiAb - psiAbx1) + wb * (digamma(a + 1) - digamma(a) + psiAb - psiAbx1);
      grad[3] =
          wa * (digamma(b + x + 1) - digamma(b) + psiAb - psiAbx1)
              + wb * (digamma(b + x) - digamma(b) + psiAb - psiAbx1);
    }
    return logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + lse;
  }

  /** P(alive) = 1 / (1 + a/(b+x) ((α+T)/(α+t_x))^(r+x)); below 1 even without repeat purchases. */
  @Override
  public double probabilityAlive(double x, double tx, double age) {
    TransactionModel.checkHistory(x, tx, age);
    double logRatio =
        Math.log(a) - Math.log(b + x) + (r + x) * (Math.log(alpha + age) - Math.log(alpha + tx));
    return 1.0 / (1.0 + Math.exp(logRatio));
  }

  /** Expected purchases in the next {@code t} units (Batislam et al. 2007), for every a &gt; 0. */
  @Override
  public double expectedPurchases(double t, double x, double tx, double age) {
    TransactionModel.checkHorizon(t);
    TransactionModel.checkHistory(x, tx, age);
    if (t == 0) {
      return 0;
    }
    return expectedPurchasesIfAlive(t, x, age) * probabilityAlive(x, tx, age);
  }

  /**
   * (a+b+x)/(a−1) (1 − ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x+1; a+b+x; z)), i.e. E[(1 − (1 + p
   * t/(α+T))^−(r+x)) / p] with p ~ Beta(a, b+x+1): finite for every a &gt; 0 (the closed form's
   * factor is not, for a ≤ 1) and at most (r+x) t/(α+T) (see {@link BetaGeometricExpectation}).
   */
  @Override
  public double expectedPurchasesIfAlive(double t, double x, double age) {
    TransactionModel.checkHorizon(t);
    if (t == 0) {
      return 0;
    }
    return BetaGeometricExpectation.expectedIfAlive(a, b + x + 1, r + x, alpha + age, t);
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
    BetaGeometricExpectation.expectedIfAlive(a, b + x + 1, r + x, alpha + age, t, out);
  }

  /**
   * E[X(t)] = b/(a−1) (1 − (α/(α+t))^r 2F1(r, b+1; a+b; t/(α+t))) = b/(a+b) · E[(1 − (1 + p
   * t/α)^−r) / p] with p ~ Beta(a, b+1) (the customer survives the first purchase with probability
   * b/(a+b)); finite for every a &gt; 0.
   */
  @Override
  public double expectedPurchasesNewCustomer(double t) {
    TransactionModel.checkHorizon(t);
    if (t == 0) {
      return 0;
    }
    return b / (a + b) * BetaGeometricExpectation.expectedIfAlive(a, b + 1, r, alpha, t);
  }

  @Override
  public WeightedData simulate(double[] ages, long seed) {
    Well19937c rng = new Well19937c(seed);
    SplittableRandom random = new SplittableRandom(seed);
    GammaDistribution lambdaDist = new GammaDistribution(rng, r, 1.0 / alpha);
    BetaDistribution pDist = new BetaDistribution(rng, a, b);
    int n = ages.length;
    double[] x = new double[n];
    double[] tx = new double[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      double lambda = lambdaDist.sample();
      double p = pDist.sample();
      int count = 0;
      double last = 0;
      if (random.nextDouble() >= p) { // survives the first purchase
        double t = 0;
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
      }
      x[i] = count;
      tx[i] = last;
      w[i] = 1;
    }
    return WeightedData.of(x, tx, ages, w);
  }

  /**
   * P(X(t) = n) of a customer just acquired: dropped at the first purchase with probability
   * a/(a+b), else a BG/NBD customer with p ~ Beta(a, b+1): a/(a+b) δ_{n=0} + b/(a+b) P_BG/NBD(n; r,
   * α, a, b+1).
   */
  @Override
  public double probabilityOfPurchasesNewCustomer(int n, double t) {
    double survives = b / (a + b);
    return PurchaseCounts.mixture(survives, PurchaseCounts.bgNbd(r, alpha, a, b + 1, n, t), n);
  }

  /**
   * P(X(T, T + t) = n | x, t_x, T) = P(alive) · P_BG/NBD(n; r+x, α+T, a, b+x+1) + (1 − P(alive))
   * δ_{n=0}: after T an alive customer drops out only after purchases, as in BG/NBD.
   */
  @Override
  public double probabilityOfPurchases(int n, double t, double x, double tx, double age) {
    PurchaseCounts.checkCount(n);
    TransactionModel.checkHorizon(t);
    double alive = probabilityAlive(x, tx, age);
    return PurchaseCounts.mixture(
        alive, PurchaseCounts.bgNbd(r + x, alpha + age, a, b + x + 1, n, t), n);
  }

  /**
   * E_p[(1 + p t/(α+T))^−(r+x)], p ~ Beta(a, b+x+1) (see {@link BgNbdModel#probabilitySurvives}).
   */
  @Override
  public double probabilitySurvives(double t, double x, double age) {
    TransactionModel.checkHorizon(t);
    TransactionModel.checkHistory(x, 0, age);
    return PurchaseCounts.bgNbdSurvival(a, b + x + 1, r + x, t / (alpha + age));
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "MBG/NBD(r=%.4f, alpha=%.4f, a=%.4f, b=%.4f)", r, alpha, a, b);
  }
}
