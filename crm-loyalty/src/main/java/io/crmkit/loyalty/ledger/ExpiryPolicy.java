package io.crmkit.loyalty.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * When earned points expire. A closed family:
 *
 * <ul>
 *   <li>{@link #never()}: points never expire.
 *   <li>{@link #daysAfterEarning(int)}: points earned on local date D are valid through D + N days
 *       and expire at the start of the following day (in the ledger's zone).
 *   <li>{@link #endOfMonthAfter(int)} / {@link #endOfYearAfter(int)}: points earned on D are valid
 *       to the end of the month (or year) that contains D + N months and expire at the start of the
 *       next month (or year).
 *   <li>{@link #afterInactivity(int)}: all points expire together when the account has had no
 *       activity (an earn, a positive adjustment or a redemption) for N months: last activity on D,
 *       valid through D + N months, expired at the start of the following day.
 * </ul>
 *
 * All dates are computed in an explicit {@link ZoneId}; {@code plusMonths} clamps to the end of a
 * shorter month (earned 29 February, 12 months later is 28 February).
 *
 * @since 0.1
 */
public sealed interface ExpiryPolicy {

  /**
   * The instant the lot earned at {@code earnedAt} expires, if this policy expires lots one by one.
   */
  default Optional<Instant> lotExpiry(Instant earnedAt, ZoneId zone) {
    return lotExpiry(LocalDate.ofInstant(earnedAt, zone), zone);
  }

  /**
   * The instant a lot earned on local date {@code earnedOn} expires, if this policy expires lots
   * one by one (lot expiry depends only on the local date of earning).
   */
  Optional<Instant> lotExpiry(LocalDate earnedOn, ZoneId zone);

  /**
   * The instant all points expire after the last activity at {@code lastActivity}, if this policy
   * does that.
   */
  Optional<Instant> inactivityExpiry(Instant lastActivity, ZoneId zone);

  /** Points never expire. */
  static ExpiryPolicy never() {
    return new Never();
  }

  /**
   * Each lot stays valid through its earning date plus {@code days} days (not negative) and expires
   * at the start of the next local day.
   */
  static ExpiryPolicy daysAfterEarning(int days) {
    return new DaysAfterEarning(days);
  }

  /**
   * Each lot stays valid to the end of the month containing its earning date plus {@code months}
   * months (not negative).
   */
  static ExpiryPolicy endOfMonthAfter(int months) {
    return new EndOfPeriodAfterEarning(months, false);
  }

  /**
   * Each lot stays valid to the end of the year containing its earning date plus {@code months}
   * months (not negative).
   */
  static ExpiryPolicy endOfYearAfter(int months) {
    return new EndOfPeriodAfterEarning(months, true);
  }

  /**
   * All points expire after {@code months} months (positive) without an earn, positive adjustment
   * or redemption.
   */
  static ExpiryPolicy afterInactivity(int months) {
    return new Inactivity(months);
  }

  /**
   * Points never expire.
   *
   * @since 0.1
   */
  record Never() implements ExpiryPolicy {
    @Override
    public Optional<Instant> lotExpiry(LocalDate earnedOn, ZoneId zone) {
      return Optional.empty();
    }

    @Override
    public Optional<Instant> inactivityExpiry(Instant lastActivity, ZoneId zone) {
      return Optional.empty();
    }

    @Override
    public String toString() {
      return "never expire";
    }
  }

  /**
   * Valid through the earning date plus {@code days} days; expired at the start of the next day.
   *
   * @since 0.1
   */
  record DaysAfterEarning(int days) implements ExpiryPolicy {
    /** Checks the number of days is not negative. */
    public DaysAfterEarning {
      if (days < 0) {
        throw new IllegalArgumentException("days must not be negative but was: " + days);
      }
    }

    @Override
    public Optional<Instant> lotExpiry(LocalDate earnedOn, ZoneId zone) {
      LocalDate lastValid = earnedOn.plusDays(days);
      return Optional.of(lastValid.plusDays(1).atStartOfDay(zone).toInstant());
    }

    @Override
    public Optional<Instant> inactivityExpiry(Instant lastActivity, ZoneId zone) {
      return Optional.empty();
    }

    @Override
    public String toString() {
      return "expire " + days + " days after earning";
    }
  }

  /**
   * Valid to the end of the month (or, if {@code endOfYear}, the year) containing the earning date
   * plus {@code months} months.
   *
   * @since 0.1
   */
  record EndOfPeriodAfterEarning(int months, boolean endOfYear) implements ExpiryPolicy {
    /** Checks the number of months is not negative. */
    public EndOfPeriodAfterEarning {
      if (months < 0) {
        throw new IllegalArgumentException("months must not be negative but was: " + months);
      }
    }

    @Override
    public Optional<Instant> lotExpiry(LocalDate earnedOn, ZoneId zone) {
      LocalDate shifted = earnedOn.plusMonths(months);
      LocalDate firstInvalid =
          endOfYear
              ? LocalDate.of(shifted.getYear() + 1, 1, 1)
              : shifted.withDayOfMonth(1).plusMonths(1);
      return Optional.of(firstInvalid.atStartOfDay(zone).toInstant());
    }

    @Override
    public Optional<Instant> inactivityExpiry(Instant lastActivity, ZoneId zone) {
      return Optional.empty();
    }

    @Override
    public String toString() {
      return "expire at the end of the "
          + (endOfYear ? "year" : "month")
          + " "
          + months
          + " months after earning";
    }
  }

  /**
   * All points expire when there was no earn, positive adjustment or redemption for {@code months}
   * months.
   *
   * @since 0.1
   */
  record Inactivity(int months) implements ExpiryPolicy {
    /** Checks the number of months is positive. */
    public Inactivity {
      if (months <= 0) {
        throw new IllegalArgumentException("months must be positive but was: " + months);
      }
    }

    @Override
    public Optional<Instant> lotExpiry(LocalDate earnedOn, ZoneId zone) {
      return Optional.empty();
    }

    @Override
    public Optional<Instant> inactivityExpiry(Instant lastActivity, ZoneId zone) {
      Objects.requireNonNull(lastActivity, "lastActivity must not be null");
      LocalDate lastValid = LocalDate.ofInstant(lastActivity, zone).plusMonths(months);
      return Optional.of(lastValid.plusDays(1).atStartOfDay(zone).toInstant());
    }

    @Override
    public String toString() {
      return "expire all points after " + months + " months without activity";
    }
  }
}
