package io.crmkit.sales.forecast;

/**
 * Which forecast figure a comparison reads from {@link CategoryTotals}.
 *
 * @since 0.1
 */
public enum ForecastMeasure {
  /** Closed + the weighted open pipeline ({@link CategoryTotals#weightedForecast()}). */
  WEIGHTED,
  /** Closed + commit ({@link CategoryTotals#commitForecast()}). */
  COMMIT,
  /** Closed + commit + best case ({@link CategoryTotals#bestCaseForecast()}). */
  BEST_CASE,
  /** Closed + every open deal at full amount. */
  PIPELINE
}
