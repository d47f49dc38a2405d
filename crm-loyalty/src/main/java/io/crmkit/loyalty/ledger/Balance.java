package io.crmkit.loyalty.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * An account's points at an instant, all in whole points: {@code available} to redeem (negative
 * when the account owes points), {@code pending} (earned, still in the lock period), {@code
 * lifetimeEarned} (EARN plus positive ADJUST), {@code redeemed}, {@code expired} and {@code
 * reversed} (REVERSE plus negative ADJUST). Always {@code lifetimeEarned - reversed == available +
 * pending + redeemed + expired}.
 *
 * @since 0.1
 */
public record Balance(
    Instant at,
    long available,
    long pending,
    long lifetimeEarned,
    long redeemed,
    long expired,
    long reversed) {

  /**
   * Checks the instant is not null, no point count is negative, and the counts add up: earned −
   * reversed = available + pending + redeemed + expired.
   */
  public Balance {
    Objects.requireNonNull(at, "at must not be null");
    if (pending < 0 || lifetimeEarned < 0 || redeemed < 0 || expired < 0 || reversed < 0) {
      throw new IllegalArgumentException(
          "pending, lifetimeEarned, redeemed, expired and reversed must not be negative"
              + " but were: "
              + pending
              + ", "
              + lifetimeEarned
              + ", "
              + redeemed
              + ", "
              + expired
              + ", "
              + reversed);
    }
    if (lifetimeEarned - reversed != available + pending + redeemed + expired) {
      throw new IllegalArgumentException(
          "balance does not add up: earned "
              + lifetimeEarned
              + " - reversed "
              + reversed
              + " != available "
              + available
              + " + pending "
              + pending
              + " + redeemed "
              + redeemed
              + " + expired "
              + expired);
    }
  }

  /** Available plus pending points. */
  public long total() {
    return available + pending;
  }

  @Override
  public String toString() {
    return "balance at "
        + at
        + ": available "
        + available
        + ", pending "
        + pending
        + " (earned "
        + lifetimeEarned
        + ", redeemed "
        + redeemed
        + ", expired "
        + expired
        + ", reversed "
        + reversed
        + ")";
  }
}
