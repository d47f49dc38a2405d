package io.crmkit.lifecycle.churn;

import io.crmkit.core.summary.CustomerSummaries;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Churn = 1 − P(alive) from a buy-till-you-die model given as a {@link RowFunction}. */
final class ProbabilityAliveScorer implements ChurnScorer {

  private final String name;
  private final RowFunction probabilityAlive;

  ProbabilityAliveScorer(String name, RowFunction probabilityAlive) {
    this.name = Objects.requireNonNull(name, "name must not be null");
    this.probabilityAlive =
        Objects.requireNonNull(probabilityAlive, "probabilityAlive must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank but was: '" + name + "'");
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public double probability(CustomerSummaries population, int row) {
    return 1.0 - alive(population, row);
  }

  private double alive(CustomerSummaries population, int row) {
    double alive = probabilityAlive.applyAsDouble(population, row);
    if (!(alive >= 0 && alive <= 1)) {
      throw new IllegalStateException(
          "P(alive) of "
              + name
              + " for customer "
              + population.id(row)
              + " must be in [0, 1] but was: "
              + alive);
    }
    return alive;
  }

  @Override
  public List<Reason> reasons(CustomerSummaries population, int row) {
    double alive = alive(population, row);
    return List.of(
        Reason.of(
            "p_alive",
            String.format(
                Locale.ROOT,
                "%s P(alive) %.2f after %d repeat purchases, silent %.1f %s",
                name,
                alive,
                population.frequency(row),
                population.timeSinceLastPurchase(row),
                population.unit()),
            1.0 - alive));
  }

  @Override
  public String toString() {
    return "ChurnScorer[" + name + " = 1 - P(alive)]";
  }
}
