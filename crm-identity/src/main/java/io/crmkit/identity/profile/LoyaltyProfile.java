package io.crmkit.identity.profile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's loyalty account at the profile's instant: {@code available} points (negative when
 * the account owes points), {@code pending} points (still locked), the {@code lifetimeEarned}
 * points, the {@code tier} (when the programme has tiers) and the lots {@code expiringSoon} (within
 * the settings' days, earliest first). All points are whole points.
 *
 * @since 0.1
 */
public record LoyaltyProfile(
    long available,
    long pending,
    long lifetimeEarned,
    Optional<String> tier,
    List<ExpiringPoints> expiringSoon) {

  /** Checks that pending and lifetime points are not negative; copies the list. */
  public LoyaltyProfile {
    Objects.requireNonNull(tier, "tier must not be null (use Optional.empty())");
    expiringSoon =
        List.copyOf(Objects.requireNonNull(expiringSoon, "expiringSoon must not be null"));
    if (pending < 0 || lifetimeEarned < 0) {
      throw new IllegalArgumentException(
          "pending and lifetimeEarned must not be negative but were: "
              + pending
              + ", "
              + lifetimeEarned);
    }
  }

  /** The points of {@link #expiringSoon} together (whole points). */
  public long expiringPoints() {
    return expiringSoon.stream().mapToLong(ExpiringPoints::points).sum();
  }

  @Override
  public String toString() {
    return available
        + " pts available, "
        + pending
        + " pending, "
        + lifetimeEarned
        + " earned"
        + tier.map(t -> ", tier " + t).orElse("")
        + (expiringSoon.isEmpty()
            ? ""
            : ", " + expiringPoints() + " expiring soon " + expiringSoon);
  }
}
