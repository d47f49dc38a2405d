package io.crmkit.lifecycle.churn;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.lifecycle.model.BgNbdModel;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Churn as "no purchase in the next {@code horizon} units" under a fitted BG/NBD model: {@code
 * P(X(t) = 0 | x, t_x, T) = 1 − P(alive) (1 − ((α+T)/(α+T+t))^(r+x))}. While alive a customer's
 * rate is Gamma(r+x, α+T) a posteriori and BG/NBD drops customers out only at a purchase, so an
 * alive customer makes no purchase in t with probability {@code ((α+T)/(α+T+t))^(r+x)}; a customer
 * who has dropped out makes none. Unlike {@link BgNbdChurnScorer} this also ranks single-purchase
 * customers (who are alive for BG/NBD). Times are in the unit the model was fitted in.
 *
 * @since 0.1
 */
public record BgNbdNoPurchaseScorer(BgNbdModel model, double horizon) implements ChurnScorer {

  /**
   * Checks the model is not null and the horizon (in the summaries' time unit) is positive and
   * finite.
   */
  public BgNbdNoPurchaseScorer {
    Objects.requireNonNull(model, "model must not be null");
    if (!(horizon > 0) || Double.isInfinite(horizon)) {
      throw new IllegalArgumentException("horizon must be positive and finite but was: " + horizon);
    }
  }

  /** P(no purchase in the next {@code horizon} units). */
  public static BgNbdNoPurchaseScorer within(BgNbdModel model, double horizon) {
    return new BgNbdNoPurchaseScorer(model, horizon);
  }

  @Override
  public String name() {
    return String.format(
        Locale.ROOT, "bg/nbd P(no purchase in %s)", FormatNumbers.compact(horizon));
  }

  @Override
  public double probability(CustomerSummaries population, int row) {
    return score(population.frequency(row), population.recency(row), population.age(row));
  }

  private double score(int x, double tx, double age) {
    double alive = model.probabilityAlive(x, tx, age);
    double quiet =
        Math.exp(
            (model.r() + x) * Math.log((model.alpha() + age) / (model.alpha() + age + horizon)));
    return Math.max(0, Math.min(1, 1 - alive * (1 - quiet)));
  }

  @Override
  public double[] probabilities(CustomerSummaries population) {
    int[] x = population.frequencies();
    double[] tx = population.recencies();
    double[] age = population.ages();
    double[] out = new double[x.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = score(x[i], tx[i], age[i]);
    }
    return out;
  }

  @Override
  public List<Reason> reasons(CustomerSummaries population, int row) {
    double p = probability(population, row);
    String unit = population.unit().name();
    int x = population.frequency(row);
    return List.of(
        Reason.of(
            "p_no_purchase",
            String.format(
                Locale.ROOT,
                "P(alive) %.2f and expected quiet for %s %s: %d repeat purchases, silent for the last %.1f %s",
                model.probabilityAlive(x, population.recency(row), population.age(row)),
                FormatNumbers.compact(horizon),
                unit,
                x,
                population.timeSinceLastPurchase(row),
                unit),
            p));
  }

  @Override
  public String toString() {
    return "BgNbdNoPurchaseScorer[" + model + ", horizon " + horizon + "]";
  }
}
