package io.crmkit.loyalty.ledger;

import java.util.List;
import java.util.Objects;

/**
 * The result of one ledger operation: its idempotency key, the entries it appended (expiries that
 * fell due before the operation come first) and, for a refund capped at zero, the {@code shortfall}
 * in points that could not be reversed. A retried operation returns an equal posting (the ledger
 * keeps the first result as entry ranges and builds the posting again).
 *
 * @since 0.1
 */
public record Posting(String idempotencyKey, List<LedgerEntry> entries, long shortfall) {

  /**
   * Checks the key and entries are not null and the shortfall (whole points) is not negative; the
   * list is copied.
   */
  public Posting {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey must not be null");
    Objects.requireNonNull(entries, "entries must not be null");
    entries = List.copyOf(entries);
    if (shortfall < 0) {
      throw new IllegalArgumentException("shortfall must not be negative but was: " + shortfall);
    }
  }

  /**
   * The points the operation itself added (positive) or removed (negative), without due expiries.
   */
  public long points() {
    long sum = 0;
    for (LedgerEntry e : entries) {
      if (e.idempotencyKey().equals(idempotencyKey)) {
        sum += e.points();
      }
    }
    return sum;
  }

  @Override
  public String toString() {
    return "posting "
        + idempotencyKey
        + ": "
        + points()
        + " pts"
        + (shortfall > 0 ? ", shortfall " + shortfall : "")
        + " "
        + entries;
  }
}
