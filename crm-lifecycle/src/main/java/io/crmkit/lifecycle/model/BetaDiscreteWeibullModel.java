package io.crmkit.lifecycle.model;

import static io.crmkit.lifecycle.model.SpecialFunctions.digamma;
import static io.crmkit.lifecycle.model.SpecialFunctions.logBeta;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.random.Well19937c;

/**
 * The beta-discrete-Weibull (BdW) model of contractual retention (Fader, Hardie, Liu, Davin &amp;
 * Steenburgh 2018, "'How to project customer retention' revisited: the role of duration
 * dependence", Journal of Interactive Marketing 43): a customer with churn propensity θ ~ Beta(α,
 * β) survives t contract periods with probability (1 − θ)^{t^c}, so S(t) = B(α, β + t^c) / B(α, β).
 * c &lt; 1 is negative duration dependence of each customer's churn (it falls with tenure), c &gt;
 * 1 positive; c = 1 is the shifted-beta-geometric model ({@link ShiftedBetaGeometricModel})
 * exactly. Periods are whole contract periods counted from the start of the cohort.
 *
 * @param alpha the first shape of the beta distribution of θ
 * @param beta the second shape of that distribution
 * @param c the discrete-Weibull shape (duration dependence), a number
 * @since 0.1
 */
public record BetaDiscreteWeibullModel(double alpha, double beta, double c)
    implements ParametricModel {

  static final String[] NAMES = {"alpha", "beta", "c"};

  /** Checks every parameter is positive and finite. */
  public BetaDiscreteWeibullModel {
    Models.checkPositive(NAMES, alpha, beta, c);
  }

  /**
   * The BdW model with beta-distributed churn propensity (alpha, beta) and shape c, all positive.
   */
  public static BetaDiscreteWeibullModel of(double alpha, double beta, double c) {
    return new BetaDiscreteWeibullModel(alpha, beta, c);
  }

  /** The sBG model of the same α and β: this model at c = 1. */
  public ShiftedBetaGeometricModel atC1() {
    return ShiftedBetaGeometricModel.of(alpha, beta);
  }

  @Override
  public String name() {
    return "bdw";
  }

  @Override
  public Map<String, Double> parameters() {
    return Models.parameters(NAMES, alpha, beta, c);
  }

  /**
   * Fits the model to a cohort's survivor counts {@code N0 ≥ N1 ≥ … ≥ Nk ≥ 0}, N0 &gt; 0, k ≥ 2 (a
   * shape needs two churn rates), with the {@link DefaultPenalizer} for the cohort size.
   *
   * @throws ModelFitException when the counts are not such a sequence, or nobody churned
   */
  public static FitResult<BetaDiscreteWeibullModel> fit(long... survivors) {
    return fit(
        survivors,
        survivors.length == 0 ? 0.0 : DefaultPenalizer.forCustomers((double) survivors[0]));
  }

  /** As {@link #fit(long...)} with an L2 penalizer (0 for none). */
  public static FitResult<BetaDiscreteWeibullModel> fit(long[] survivors, double penalizer) {
    Objects.requireNonNull(survivors, "survivors must not be null");
    long[] n = survivors.clone();
    ShiftedBetaGeometricModel.checkSurvivors(n);
    if (n.length < 3) {
      throw new ModelFitException(
          "survivors must have a start count and at least two later counts for the shape c but had "
              + n.length
              + " values");
    }
    LogLikelihood ll =
        new LogLikelihood() {
          @Override
          public String[] names() {
            return NAMES.clone();
          }

          @Override
          public double value(double[] p) {
            return logLikelihood(p[0], p[1], p[2], n, null);
          }

          @Override
          public void gradient(double[] p, double[] g) {
            logLikelihood(p[0], p[1], p[2], n, g);
          }

          @Override
          public double observations() {
            return n[0];
          }
        };
    return MaximumLikelihood.fit(
        ll, new double[] {1, 1, 1}, penalizer, p -> new BetaDiscreteWeibullModel(p[0], p[1], p[2]));
  }

  /**
   * The log-likelihood of survivor counts, Σ_t (N_{t−1} − N_t) ln P(T = t) + N_k ln S(k), with
   * ∂/∂(α, β, c) in {@code grad} when not null.
   */
  static double logLikelihood(double a, double b, double c, long[] n, double[] grad) {
    int k = n.length - 1;
    double lab = logBeta(a, b);
    double psiAb = digamma(a + b);
    double psiB = digamma(b);
    // ln S(t) and its gradient for t = 0 … k
    double[] lnS = new double[k + 1];
    double[][] d = new double[k + 1][3];
    for (int t = 1; t <= k; t++) {
      double tc = Math.pow(t, c);
      lnS[t] = logBeta(a, b + tc) - lab;
      if (grad != null) {
        double psiAll = digamma(a + b + tc);
        double psiBt = digamma(b + tc);
        d[t][0] = psiAb - psiAll;
        d[t][1] = psiBt - psiAll - psiB + psiAb;
        d[t][2] = tc * Math.log(t) * (psiBt - psiAll);
      }
    }
    double sum = 0;
    double[] g = new double[3];
    for (int t = 1; t <= k; t++) {
      long died = n[t - 1] - n[t];
      if (died > 0) {
        double logQ = lnS[t] - lnS[t - 1];
        double lnP =
            lnS[t - 1]
                + (logQ > -0.693 ? Math.log(-Math.expm1(logQ)) : Math.log1p(-Math.exp(logQ)));
        sum += died * lnP;
        if (grad != null) {
          double q = Math.exp(logQ);
          for (int j = 0; j < 3; j++) {
            g[j] += died * (d[t - 1][j] - q * d[t][j]) / (1 - q);
          }
        }
      }
    }
    if (n[k] > 0) {
      sum += n[k] * lnS[k];
      for (int j = 0; j < 3; j++) {
        g[j] += n[k] * d[k][j];
      }
    }
    if (grad != null) {
      System.arraycopy(g, 0, grad, 0, 3);
    }
    return sum;
  }

  /** S(t): the share of a cohort still active after {@code t ≥ 0} periods, B(α, β+t^c)/B(α, β). */
  public double survival(int t) {
    checkPeriod(t, 0);
    return t == 0 ? 1 : Math.exp(logBeta(alpha, beta + Math.pow(t, c)) - logBeta(alpha, beta));
  }

  /** P(T = t) = S(t−1) − S(t): the probability of churning at the end of period {@code t ≥ 1}. */
  public double churnProbability(int t) {
    checkPeriod(t, 1);
    return Math.max(0, survival(t - 1) - survival(t));
  }

  /** r_t = S(t)/S(t−1): the retention rate of period {@code t ≥ 1}. */
  public double retentionRate(int t) {
    checkPeriod(t, 1);
    double lb = logBeta(alpha, beta);
    double prev = t == 1 ? 0 : logBeta(alpha, beta + Math.pow(t - 1, c)) - lb;
    return Math.exp(logBeta(alpha, beta + Math.pow(t, c)) - lb - prev);
  }

  /**
   * The expected survivors of a cohort of {@code size} customers after 0 … {@code periods} periods
   * (length periods + 1): size · S(t), customers.
   */
  public double[] projectedSurvivors(double size, int periods) {
    if (!(size > 0) || Double.isInfinite(size)) {
      throw new IllegalArgumentException("size must be positive and finite but was: " + size);
    }
    checkPeriod(periods, 0);
    double[] out = new double[periods + 1];
    for (int t = 0; t <= periods; t++) {
      out[t] = size * survival(t);
    }
    return out;
  }

  private static void checkPeriod(int t, int min) {
    if (t < min) {
      throw new IllegalArgumentException("period must be at least " + min + " but was: " + t);
    }
  }

  /**
   * Draws a cohort of {@code size} customers and returns its survivor counts over {@code periods}
   * periods (length periods + 1): θ ~ Beta(α, β), and a customer churns at the first t with (1 −
   * θ)^{t^c} below a uniform draw. Deterministic for a seed.
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
      double u = 1 - random.nextDouble(); // (0, 1]
      // survives t periods while (1 − θ)^{t^c} ≥ u, i.e. t^c ≤ ln u / ln(1 − θ)
      double limit = Math.log(u) / Math.log1p(-theta);
      for (int t = 0; t <= periods; t++) {
        if (t > 0 && Math.pow(t, c) > limit) {
          break;
        }
        survivors[t]++;
      }
    }
    return survivors;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "BdW(alpha=%.4f, beta=%.4f, c=%.4f)", alpha, beta, c);
  }
}
