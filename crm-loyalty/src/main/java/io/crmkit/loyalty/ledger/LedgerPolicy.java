package io.crmkit.loyalty.ledger;

import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The rules a {@link Ledger} follows: the order lots are consumed in, the expiry policy, the lock
 * period before earned points become available (a return window; {@link Duration#ZERO} for none),
 * what a refund does when the points are already spent, the rounding of proportional reversals
 * (points × refunded / purchase amount) and the zone calendar rules are computed in.
 *
 * @since 0.1
 */
public record LedgerPolicy(
    ConsumptionOrder consumptionOrder,
    ExpiryPolicy expiry,
    Duration lockPeriod,
    NegativeBalancePolicy negativeBalance,
    RoundingMode reversalRounding,
    ZoneId zone) {

  /**
   * Checks no component is null, the lock period is not negative and the reversal rounding mode can
   * round (not {@code UNNECESSARY}).
   */
  public LedgerPolicy {
    Objects.requireNonNull(consumptionOrder, "consumptionOrder must not be null");
    Objects.requireNonNull(expiry, "expiry must not be null");
    Objects.requireNonNull(lockPeriod, "lockPeriod must not be null (use Duration.ZERO)");
    Objects.requireNonNull(negativeBalance, "negativeBalance must not be null");
    Objects.requireNonNull(reversalRounding, "reversalRounding must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    if (lockPeriod.isNegative()) {
      throw new IllegalArgumentException("lockPeriod must not be negative but was: " + lockPeriod);
    }
    if (reversalRounding == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException(
          "reversalRounding must be able to round but was: UNNECESSARY");
    }
  }

  /**
   * FIFO, never expiring, no lock period, capped at zero, reversals rounded HALF_UP, in {@code
   * zone}.
   */
  public static LedgerPolicy simple(ZoneId zone) {
    return new LedgerPolicy(
        ConsumptionOrder.FIFO,
        ExpiryPolicy.never(),
        Duration.ZERO,
        NegativeBalancePolicy.CAP_AT_ZERO,
        RoundingMode.HALF_UP,
        zone);
  }

  /** This policy with lots consumed in order {@code value}. */
  public LedgerPolicy withConsumptionOrder(ConsumptionOrder value) {
    return new LedgerPolicy(value, expiry, lockPeriod, negativeBalance, reversalRounding, zone);
  }

  /** This policy with points expiring by {@code value}. */
  public LedgerPolicy withExpiry(ExpiryPolicy value) {
    return new LedgerPolicy(
        consumptionOrder, value, lockPeriod, negativeBalance, reversalRounding, zone);
  }

  /**
   * This policy with earned points locked (pending) for {@code value} (not negative) before they
   * can be redeemed.
   */
  public LedgerPolicy withLockPeriod(Duration value) {
    return new LedgerPolicy(
        consumptionOrder, expiry, value, negativeBalance, reversalRounding, zone);
  }

  /** This policy with negative balances handled by {@code value}. */
  public LedgerPolicy withNegativeBalance(NegativeBalancePolicy value) {
    return new LedgerPolicy(consumptionOrder, expiry, lockPeriod, value, reversalRounding, zone);
  }

  /** This policy with partial reversals rounded to whole points by {@code value}. */
  public LedgerPolicy withReversalRounding(RoundingMode value) {
    return new LedgerPolicy(consumptionOrder, expiry, lockPeriod, negativeBalance, value, zone);
  }
}
