package io.crmkit.marketing.similar;

import io.crmkit.marketing.history.PurchaseHistory;
import java.util.Arrays;
import java.util.Objects;

/**
 * What one customer bought: distinct item numbers, ascending, each with the number of baskets it
 * was in. The input of a {@link Recommender}. Immutable (arrays are copied in and out).
 *
 * @since 0.1
 */
public final class ItemHistory {

  private static final ItemHistory EMPTY = new ItemHistory(new int[0], new int[0]);

  private final int[] items;
  private final int[] counts;

  private ItemHistory(int[] items, int[] counts) {
    this.items = items;
    this.counts = counts;
  }

  /**
   * A history of {@code items} (distinct, ascending, not negative) with basket {@code counts} (each
   * at least 1).
   */
  public static ItemHistory of(int[] items, int[] counts) {
    Objects.requireNonNull(items, "items must not be null");
    Objects.requireNonNull(counts, "counts must not be null");
    if (items.length != counts.length) {
      throw new IllegalArgumentException(
          "items and counts must have the same length but had "
              + items.length
              + " and "
              + counts.length);
    }
    for (int k = 0; k < items.length; k++) {
      if (items[k] < 0 || (k > 0 && items[k] <= items[k - 1])) {
        throw new IllegalArgumentException(
            "items must be distinct, ascending and not negative but were: "
                + Arrays.toString(items));
      }
      if (counts[k] < 1) {
        throw new IllegalArgumentException(
            "count of item " + items[k] + " must be at least 1 but was: " + counts[k]);
      }
    }
    return new ItemHistory(items.clone(), counts.clone());
  }

  /** Nothing bought. */
  public static ItemHistory empty() {
    return EMPTY;
  }

  /** What customer number {@code customer} of {@code history} bought. */
  public static ItemHistory of(PurchaseHistory history, int customer) {
    Objects.requireNonNull(history, "history must not be null");
    Objects.checkIndex(customer, history.customerCount());
    int[] items = history.itemsOf(customer);
    int[] counts = new int[items.length];
    for (int b : history.basketsOf(customer)) {
      for (int k = 0; k < history.basketSize(b); k++) {
        counts[Arrays.binarySearch(items, history.basketItem(b, k))]++;
      }
    }
    return new ItemHistory(items, counts);
  }

  /** The number of distinct items. */
  public int size() {
    return items.length;
  }

  /** The {@code k}-th item number. */
  public int item(int k) {
    return items[k];
  }

  /** The baskets the {@code k}-th item was in. */
  public int count(int k) {
    return counts[k];
  }

  /** Whether item number {@code item} was bought. */
  public boolean contains(int item) {
    return Arrays.binarySearch(items, item) >= 0;
  }

  /** The item numbers (a copy). */
  public int[] items() {
    return items.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ItemHistory h
        && Arrays.equals(items, h.items)
        && Arrays.equals(counts, h.counts);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(items) + Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ItemHistory[");
    for (int k = 0; k < items.length; k++) {
      sb.append(k == 0 ? "" : ", ").append(items[k]).append('x').append(counts[k]);
    }
    return sb.append(']').toString();
  }
}
