package io.crmkit.marketing.similar;

/**
 * Ranks items for a customer from what the customer bought. Implementations must be deterministic
 * (same history, same answer), return distinct item numbers in {@code [0, itemCount())}, best
 * first, at most {@code k} of them and none the customer bought; and be safe to call from several
 * threads. {@code RecommenderContract} in the test jar checks this for any implementation.
 *
 * @since 0.1
 */
public interface Recommender {

  /** The number of items the recommender knows (item numbers are below it). */
  int itemCount();

  /**
   * Up to {@code k} (at least 1) item numbers for a customer who bought {@code history}, best
   * first.
   */
  int[] recommend(ItemHistory history, int k);

  /** A short name for tables, e.g. {@code "item-kNN cosine"}. */
  String name();
}
