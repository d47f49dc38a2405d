package io.crmkit.marketing.similar;

import io.crmkit.marketing.history.PurchaseHistory;
import java.util.Arrays;
import java.util.Objects;

/**
 * The baseline: the items in the most baskets, the customer's own items left out. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class PopularityRecommender implements Recommender {

  private final int[] ranked;
  private final int[] counts;

  private PopularityRecommender(int[] ranked, int[] counts) {
    this.ranked = ranked;
    this.counts = counts;
  }

  /**
   * Ranks the items of {@code history} by the number of baskets they are in (ties by item number).
   */
  public static PopularityRecommender of(PurchaseHistory history) {
    int[] counts =
        Objects.requireNonNull(history, "history must not be null").basketCountsPerItem();
    Integer[] order = new Integer[counts.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) ->
            counts[a] != counts[b] ? Integer.compare(counts[b], counts[a]) : Integer.compare(a, b));
    int[] ranked = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      ranked[i] = order[i];
    }
    return new PopularityRecommender(ranked, counts);
  }

  @Override
  public int itemCount() {
    return counts.length;
  }

  /** The number of baskets item number {@code item} is in. */
  public int basketCount(int item) {
    return counts[item];
  }

  @Override
  public int[] recommend(ItemHistory history, int k) {
    Recommenders.checkK(k);
    int[] out = new int[Math.min(k, ranked.length)];
    int n = 0;
    for (int i = 0; i < ranked.length && n < out.length; i++) {
      if (counts[ranked[i]] > 0 && !history.contains(ranked[i])) {
        out[n++] = ranked[i];
      }
    }
    return Arrays.copyOf(out, n);
  }

  @Override
  public String name() {
    return "popularity";
  }

  @Override
  public String toString() {
    return "PopularityRecommender[" + counts.length + " items]";
  }
}
