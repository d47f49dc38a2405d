package io.crmkit.core.assignment;

import io.crmkit.core.team.MemberId;
import java.util.Objects;

/**
 * An open item moved from one member to another by rebalancing.
 *
 * @param item the item's id
 * @param from the member who held it
 * @param to the member who holds it now
 * @param explanation why, e.g. {@code "ana off duty; rule 2: anyone; least loaded of 2"}
 * @since 0.1
 */
public record Move(ItemId item, MemberId from, MemberId to, String explanation) {

  /** A move. */
  public Move {
    Objects.requireNonNull(item, "item must not be null");
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    Objects.requireNonNull(explanation, "explanation must not be null");
    if (from.equals(to)) {
      throw new IllegalArgumentException(
          "move of " + item + " must change the member but stays with " + from);
    }
  }

  /** For example {@code "t-1: ana -> ben (ana off duty; rule 2: anyone; least loaded of 2)"}. */
  @Override
  public String toString() {
    return item + ": " + from + " -> " + to + " (" + explanation + ")";
  }
}
