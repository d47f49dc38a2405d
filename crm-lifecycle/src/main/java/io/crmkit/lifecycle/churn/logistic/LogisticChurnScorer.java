package io.crmkit.lifecycle.churn.logistic;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.lifecycle.churn.ChurnScorer;
import io.crmkit.lifecycle.churn.Reason;
import java.util.List;
import java.util.Objects;

/**
 * A {@link ChurnScorer} over a fitted {@link LogisticModel} and the features of a population: row
 * {@code i} of the {@link DesignMatrix} belongs to row {@code i} of the summaries scored (checked
 * by size, and by customer id when the matrix carries ids). Reasons are the top contributions in
 * log-odds against a customer at the training means.
 *
 * <p>Scoring a whole population checks the size, and the ids of the first, the last and every
 * 1,024th row (a full check would cost an id string per customer); scoring one row checks that row.
 *
 * @since 0.1
 */
public final class LogisticChurnScorer implements ChurnScorer {

  private final LogisticModel model;
  private final DesignMatrix features;
  private final int topReasons;

  private LogisticChurnScorer(LogisticModel model, DesignMatrix features, int topReasons) {
    this.model = Objects.requireNonNull(model, "model must not be null");
    this.features = Objects.requireNonNull(features, "features must not be null");
    if (topReasons < 0) {
      throw new IllegalArgumentException("topReasons must not be negative but was: " + topReasons);
    }
    this.topReasons = topReasons;
    model.columnIndices(features); // every model column must be present
  }

  /** Scores the population whose features are {@code features}; three reasons per customer. */
  public static LogisticChurnScorer of(LogisticModel model, DesignMatrix features) {
    return new LogisticChurnScorer(model, features, 3);
  }

  /** The same scorer giving {@code top} reasons per customer. */
  public LogisticChurnScorer withTopReasons(int top) {
    return new LogisticChurnScorer(model, features, top);
  }

  /** The fitted logistic model this scorer applies. */
  public LogisticModel model() {
    return model;
  }

  @Override
  public String name() {
    return "logistic";
  }

  private void checkAligned(CustomerSummaries population, int row) {
    if (population.size() != features.rows()) {
      throw new IllegalArgumentException(
          "population must have one row per feature row ("
              + features.rows()
              + ") but had "
              + population.size());
    }
    if (row < 0) {
      return;
    }
    features
        .ids()
        .ifPresent(
            ids -> {
              if (!ids.get(row).equals(population.id(row))) {
                throw new IllegalArgumentException(
                    "feature row "
                        + row
                        + " belongs to customer "
                        + ids.get(row)
                        + " but the population's row "
                        + row
                        + " is customer "
                        + population.id(row));
              }
            });
  }

  @Override
  public double probability(CustomerSummaries population, int row) {
    checkAligned(population, row);
    return model.probability(features, row);
  }

  @Override
  public double[] probabilities(CustomerSummaries population) {
    Objects.requireNonNull(population, "population must not be null");
    int n = population.size();
    for (int i = 0; i < n; i += 1024) {
      checkAligned(population, i);
    }
    if (n > 0) {
      checkAligned(population, n - 1);
    } else {
      checkAligned(population, -1);
    }
    return model.probabilities(features);
  }

  @Override
  public List<Reason> reasons(CustomerSummaries population, int row) {
    checkAligned(population, row);
    return model.contributions(features, row, topReasons);
  }

  @Override
  public String toString() {
    return "LogisticChurnScorer[" + model.names() + " over " + features.rows() + " customers]";
  }
}
