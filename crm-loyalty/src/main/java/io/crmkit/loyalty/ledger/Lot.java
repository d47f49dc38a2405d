package io.crmkit.loyalty.ledger;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of a lot: the {@code points} one EARN (or positive ADJUST) entry created, the
 * {@code remaining} points not yet consumed (whole points), when they were earned, when they become
 * available (end of the lock period) and when they expire (if ever).
 *
 * @since 0.1
 */
public record Lot(
    int id,
    long entrySequence,
    Instant earnedAt,
    Instant availableAt,
    Optional<Instant> expiresAt,
    long points,
    long remaining,
    Optional<String> reference) {

  /**
   * Checks no component is null, the points (whole points) are positive and the remaining points
   * lie in [0, points].
   */
  public Lot {
    Objects.requireNonNull(earnedAt, "earnedAt must not be null");
    Objects.requireNonNull(availableAt, "availableAt must not be null");
    Objects.requireNonNull(expiresAt, "expiresAt must not be null (use Optional.empty())");
    Objects.requireNonNull(reference, "reference must not be null (use Optional.empty())");
    if (points <= 0) {
      throw new IllegalArgumentException("points of lot " + id + " must be positive but was: " + points);
    }
    if (remaining < 0 || remaining > points) {
      throw new IllegalArgumentException(
          "remaining of lot " + id + " must be in [0, " + points + "] but was: " + remaining);
    }
  }

  @Override
  public String toString() {
    return "lot " + id + ": " + remaining + "/" + points + " pts earned " + earnedAt
        + (availableAt.equals(earnedAt) ? "" : ", available " + availableAt)
        + expiresAt.map(e -> ", expires " + e).orElse(", no expiry")
        + reference.map(r -> ", ref " + r).orElse("");
  }
}
