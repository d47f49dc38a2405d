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
public final class MovedLot {

  private final long points;
  private final Optional<Instant> expiresAt;
  private final String key;

  /** Checks that the points are positive and the key given. */
  MovedLot(long points, Optional<Instant> expiresAt, String key) {
    Objects.requireNonNull(expiresAt, "expiresAt must not be null (use Optional.empty())");
    Objects.requireNonNull(key, "key must not be null");
    if (points <= 0) {
      throw new IllegalArgumentException(
          "points of moved lot " + key + " must be positive but was: " + points);
    }
    this.points = points;
    this.expiresAt = expiresAt;
    this.key = key;
  }

  /** The points moved (whole points, positive). */
  public long points() {
    return points;
  }

  /** The expiry instant, empty when the receiving ledger's own policy decides. */
  public Optional<Instant> expiresAt() {
    return expiresAt;
  }

  /** The idempotency key of the entry that booked the points on the receiving ledger. */
  public String key() {
    return key;
  }

  /** Equal when every component is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof MovedLot that
        && points == that.points
        && expiresAt.equals(that.expiresAt)
        && key.equals(that.key);
  }

  @Override
  public int hashCode() {
    return Objects.hash(points, expiresAt, key);
  }

  @Override
  public String toString() {
    return points + " pts" + expiresAt.map(e -> " expiring " + e).orElse("");
  }
}
