package io.crmkit.marketing.basket;

import java.util.List;
import java.util.Objects;

/**
 * A frequent itemset: its items (ids, ascending by item number), the number of baskets that contain
 * all of them and that number as a fraction of all baskets.
 *
 * @param items the item ids
 * @param count the number of baskets containing every item
 * @param support {@code count} divided by the number of baskets, in (0, 1]
 * @since 0.1
 */
public record Itemset(List<String> items, int count, double support) {

  /**
   * Checks the components as described above; a component out of range is refused with an {@link
   * IllegalArgumentException} naming it.
   */
  public Itemset {
    items = List.copyOf(Objects.requireNonNull(items, "items must not be null"));
    if (count < 1) {
      throw new IllegalArgumentException(
          "count must be positive but was: " + count + " for " + items);
    }
    if (!(support > 0 && support <= 1)) {
      throw new IllegalArgumentException(
          "support must be in (0, 1] but was: " + support + " for " + items);
    }
  }

  @Override
  public String toString() {
    return "{"
        + String.join(", ", items)
        + "} "
        + count
        + String.format(java.util.Locale.ROOT, " (%.4f)", support);
  }
}
