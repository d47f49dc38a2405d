package io.crmkit.lifecycle.model;

import static io.crmkit.lifecycle.model.SpecialFunctions.digamma;
import static io.crmkit.lifecycle.model.SpecialFunctions.logBeta;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.random.Well19937c;

/**
 * The shifted-beta-geometric (sBG) model of contractual retention (Fader &amp; Hardie 2007, "How to
 * project customer retention"): at the end of each contract period a customer churns with a
 * probability θ of their own, θ ~ Beta(α, β) across customers. Periods are whole contract periods
 * (months, years); {@code t} counts them from the start of the cohort.
 *
 * <p>Fitted to the survivor counts of a cohort (N0 customers at start, N1 still there after one
 * period, …). On the paper's "regular" and "high end" cohorts it gives α = 0.704, β = 1.182 and α =
 * 0.668, β = 3.806.
 *
 * @since 0.1
 */
public record ShiftedBetaGeometricModel(double alpha, double beta) implements ParametricModel {

  static final String[] NAMES = {"alpha", "beta"};

  /** Checks both parameters are positive and finite. */
  public ShiftedBetaGeometricModel {
    Models.checkPositive(NAMES, alpha, beta);
  }

  /**
   * The shifted-beta-geometric model with beta-distributed churn probability per period ({@code
   * alpha}, {@code beta}), both positive.
   */
  public static ShiftedBetaGeometricModel of(double alpha, double beta) {
    return new ShiftedBetaGeometricModel(alpha, beta);
  }

  @Override
  public String name() {
    return "sbg";
  }

  @Override
  public Map<String, Double> parameters() {
    return Models.parameters(NAMES, alpha, beta);
  }

  /**
   * Fits the model to a cohort's survivor counts {@code N0 ≥ N1 ≥ … ≥ Nk ≥ 0}, N0 &gt; 0, k ≥ 1,
   * with the {@link DefaultPenalizer} for cohorts of fewer than 500 customers.
   *
   * @throws ModelFitException when the counts are not a non-increasing sequence of such numbers, or
   *     nobody or everybody churned in every period
   */
  public static FitResult<ShiftedBetaGeometricModel> fit(long... survivors) {
    return fit(
        survivors,
        survivors.length == 0 ? 0.0 : DefaultPenalizer.forCustomers((double) survivors[0]));
  }

  /** As {@link #fit(long...)} with an L2 penaliser (0 for none). */
  public static FitResult<ShiftedBetaGeometricModel> fit(long[] survivors, double penalizer) {
    Objects.requireNonNull(survivors, "survivors must not be null");
    long[] n = survivors.clone();
    checkSurvivors(n);
    LogLikelihood ll =
        new LogLikelihood() {
          @Override
          public String[] names() {
            return NAMES.clone();
          }

          @Override
          public double value(double[] p) {
            return logLikelihood(p[0], p[1], n, null);
          }

          @Override
          public void gradient(double[] p, double[] g) {
            logLikelihood(p[0], p[1], n, g);
          }

          @Override
          public double observations() {
            return n[0];
          }
        };
    return MaximumLikelihood.fit(
        ll, new double[] {1, 1}, penalizer, p -> new ShiftedBetaGeometricModel(p[0], p[1]));
  }

  /**
   * Checks survivor counts: a start count N0 &gt; 0, at least one later count, non-increasing and
   * not negative, and somebody churned.
   *
   * @throws ModelFitException naming the first count that is wrong
   */
  static void checkSurvivors(long[] n) {
    if (n.length < 2) {
      throw new ModelFitException(
          "survivors must have a start count and at least one later count but had "
              + n.length
              + " values: "
              + Arrays.toString(n));
    }
    if (n[0] <= 0) {
      throw new ModelFitException(
          "survivors[0] (the cohort size) must be positive but was: " + n[0]);
    }
    for (int t = 1; t < n.length; t++) {
      if (n[t] < 0 || n[t] > n[t - 1]) {
        throw new ModelFitException(
            "survivors["
                + t
                + "] must be between 0 and survivors["
                + (t - 1)
                + "] = "
                + n[t - 1]
                + " but was: "
                + n[t]);
      }
    }
    if (n[n.length - 1] == n[0]) {
      throw new ModelFitException(
          "nobody churned in " + (n.length - 1) + " periods: churn cannot be estimated");
    }
  }

