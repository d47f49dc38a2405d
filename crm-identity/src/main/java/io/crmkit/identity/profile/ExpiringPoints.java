package io.crmkit.identity.profile;

import java.time.Instant;
import java.util.Objects;

/**
 * Loyalty {@code points} (whole points, positive) of one lot that expire at {@code expiresAt}.
 *
 * @since 0.1
 */
public record ExpiringPoints(long points, Instant expiresAt) {

  /** Checks that the points are positive and the instant given. */
  public ExpiringPoints {
    Objects.requireNonNull(expiresAt, "expiresAt must not be null");
    if (points <= 0) {
      throw new IllegalArgumentException(
          "points expiring at " + expiresAt + " must be positive but was: " + points);
    }
  }

  @Override
  public String toString() {
    return points + " pts on " + expiresAt;
  }
}
