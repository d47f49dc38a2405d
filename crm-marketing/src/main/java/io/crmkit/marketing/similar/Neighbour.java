package io.crmkit.marketing.similar;

import java.util.Locale;
import java.util.Objects;

/**
 * A neighbour of an item.
 *
 * @param item the neighbour's id
 * @param score its similarity to the item (unit of the {@link Similarity})
 * @param coCount the customers or baskets the two share
 * @since 0.1
 */
public record Neighbour(String item, double score, int coCount) {

  /**
   * Checks the components as described above; a component out of range is refused with an {@link
   * IllegalArgumentException} naming it.
   */
  public Neighbour {
    Objects.requireNonNull(item, "item must not be null");
    if (coCount < 1) {
      throw new IllegalArgumentException("coCount must be positive but was: " + coCount);
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s %.4f (%d shared)", item, score, coCount);
  }
}
