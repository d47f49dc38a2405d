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
public final class LoyaltyProfile {

  private final long available;
  private final long pending;
  private final long lifetimeEarned;
  private final Optional<String> tier;
  private final List<ExpiringPoints> expiringSoon;

  /** Checks that pending and lifetime points are not negative; copies the list. */
  LoyaltyProfile(
      long available,
      long pending,
      long lifetimeEarned,
      Optional<String> tier,
      List<ExpiringPoints> expiringSoon) {
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
    this.available = available;
    this.pending = pending;
    this.lifetimeEarned = lifetimeEarned;
    this.tier = tier;
    this.expiringSoon = expiringSoon;
  }

  /** Available points (whole points; negative when the account owes points). */
  public long available() {
    return available;
  }

  /** Pending points, still locked (whole points). */
  public long pending() {
    return pending;
  }

  /** Points earned over the account's lifetime (whole points). */
  public long lifetimeEarned() {
    return lifetimeEarned;
  }

  /** The tier, empty when the programme has no tiers. */
  public Optional<String> tier() {
    return tier;
  }

  /** The lots expiring within the settings' days, earliest first. */
  public List<ExpiringPoints> expiringSoon() {
    return expiringSoon;
  }

  /** Equal when every component is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof LoyaltyProfile that
        && available == that.available
        && pending == that.pending
        && lifetimeEarned == that.lifetimeEarned
        && tier.equals(that.tier)
        && expiringSoon.equals(that.expiringSoon);
  }

  @Override
  public int hashCode() {
    return Objects.hash(available, pending, lifetimeEarned, tier, expiringSoon);
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
