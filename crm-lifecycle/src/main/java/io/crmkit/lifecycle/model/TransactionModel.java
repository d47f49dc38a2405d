package io.crmkit.lifecycle.model;

import io.crmkit.core.summary.CustomerSummaries;
import java.util.Objects;

/**
 * A fitted model of the transaction process and dropout of customers in a non-contractual setting
 * (a "buy till you die" model): BG/NBD, MBG/NBD, Pareto/NBD, BG/BB. A customer's history is (x,
 * t_x, T): x repeat purchases, the last at t_x, observed for T since the first purchase, in the
 * time unit the model was fitted in (for BG/BB: whole purchase opportunities).
 *
 * <p>Implementations are immutable and thread-safe; per-customer methods are pure functions, and
 * the vectorised defaults apply them to the columns of {@link CustomerSummaries}.
 *
 * @since 0.1
 */
public interface TransactionModel extends ParametricModel {

  /** The log-likelihood of one customer's history (x, t_x, T) under the model. */
  double logLikelihood(double x, double tx, double age);

  /** P(alive | x, t_x, T), in [0, 1]. */
  double probabilityAlive(double x, double tx, double age);

  /** E[purchases in (T, T + t] | x, t_x, T]: expected purchases in the next {@code t} units. */
  double expectedPurchases(double t, double x, double tx, double age);

  /**
   * E[purchases in (T, T + t] | alive at T, x, T]: the expectation of a customer known to be alive
   * at the end of observation. It depends on the history only through x and T, and {@code
   * expectedPurchases(t, x, t_x, T) = probabilityAliveAtEnd(x, t_x, T) ·
   * expectedPurchasesIfAlive(t, x, T)}, which lets vectorised scoring share work between customers
   * with the same (x, T).
   */
  double expectedPurchasesIfAlive(double t, double x, double age);

  /**
   * P(alive at T | x, t_x, T). The same as {@link #probabilityAlive} for the continuous-time
   * models; BG/BB's {@code probabilityAlive} looks one opportunity ahead, this does not.
   */
  default double probabilityAliveAtEnd(double x, double tx, double age) {
    return probabilityAlive(x, tx, age);
  }

  /** E[purchases in (0, t]] of a customer just acquired. */
  double expectedPurchasesNewCustomer(double t);

  /**
   * P(exactly {@code n} purchases in (T, T + t] | x, t_x, T), {@code t} in the model's time unit:
   * the customer alive at T buys as a new customer with the posterior parameters, one already gone
   * buys nothing. Over n = 0, 1, … it sums to 1 and its mean is {@link #expectedPurchases(double,
   * double, double, double)}.
   *
   * @throws IllegalArgumentException when n is negative, t is not finite and non-negative or the
   *     history is invalid
   * @since 0.1
   */
  double probabilityOfPurchases(int n, double t, double x, double tx, double age);

  /**
   * P(exactly {@code n} purchases in (0, t]) of a customer just acquired; its mean is {@link
   * #expectedPurchasesNewCustomer(double)}.
   *
   * @since 0.1
   */
  double probabilityOfPurchasesNewCustomer(int n, double t);

  /**
   * P(alive at T + t | alive at T, x, T): the probability that a customer alive when observation
   * ends is still alive {@code t} time units later, 1 at t = 0 and non-increasing in t. Like {@link
   * #expectedPurchasesIfAlive} it depends on the history only through x and T.
   *
   * @since 0.1
   */
  double probabilitySurvives(double t, double x, double age);

  /**
   * P(alive at T + t | x, t_x, T): alive when observation ends ({@link #probabilityAliveAtEnd}) and
   * surviving the next {@code t} time units ({@link #probabilitySurvives}); at t = 0 it is P(alive
   * at T), and it does not increase with t.
   *
   * @throws IllegalArgumentException when t is not finite and non-negative or the history is
   *     invalid
   * @since 0.1
   */
  default double probabilityAliveAt(double t, double x, double tx, double age) {
    checkHorizon(t);
    double alive = probabilityAliveAtEnd(x, tx, age);
    return alive == 0 || t == 0 ? alive : alive * probabilitySurvives(t, x, age);
  }

  /**
   * Discounted expected residual transactions (DERT, Fader, Hardie &amp; Lee 2005): the customer's
   * expected future purchases, each discounted continuously to the end of calibration, ∫₀^∞ e^{−δt}
   * dE[X(T, T + t)], with {@code discountRate} δ per time unit of the model (e.g. 15% a year
   * compounded continuously is δ = ln(1.15)/52 ≈ 0.0027 a week). Multiplied by the expected margin
   * per purchase it is the customer's residual lifetime value. Computed by quadrature over {@link
   * #expectedPurchases(double, double, double, double)}.
   *
   * @throws IllegalArgumentException when the rate is not positive and finite or the history is
   *     invalid
   */
  default double discountedExpectedResidualTransactions(
      double discountRate, double x, double tx, double age) {
    return ResidualTransactions.discounted(this, discountRate, x, tx, age);
  }

  /**
   * Draws a population from the model: customer {@code i} is observed for {@code ages[i]} units
   * from a first purchase at 0. Deterministic for a given seed.
   */
  WeightedData simulate(double[] ages, long seed);

  /** P(alive) of every row of the summaries. */
  default double[] probabilityAlive(CustomerSummaries s) {
    Objects.requireNonNull(s, "summaries must not be null");
    double[] out = new double[s.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = probabilityAlive(s.frequency(i), s.recency(i), s.age(i));
    }
    return out;
  }

  /**
   * Expected purchases in the next {@code t} units for every row of the summaries; the part that
   * depends on (x, T) only is computed once per distinct pair.
   */
  default double[] expectedPurchases(double t, CustomerSummaries s) {
    Objects.requireNonNull(s, "summaries must not be null");
    checkHorizon(t);
    double[] out = new double[s.size()];
    PairCache cache = new PairCache(256);
    for (int i = 0; i < out.length; i++) {
      int x = s.frequency(i);
      double age = s.age(i);
      double ifAlive = cache.get(x, age);
      if (Double.isNaN(ifAlive)) {
        ifAlive = expectedPurchasesIfAlive(t, x, age);
        cache.put(x, age, ifAlive);
      }
      out[i] = ifAlive == 0 ? 0 : probabilityAliveAtEnd(x, s.recency(i), age) * ifAlive;
    }
    return out;
  }

  /** Checks a prediction horizon. */
  static void checkHorizon(double t) {
    if (!(t >= 0) || Double.isInfinite(t)) {
      throw new IllegalArgumentException("t must be finite and not negative but was: " + t);
    }
  }

  /** Checks a customer history (x, t_x, T). */
  static void checkHistory(double x, double tx, double age) {
    if (!(x >= 0) || x != Math.rint(x) || Double.isInfinite(x)) {
      throw new IllegalArgumentException("x must be a whole number not below 0 but was: " + x);
    }
    if (!(tx >= 0) || Double.isInfinite(tx)) {
      throw new IllegalArgumentException("t_x must be finite and not negative but was: " + tx);
    }
    if (!(age >= tx) || Double.isInfinite(age)) {
      throw new IllegalArgumentException(
          "T must be finite and at least t_x = " + tx + " but was: " + age);
    }
  }
}
