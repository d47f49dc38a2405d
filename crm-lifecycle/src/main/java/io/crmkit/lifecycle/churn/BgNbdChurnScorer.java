package io.crmkit.lifecycle.churn;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.lifecycle.model.BgNbdModel;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Churn = 1 − P(alive | x, t_x, T) of a fitted BG/NBD model (Fader, Hardie &amp; Lee 2005, eq. 11).
 * The model must have been fitted in the time unit of the summaries scored. Note that BG/NBD
 * considers a customer without repeat purchases certainly alive (churn 0): drop-out happens only
 * after a purchase in that model.
 *
 * @since 0.1
 */
public record BgNbdChurnScorer(BgNbdModel model) implements ChurnScorer {

  /** Checks the model is not null. */
  public BgNbdChurnScorer {
    Objects.requireNonNull(model, "model must not be null");
  }

  /** Scores churn as 1 − P(alive) under the fitted BG/NBD {@code model}. */
  public static BgNbdChurnScorer of(BgNbdModel model) {
    return new BgNbdChurnScorer(model);
  }

  @Override
  public String name() {
    return "bg/nbd";
  }

  @Override
  public double probability(CustomerSummaries population, int row) {
    return clamp(
        1.0
            - model.probabilityAlive(
                population.frequency(row), population.recency(row), population.age(row)));
  }

  private static double clamp(double p) {
    return Math.max(0, Math.min(1, p));
  }

  @Override
  public double[] probabilities(CustomerSummaries population) {
    int[] x = population.frequencies();
    double[] tx = population.recencies();
    double[] age = population.ages();
    double[] out = new double[x.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = clamp(1.0 - model.probabilityAlive(x[i], tx[i], age[i]));
    }
    return out;
  }

  @Override
  public List<Reason> reasons(CustomerSummaries population, int row) {
    double p = probability(population, row);
    String unit = population.unit().name();
    return List.of(
        Reason.of(
            "p_alive",
            String.format(
                Locale.ROOT,
                "P(alive) %.2f: %d repeat purchases in %.1f %s, silent for the last %.1f %s",
                1 - p,
                population.frequency(row),
                population.recency(row),
                unit,
                population.timeSinceLastPurchase(row),
                unit),
            p));
  }

  @Override
  public String toString() {
    return "BgNbdChurnScorer[" + model + "]";
  }
}