  /**
   * ln L = Σ_t (N_{t−1} − N_t) ln P(T = t) + N_k ln S(k), P(T = t) = B(α+1, β+t−1)/B(α, β), S(t) =
   * B(α, β+t)/B(α, β), with the gradient in {@code grad} when not null.
   */
  static double logLikelihood(double a, double b, long[] n, double[] grad) {
    double lab = logBeta(a, b);
    double psiAb = digamma(a + b);
    double psiA = digamma(a);
    double psiB = digamma(b);
    double sum = 0;
    double ga = 0;
    double gb = 0;
    int k = n.length - 1;
    for (int t = 1; t <= k; t++) {
      long died = n[t - 1] - n[t];
      if (died > 0) {
        sum += died * (logBeta(a + 1, b + t - 1) - lab);
        if (grad != null) {
          double psiAll = digamma(a + b + t);
          ga += died * (digamma(a + 1) - psiAll - psiA + psiAb);
          gb += died * (digamma(b + t - 1) - psiAll - psiB + psiAb);
        }
      }
    }
    if (n[k] > 0) {
      sum += n[k] * (logBeta(a, b + k) - lab);
      if (grad != null) {
        double psiAll = digamma(a + b + k);
        ga += n[k] * (psiA - psiAll - psiA + psiAb);
        gb += n[k] * (digamma(b + k) - psiAll - psiB + psiAb);
      }
    }
    if (grad != null) {
      grad[0] = ga;
      grad[1] = gb;
    }
    return sum;
  }

  /** S(t): the share of a cohort still active after {@code t} periods, B(α, β+t)/B(α, β). */
  public double survival(int t) {
    checkPeriod(t, 0);
    return Math.exp(logBeta(alpha, beta + t) - logBeta(alpha, beta));
  }

  /** P(T = t): the probability of churning at the end of period {@code t ≥ 1}. */
  public double churnProbability(int t) {
    checkPeriod(t, 1);
    return Math.exp(logBeta(alpha + 1, beta + t - 1) - logBeta(alpha, beta));
  }

  /**
   * r_t = S(t)/S(t−1) = (β+t−1)/(α+β+t−1): the retention rate of period {@code t ≥ 1}, rising with
   * t.
   */
  public double retentionRate(int t) {
    checkPeriod(t, 1);
    return (beta + t - 1) / (alpha + beta + t - 1);
  }

  /**
   * The probability that a customer still active after {@code periods} periods does not renew at
   * the end of the next one: 1 − r_{n+1} = α/(α+β+n).
   */
  public double probabilityOfNotRenewing(int periods) {
    checkPeriod(periods, 0);
    return alpha / (alpha + beta + periods);
  }

  /**
   * The discounted expected residual lifetime (Fader &amp; Hardie 2010, "Customer-base valuation in
   * a contractual setting") of a customer still active after {@code periods} periods: the expected
   * number of future renewals, Σ_{t≥1} S(n+t)/S(n) / (1+d)^(t−1), the next one undiscounted and
   * each later one discounted at rate {@code discountRate} per period; in closed form (β+n)/(α+β+n)
   * · 2F1(1, β+n+1; α+β+n+1; 1/(1+d)) (by its series for d ≥ 1/99, else by quadrature of Euler's
   * integral, so any positive rate ends in bounded time). Multiply by the margin per period for the
   * residual value.
   */
  public double discountedExpectedResidualLifetime(double discountRate, int periods) {
    if (!(discountRate > 0) || Double.isInfinite(discountRate)) {
      throw new IllegalArgumentException(
          "discountRate must be positive and finite but was: " + discountRate);
    }
    checkPeriod(periods, 0);
    double n = periods;
    double z = 1 / (1 + discountRate);
    double f;
    if (z <= 0.99) {
      f = SpecialFunctions.hyp2f1(1, beta + n + 1, alpha + beta + n + 1, z);
    } else {
      // the series falls like z^k: for small discount rates it needs millions of terms; by Euler's
      // integral 2F1(1, b; c; z) = E[1/(1 − z s)], s ~ Beta(b, c − b), by quadrature instead
      double q = discountRate / (1 + discountRate); // 1 − z, exactly for small rates
      f =
          BetaGeometricExpectation.betaExpectation(
              beta + n + 1, alpha, s -> 1 / (q + z * (1 - s)), 1, 1 / q, -46, 46 - Math.log(q));
    }
    return (beta + n) / (alpha + beta + n) * f;
  }

  private static void checkPeriod(int t, int min) {
    if (t < min) {
      throw new IllegalArgumentException("period must be at least " + min + " but was: " + t);
    }
  }

  /**
   * Draws a cohort of {@code size} customers and returns its survivor counts over {@code periods}
   * periods (length periods + 1). Deterministic for a seed.
   */
  public long[] simulateSurvivors(int size, int periods, long seed) {
    if (size <= 0 || periods <= 0) {
      throw new IllegalArgumentException(
          "size and periods must be positive but were: " + size + ", " + periods);
    }
    BetaDistribution thetaDist = new BetaDistribution(new Well19937c(seed), alpha, beta);
    SplittableRandom random = new SplittableRandom(seed);
    long[] survivors = new long[periods + 1];
    for (int i = 0; i < size; i++) {
      double theta = thetaDist.sample();
      survivors[0]++;
      for (int t = 1; t <= periods; t++) {
        if (random.nextDouble() < theta) {
          break;
        }
        survivors[t]++;
      }
    }
    return survivors;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "sBG(alpha=%.4f, beta=%.4f)", alpha, beta);
  }
}
