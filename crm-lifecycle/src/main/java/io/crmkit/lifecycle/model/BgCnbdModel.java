package io.crmkit.lifecycle.model;

import io.crmkit.core.summary.CustomerSummaries;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The BG/CNBD-k model of regular repeat buying (Reutterer, Platzer &amp; Schröder 2021, "Leveraging
 * purchase regularity for predicting customer behavior the easy way", IJRM 38(1); BTYDplus's {@code
 * bgcnbd}): as BG/NBD, but the times between purchases are Erlang-k, the sum of k exponential times
 * of rate λ ~ Gamma(r, α), so a customer buys at the rate λ/k and the more regularly the larger k
 * is. After each purchase the customer drops out with probability p ~ Beta(a, b). Times are in the
 * unit of the data (e.g. weeks); λ is per unit.
 *
 * <p>k = 1 is BG/NBD: every method then gives exactly {@link BgNbdModel}'s numbers. k is chosen by
 * profile likelihood over k = 1…K ({@link #fit(RegularityData, int, double)}), which needs the sum
 * of the log interpurchase times of each customer ({@link RegularityData}). On CDNOW the profile
 * chooses k = 1, as BTYDplus's {@code demo("cdnow")} reports ("no regularity detected for CDNow").
 *
 * <p>For k &gt; 1 the future of an alive customer depends on how far the Erlang clock has run since
 * the last purchase, so on t_x as well: {@link #expectedPurchases(double, double, double, double)},
 * {@link #probabilityOfPurchases(int, double, double, double, double)} and {@link
 * #probabilityAliveAt(double, double, double, double)} mix over the clock's posterior phase, and
 * {@link #expectedPurchasesIfAlive} and {@link #probabilitySurvives}, which see only x and T, are
 * those of a customer whose clock restarts at T (as just after a purchase): a lower bound of the
 * expectation.
 *
 * @param k the degree of regularity, a whole number from 1 to 50
 * @param r the shape of the gamma distribution of λ
 * @param alpha the scale of that distribution, in the data's time unit
 * @param a the first shape of the beta distribution of p
 * @param b the second shape of that distribution
 * @since 0.1
 */
public record BgCnbdModel(int k, double r, double alpha, double a, double b)
    implements TransactionModel {

  static final String[] NAMES = {"k", "r", "alpha", "a", "b"};
  private static final boolean MBG = false;

  /** Checks k is in 1…50 and the other parameters positive and finite. */
  public BgCnbdModel {
    CnbdKernel.checkK(k);
    Models.checkPositive(BgNbdModel.NAMES, r, alpha, a, b);
  }

  /** The model of degree {@code k} (1…50) with positive r, alpha, a, b. */
  public static BgCnbdModel of(int k, double r, double alpha, double a, double b) {
    return new BgCnbdModel(k, r, alpha, a, b);
  }

  @Override
  public String name() {
    return "bgcnbd";
  }

  /** k, r, alpha, a, b (k as a whole number). */
  @Override
  public Map<String, Double> parameters() {
    return Models.parameters(NAMES, k, r, alpha, a, b);
  }

  /** The BG/NBD model of the same r, α, a, b: this model at k = 1. */
  public BgNbdModel atK1() {
    return BgNbdModel.of(r, alpha, a, b);
  }

  private double[] p() {
    return new double[] {r, alpha, a, b};
  }

  /**
   * Fits k = 1…12 (stopping early as BTYDplus) and keeps the largest likelihood (the profile of k),
   * with the {@link DefaultPenalizer} for the number of customers.
   */
  public static FitResult<BgCnbdModel> fit(RegularityData data) {
    Objects.requireNonNull(data, "data must not be null");
    return fit(data, 12, DefaultPenalizer.forCustomers(data.size()));
  }

  /**
   * The profile-likelihood fit: k = 1…{@code maxK} (at most 50), each maximising the likelihood in
   * (r, α, a, b), and the k of largest log-likelihood (which includes (k−1) Σ litt − Σx ln (k−1)!).
   * As BTYDplus's grid search it stops once the log-likelihood has fallen for two k in a row
   * ({@link #fitEach} fits every k). The result's standard errors are those of (r, α, a, b) given
   * that k.
   *
   * @throws ModelFitException on degenerate data (e.g. all frequencies zero)
   */
  public static FitResult<BgCnbdModel> fit(RegularityData data, int maxK, double penalizer) {
    return CnbdFits.best(CnbdFits.profile(data, MBG, maxK, penalizer, BgCnbdModel::create, true));
  }

  /**
   * The fits for k = 1…{@code maxK}, in order: the profile likelihood of k; it ends before the
   * first k whose fit fails (as BTYDplus's grid search).
   */
  public static List<FitResult<BgCnbdModel>> fitEach(
      RegularityData data, int maxK, double penalizer) {
    return CnbdFits.fitEach(data, MBG, maxK, penalizer, BgCnbdModel::create);
  }

  /** The fit for a given k (k = 1: the BG/NBD fit). */
  public static FitResult<BgCnbdModel> fitWithK(RegularityData data, int k, double penalizer) {
    return CnbdFits.fit(data, MBG, k, penalizer, BgCnbdModel::create, null);
  }

  private static BgCnbdModel create(int k, double[] p) {
    return new BgCnbdModel(k, p[0], p[1], p[2], p[3]);
  }

  /** The log-likelihood of (r, α, a, b) for degree k over {@code data}, with gradient. */
  public static LogLikelihood likelihood(RegularityData data, int k) {
    Objects.requireNonNull(data, "data must not be null");
    return CnbdLikelihood.of(CnbdKernel.checkK(k), MBG, data);
  }

  /**
   * The log-likelihood of one customer's history without the factor of its interpurchase times,
   * e^{(k−1) litt − x ln (k−1)!}, which does not depend on (r, α, a, b) (and is 1 at k = 1, where
   * this is BG/NBD's). See {@link #logLikelihood(double, double, double, double)}.
   */
  @Override
  public double logLikelihood(double x, double tx, double age) {
    TransactionModel.checkHistory(x, tx, age);
    if (k == 1) {
      return atK1().logLikelihood(x, tx, age);
    }
    return CnbdKernel.logKernel(k, MBG, p(), x, tx, age, null);
  }

  /** The full log-likelihood of one customer whose interpurchase times' logs sum to litt. */
  public double logLikelihood(double x, double tx, double age, double litt) {
    return logLikelihood(x, tx, age) + (k - 1) * litt - x * CnbdKernel.logFactorial(k - 1);
  }

  /** ln L without the litt factor, ∂/∂(r, α, a, b) into grad when not null (for tests). */
  static double logKernel(int k, double[] p, double x, double tx, double age, double[] grad) {
    return CnbdKernel.logKernel(k, MBG, p, x, tx, age, grad);
  }

  /** P(alive at T | x, t_x, T): the alive share of the likelihood. */
  @Override
  public double probabilityAlive(double x, double tx, double age) {
    TransactionModel.checkHistory(x, tx, age);
    if (k == 1) {
      return atK1().probabilityAlive(x, tx, age);
    }
    double[] w = CnbdKernel.posterior(k, MBG, p(), x, tx, age);
    return Math.max(0, Math.min(1, 1 - w[k]));
  }

  @Override
  public double expectedPurchases(double t, double x, double tx, double age) {
    TransactionModel.checkHorizon(t);
    TransactionModel.checkHistory(x, tx, age);
    if (k == 1) {
      return atK1().expectedPurchases(t, x, tx, age);
    }
    if (t == 0) {
      return 0;
    }
    double[] w = CnbdKernel.posterior(k, MBG, p(), x, tx, age);
    double[] m = new double[2];
    double sum = 0;
    for (int j = 0; j < k; j++) {
      if (w[j] > 0) {
        CnbdKernel.aliveMoments(k, j, r + k * x + j, alpha + age, a, b + x, t, m);
        sum += w[j] * m[0];
      }
    }
    return sum;
  }

  /** Exact per row for k &gt; 1 (the phase depends on t_x); as the interface's default at k = 1. */
  @Override
  public double[] expectedPurchases(double t, CustomerSummaries s) {
    if (k == 1) {
      return TransactionModel.super.expectedPurchases(t, s);
    }
    Objects.requireNonNull(s, "summaries must not be null");
    TransactionModel.checkHorizon(t);
    double[] out = new double[s.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = expectedPurchases(t, s.frequency(i), s.recency(i), s.age(i));
    }
    return out;
  }

  /**
   * E[purchases in (T, T + t] | alive at T] of a customer whose Erlang clock restarts at T (exact
   * at k = 1, a lower bound for k &gt; 1; see the class comment).
   */
  @Override
  public double expectedPurchasesIfAlive(double t, double x, double age) {
    TransactionModel.checkHorizon(t);
    if (k == 1) {
      return atK1().expectedPurchasesIfAlive(t, x, age);
    }
    double[] m = new double[2];
    CnbdKernel.aliveMoments(k, 0, r + k * x, alpha + age, a, b + x, t, m);
    return m[0];
  }

  @Override
  public double expectedPurchasesNewCustomer(double t) {
    TransactionModel.checkHorizon(t);
    if (k == 1) {
      return atK1().expectedPurchasesNewCustomer(t);
    }
    double[] m = new double[2];
    CnbdKernel.aliveMoments(k, 0, r, alpha, a, b, t, m);
    return m[0];
  }

  @Override
  public double probabilityOfPurchases(int n, double t, double x, double tx, double age) {
    PurchaseCounts.checkCount(n);
    TransactionModel.checkHorizon(t);
    TransactionModel.checkHistory(x, tx, age);
    if (k == 1) {
      return atK1().probabilityOfPurchases(n, t, x, tx, age);
    }
    if (t == 0) {
      return n == 0 ? 1 : 0;
    }
    double[] w = CnbdKernel.posterior(k, MBG, p(), x, tx, age);
    double sum = n == 0 ? w[k] : 0;
    for (int j = 0; j < k; j++) {
      if (w[j] > 0) {
        sum += w[j] * CnbdKernel.aliveProbability(k, j, r + k * x + j, alpha + age, a, b + x, n, t);
      }
    }
    return Math.max(0, Math.min(1, sum));
  }

  @Override
  public double probabilityOfPurchasesNewCustomer(int n, double t) {
    PurchaseCounts.checkCount(n);
    TransactionModel.checkHorizon(t);
    if (k == 1) {
      return atK1().probabilityOfPurchasesNewCustomer(n, t);
    }
    if (t == 0) {
      return n == 0 ? 1 : 0;
    }
    return Math.min(1, CnbdKernel.aliveProbability(k, 0, r, alpha, a, b, n, t));
  }

  /** P(alive at T + t | alive at T) of a customer whose clock restarts at T (see the class). */
  @Override
  public double probabilitySurvives(double t, double x, double age) {
    TransactionModel.checkHorizon(t);
    TransactionModel.checkHistory(x, 0, age);
    if (k == 1) {
      return atK1().probabilitySurvives(t, x, age);
    }
    double[] m = new double[2];
    CnbdKernel.aliveMoments(k, 0, r + k * x, alpha + age, a, b + x, t, m);
    return m[1];
  }

  /** P(alive at T + t | x, t_x, T), mixing over the clock's phase at T for k &gt; 1. */
  @Override
  public double probabilityAliveAt(double t, double x, double tx, double age) {
    TransactionModel.checkHorizon(t);
    TransactionModel.checkHistory(x, tx, age);
    if (k == 1) {
      return atK1().probabilityAliveAt(t, x, tx, age);
    }
    double[] w = CnbdKernel.posterior(k, MBG, p(), x, tx, age);
    if (t == 0) {
      return Math.max(0, Math.min(1, 1 - w[k]));
    }
    double[] m = new double[2];
    double sum = 0;
    for (int j = 0; j < k; j++) {
      if (w[j] > 0) {
        CnbdKernel.aliveMoments(k, j, r + k * x + j, alpha + age, a, b + x, t, m);
        sum += w[j] * m[1];
      }
    }
    return Math.max(0, Math.min(1, sum));
  }

  /** Draws histories (x, t_x, T) of customers observed for {@code ages[i]}; see {@link #draw}. */
  @Override
  public WeightedData simulate(double[] ages, long seed) {
    RegularityData d = draw(ages, seed);
    double[] x = new double[d.size()];
    double[] tx = new double[d.size()];
    double[] w = new double[d.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = d.x(i);
      tx[i] = d.tx(i);
      w[i] = 1;
    }
    return WeightedData.of(x, tx, ages.clone(), w);
  }

  /**
   * Draws customers with their regularity: customer {@code i} is observed for {@code ages[i]} from
   * a first purchase at 0, with Erlang-k interpurchase times. Deterministic for a seed.
   */
  public RegularityData draw(double[] ages, long seed) {
    Objects.requireNonNull(ages, "ages must not be null");
    double[][] c = CnbdKernel.simulate(k, MBG, r, alpha, a, b, ages, seed);
    return RegularityData.of(c[0], c[1], c[2], c[3]);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "BG/CNBD-k(k=%d, r=%.4f, alpha=%.4f, a=%.4f, b=%.4f)", k, r, alpha, a, b);
  }
}
