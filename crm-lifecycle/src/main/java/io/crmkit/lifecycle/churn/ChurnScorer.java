package io.crmkit.lifecycle.churn;

import io.crmkit.core.summary.CustomerSummaries;
import java.util.Objects;

/**
 * Scores how likely a customer is to churn: a probability in [0, 1] (1 = certainly gone or about
 * to go) for a row of a population of {@link CustomerSummaries}.
 *
 * <p>Implementations must return a value in [0, 1] (never NaN) for every row, and must be
 * deterministic: the same population and row give the same probability.
 */
public interface ChurnScorer {

  /** A short name for reports, e.g. {@code "bg/nbd"} or {@code "inactivity(k=3)"}. */
  String name();

  /** The churn probability of row {@code row} of {@code population}, in [0, 1]. */
  double probability(CustomerSummaries population, int row);

  /** The churn probability of every row of {@code population}, in row order. */
  default double[] probabilities(CustomerSummaries population) {
    Objects.requireNonNull(population, "population must not be null");
    double[] p = new double[population.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = probability(population, i);
    }
    return p;
  }
}
