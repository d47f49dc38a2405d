package io.crmkit.lifecycle.clv;

import io.crmkit.core.summary.CustomerSummaries;
import java.util.Objects;

/**
 * A fitted model of the transaction process and dropout of customers in a non-contractual
 * setting (a "buy till you die" model): BG/NBD, MBG/NBD, Pareto/NBD, BG/BB. A customer's history
 * is (x, t_x, T): x repeat purchases, the last at t_x, observed for T since the first purchase, in
 * the time unit the model was fitted in (for BG/BB: whole purchase opportunities).
 *
 * <p>Implementations are immutable and thread-safe; per-customer methods are pure functions, and
 * the vectorised defaults apply them to the columns of {@link CustomerSummaries}.
 */
public interface TransactionModel extends ParametricModel {

  /** The log-likelihood of one customer's history (x, t_x, T) under the model. */
  double logLikelihood(double x, double tx, double age);

  /** P(alive | x, t_x, T), in [0, 1]. */
  double probabilityAlive(double x, double tx, double age);

  /** E[purchases in (T, T + t] | x, t_x, T]: expected purchases in the next {@code t} units. */
  double expectedPurchases(double t, double x, double tx, double age);

  /** E[purchases in (0, t]] of a customer just acquired. */
  double expectedPurchasesNewCustomer(double t);

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

  /** Expected purchases in the next {@code t} units for every row of the summaries. */
  default double[] expectedPurchases(double t, CustomerSummaries s) {
    Objects.requireNonNull(s, "summaries must not be null");
    double[] out = new double[s.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = expectedPurchases(t, s.frequency(i), s.recency(i), s.age(i));
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
      throw new IllegalArgumentException("T must be finite and at least t_x = " + tx + " but was: " + age);
    }
  }
}
