package io.crmkit.marketing.offer;

import java.util.Locale;
import java.util.Objects;

/**
 * One offer to a customer.
 *
 * @param item the item id offered
 * @param score its rank score (unitless; see {@link OfferSource} for the range of each source)
 * @param source where it comes from
 * @param reason the reason in words, e.g. "because you bought green tea", "your usual, due in 3
 *     days"
 * @since 0.1
 */
public record Offer(String item, double score, OfferSource source, String reason) {

  /**
   * Checks the components as described above; a component out of range is refused with an {@link
   * IllegalArgumentException} naming it.
   */
  public Offer {
    Objects.requireNonNull(item, "item must not be null");
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    if (!(score > 0) || Double.isInfinite(score)) {
      throw new IllegalArgumentException(
          "score must be positive and finite but was: " + score + " for " + item);
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s (%.3f, %s)", item, score, reason);
  }
}
