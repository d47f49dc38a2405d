package io.crmkit.lifecycle.churn;

import io.crmkit.core.summary.CustomerSummaries;
import java.util.List;
import java.util.Objects;

/**
 * Scores how likely a customer is to churn: a probability in [0, 1] (1 = certainly gone or about to
 * go) for a row of a population of {@link CustomerSummaries}, with a risk band and the reasons
 * behind it.
 *
 * <p>Implementations must return a value in [0, 1] (never NaN) for every row, and must be
 * deterministic: the same population and row give the same probability. {@link #probabilities} must
 * equal {@link #probability} row by row; implementations override it when a whole population can be
 * scored faster (population statistics computed once, no object per row). {@link #reasons} may be
 * empty. Scorers compose with {@link #maximum} and {@link #weightedBlend}.
 *
 * @since 0.1
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

  /** The reasons behind the score of row {@code row}, most important first; empty by default. */
  default List<Reason> reasons(CustomerSummaries population, int row) {
    Objects.requireNonNull(population, "population must not be null");
    Objects.checkIndex(row, population.size());
    return List.of();
  }

  /** Probability, band among {@link RiskBands#standard()} and reasons of row {@code row}. */
  default ChurnAssessment assess(CustomerSummaries population, int row) {
    return assess(population, row, RiskBands.standard());
  }

  /** Probability, band among {@code bands} and reasons of row {@code row}. */
  default ChurnAssessment assess(CustomerSummaries population, int row, RiskBands bands) {
    Objects.requireNonNull(population, "population must not be null");
    Objects.requireNonNull(bands, "bands must not be null");
    double p = probability(population, row);
    return new ChurnAssessment(
        population.customerId(row), name(), p, bands.bandOf(p), reasons(population, row));
  }

  /**
   * A scorer from any buy-till-you-die model: churn = 1 − P(alive), {@code probabilityAlive} giving
   * P(alive) in [0, 1] of a row (e.g. {@code (s, i) -> model.probabilityAlive(s.frequency(i),
   * s.recency(i), s.age(i))}).
   */
  static ChurnScorer fromProbabilityAlive(String name, RowFunction probabilityAlive) {
    return new ProbabilityAliveScorer(name, probabilityAlive);
  }

  /** The highest probability any of {@code scorers} gives; reasons are those of that scorer. */
  static ChurnScorer maximum(List<? extends ChurnScorer> scorers) {
    return CompositeScorer.maximum(scorers);
  }

  /** The highest probability any of {@code scorers} gives. */
  static ChurnScorer maximum(ChurnScorer first, ChurnScorer... more) {
    Objects.requireNonNull(more, "more must not be null");
    ChurnScorer[] all = new ChurnScorer[more.length + 1];
    all[0] = first;
    System.arraycopy(more, 0, all, 1, more.length);
    return CompositeScorer.maximum(List.of(all));
  }

  /**
   * The weighted mean of the scorers' probabilities: weights are not negative, not all zero, and
   * are normalised to sum to 1 ({@code weights[i]} belongs to {@code scorers.get(i)}).
   */
  static ChurnScorer weightedBlend(List<? extends ChurnScorer> scorers, double... weights) {
    return CompositeScorer.weighted(scorers, weights);
  }
}
