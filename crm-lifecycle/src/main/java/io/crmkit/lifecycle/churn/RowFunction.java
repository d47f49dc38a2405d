package io.crmkit.lifecycle.churn;

import io.crmkit.core.summary.CustomerSummaries;

/**
 * A number computed for one row of a population of {@link CustomerSummaries}, without boxing: the
 * shape of a fitted model's P(alive) or of any per-customer column.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface RowFunction {

  /** The value for row {@code row} of {@code population}. */
  double applyAsDouble(CustomerSummaries population, int row);
}
