package io.crmkit.sales.forecast;

import io.crmkit.core.money.Money;
import io.crmkit.sales.pipeline.ForecastCategory;
import java.util.Currency;
import java.util.Objects;

/**
 * The forecast of a set of deals: the amounts per {@link ForecastCategory}, the weighted pipeline
 * (amount × win probability of the stage, over open deals) and the number of deals. Amounts are
 * exact (not rounded), so totals of parts add up to the total of the whole. Immutable.
 *
 * @param pipeline the amount of open deals in the PIPELINE category
 * @param bestCase the amount of open deals in the BEST_CASE category
 * @param commit the amount of open deals in the COMMIT category
 * @param closed the amount of won deals
 * @param omitted the amount of lost or omitted deals
 * @param weightedPipeline the sum of amount × win probability over open deals of every open
 *     category
 * @param deals the number of deals, at least 0
 * @since 0.1
 */
public record CategoryTotals(
    Money pipeline,
    Money bestCase,
    Money commit,
    Money closed,
    Money omitted,
    Money weightedPipeline,
    int deals) {

  /** Validates that no amount is null, all share one currency and {@code deals >= 0}. */
  public CategoryTotals {
    Objects.requireNonNull(pipeline, "pipeline must not be null");
    Currency c = pipeline.currency();
    same(bestCase, "bestCase", c);
    same(commit, "commit", c);
    same(closed, "closed", c);
    same(omitted, "omitted", c);
    same(weightedPipeline, "weightedPipeline", c);
    if (deals < 0) {
      throw new IllegalArgumentException("deals must not be negative but was: " + deals);
    }
  }

  private static void same(Money m, String field, Currency c) {
    Objects.requireNonNull(m, field + " must not be null");
    if (!m.currency().equals(c)) {
      throw new IllegalArgumentException(
          field + " must be in " + c + " like pipeline but was: " + m);
    }
  }

  /** No deals, in {@code currency}. */
  public static CategoryTotals zero(Currency currency) {
    Money z = Money.zero(currency);
    return new CategoryTotals(z, z, z, z, z, z, 0);
  }

  /**
   * One deal of {@code amount} in {@code category}, weighing {@code weighted} (counted only if the
   * category is open).
   */
  public static CategoryTotals of(ForecastCategory category, Money amount, Money weighted) {
    Objects.requireNonNull(category, "category must not be null");
    Objects.requireNonNull(amount, "amount must not be null");
    Money z = Money.zero(amount.currency());
    Money w = category.isOpen() ? weighted : z;
    return switch (category) {
      case PIPELINE -> new CategoryTotals(amount, z, z, z, z, w, 1);
      case BEST_CASE -> new CategoryTotals(z, amount, z, z, z, w, 1);
      case COMMIT -> new CategoryTotals(z, z, amount, z, z, w, 1);
      case CLOSED -> new CategoryTotals(z, z, z, amount, z, w, 1);
      default -> new CategoryTotals(z, z, z, z, amount, w, 1);
    };
  }

  /** The amount in {@code category}. */
  public Money amount(ForecastCategory category) {
    return switch (Objects.requireNonNull(category, "category must not be null")) {
      case PIPELINE -> pipeline;
      case BEST_CASE -> bestCase;
      case COMMIT -> commit;
      case CLOSED -> closed;
      default -> omitted;
    };
  }

  /** The currency of every amount. */
  public Currency currency() {
    return pipeline.currency();
  }

  /** The commit forecast: closed + commit. */
  public Money commitForecast() {
    return closed.plus(commit);
  }

  /** The best-case forecast: closed + commit + best case. */
  public Money bestCaseForecast() {
    return commitForecast().plus(bestCase);
  }

  /** The open pipeline: pipeline + best case + commit. */
  public Money openPipeline() {
    return pipeline.plus(bestCase).plus(commit);
  }

  /** The weighted forecast: closed + weighted pipeline. */
  public Money weightedForecast() {
    return closed.plus(weightedPipeline);
  }

  /** The figure {@code measure} reads from these totals. */
  public Money measure(ForecastMeasure measure) {
    return switch (Objects.requireNonNull(measure, "measure must not be null")) {
      case COMMIT -> commitForecast();
      case BEST_CASE -> bestCaseForecast();
      case PIPELINE -> closed.plus(openPipeline());
      default -> weightedForecast();
    };
  }

  /** These totals and {@code other}'s added up. */
  public CategoryTotals plus(CategoryTotals other) {
    Objects.requireNonNull(other, "other must not be null");
    return new CategoryTotals(
        pipeline.plus(other.pipeline),
        bestCase.plus(other.bestCase),
        commit.plus(other.commit),
        closed.plus(other.closed),
        omitted.plus(other.omitted),
        weightedPipeline.plus(other.weightedPipeline),
        deals + other.deals);
  }

  /**
   * For example {@code "3 deals: closed 1000 EUR, commit 500, best case 200, pipeline 300, weighted
   * 560"}.
   */
  @Override
  public String toString() {
    return deals
        + (deals == 1 ? " deal" : " deals")
        + ": closed "
        + closed
        + ", commit "
        + commit.amount().toPlainString()
        + ", best case "
        + bestCase.amount().toPlainString()
        + ", pipeline "
        + pipeline.amount().toPlainString()
        + ", weighted "
        + weightedPipeline.amount().toPlainString()
        + ", omitted "
        + omitted.amount().toPlainString();
  }
}
