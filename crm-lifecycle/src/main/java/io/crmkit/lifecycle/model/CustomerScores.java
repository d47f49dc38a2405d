package io.crmkit.lifecycle.model;

import java.util.Locale;
import java.util.Objects;

/**
 * The scores of every customer of a summary table, in its row order, from one pass ({@link
 * CustomerLifetimeValue#score}): P(alive), expected purchases over {@code horizon} and the lifetime
 * value (currency units of the spend model).
 *
 * @param probabilityAlive P(alive | x, t_x, T) per customer, in [0, 1]
 * @param expectedPurchases expected purchases in the next {@code horizon} time units per customer
 * @param lifetimeValue the CLV per customer, in currency units
 * @param horizon the horizon of {@code expectedPurchases}, in the model's time unit
 * @since 0.1
 */
public record CustomerScores(
    double[] probabilityAlive, double[] expectedPurchases, double[] lifetimeValue, double horizon) {

  /** Checks the three score columns are not null and of one length, and the horizon is valid. */
  public CustomerScores {
    Objects.requireNonNull(probabilityAlive, "probabilityAlive must not be null");
    Objects.requireNonNull(expectedPurchases, "expectedPurchases must not be null");
    Objects.requireNonNull(lifetimeValue, "lifetimeValue must not be null");
    if (expectedPurchases.length != probabilityAlive.length
        || lifetimeValue.length != probabilityAlive.length) {
      throw new IllegalArgumentException(
          "score columns must have one length but had "
              + probabilityAlive.length
              + ", "
              + expectedPurchases.length
              + ", "
              + lifetimeValue.length);
    }
    TransactionModel.checkHorizon(horizon);
  }

  /** The number of customers scored. */
  public int size() {
    return probabilityAlive.length;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "CustomerScores[%d customers, expected purchases over %s units]",
        size(),
        horizon);
  }
}
