package io.crmkit.marketing.offer;

import java.util.Objects;

/**
 * A candidate item not offered, why, and a detail (the contradicting preference, ...).
 *
 * @param item the item id
 * @param reason why it was refused
 * @param detail the detail, possibly empty
 * @since 0.1
 */
public record RefusedOffer(String item, RefusalReason reason, String detail) {

  /**
   * Checks the components as described above; a component out of range is refused with an {@link
   * IllegalArgumentException} naming it.
   */
  public RefusedOffer {
    Objects.requireNonNull(item, "item must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    Objects.requireNonNull(detail, "detail must not be null");
  }

  @Override
  public String toString() {
    return item + " " + reason + (detail.isEmpty() ? "" : " (" + detail + ")");
  }
}
