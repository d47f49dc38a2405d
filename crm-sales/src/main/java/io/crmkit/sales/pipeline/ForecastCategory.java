package io.crmkit.sales.pipeline;

/**
 * The forecast category of a deal, from its stage: how sure the sales team is that it closes in its
 * period. The usual forecast figures add them up: commit = {@link #CLOSED} + {@link #COMMIT}, best
 * case = commit + {@link #BEST_CASE}, pipeline = every open deal.
 *
 * @since 0.1
 */
public enum ForecastCategory {
  /** Open, early: counted in the pipeline only. */
  PIPELINE,
  /** Open, could close in the period if things go well. */
  BEST_CASE,
  /** Open, the rep commits to closing it in the period. */
  COMMIT,
  /** Won. */
  CLOSED,
  /** Lost or excluded from the forecast. */
  OMITTED;

  /** Whether deals of this category are still open (pipeline, best case or commit). */
  public boolean isOpen() {
    return this == PIPELINE || this == BEST_CASE || this == COMMIT;
  }
}
