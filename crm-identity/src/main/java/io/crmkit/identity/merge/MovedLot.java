package io.crmkit.identity.merge;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Loyalty {@code points} (whole points, positive) moved from one account to another with their
 * expiry instant ({@code expiresAt}, empty: the receiving ledger's own policy decides), and the
 * idempotency key of the entry that booked them on the receiving ledger.
 *
 * @since 0.1
 */
public record MovedLot(long points, Optional<Instant> expiresAt, String key) {

  /** Checks that the points are positive and the key given. */
  public MovedLot {
    Objects.requireNonNull(expiresAt, "expiresAt must not be null (use Optional.empty())");
    Objects.requireNonNull(key, "key must not be null");
    if (points <= 0) {
      throw new IllegalArgumentException(
          "points of moved lot " + key + " must be positive but was: " + points);
    }
  }

  @Override
  public String toString() {
    return points + " pts" + expiresAt.map(e -> " expiring " + e).orElse("");
  }
}
