package io.crmkit.identity.profile;

import io.crmkit.core.summary.TimeScale;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How a {@link CustomerProfile} is computed: the {@code clock} giving "now" (the profile's
 * instant), the {@code zone} of local dates (purchase days, reminders), the {@code unit} of the
 * purchase summaries and models ({@link TimeScale#WEEKS} or {@link TimeScale#DAYS}), how many of
 * the {@code lastInteractions} to show (a count), the {@code reminderDays} ahead and the {@code
 * expiringWithinDays} of loyalty points to report (days), and the CLV horizon {@code clvMonths}
 * (months of 365.25/12 days) with its {@code monthlyDiscountRate} (a fraction per month, e.g.
 * 0.01).
 *
 * @since 0.1
 */
public record ProfileSettings(
    Clock clock,
    ZoneId zone,
    TimeScale unit,
    int lastInteractions,
    int reminderDays,
    int expiringWithinDays,
    int clvMonths,
    double monthlyDiscountRate) {

  /** Checks every field: counts and days not negative, CLV months positive, the rate in [0, 1). */
  public ProfileSettings {
    Objects.requireNonNull(clock, "clock must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    Objects.requireNonNull(unit, "unit must not be null");
    if (!unit.equals(TimeScale.WEEKS) && !unit.equals(TimeScale.DAYS)) {
      throw new IllegalArgumentException("unit must be WEEKS or DAYS but was: " + unit);
    }
    check("lastInteractions", lastInteractions, 0);
    check("reminderDays", reminderDays, 0);
    check("expiringWithinDays", expiringWithinDays, 0);
    check("clvMonths", clvMonths, 1);
    if (!(monthlyDiscountRate >= 0 && monthlyDiscountRate < 1)) {
      throw new IllegalArgumentException(
          "monthlyDiscountRate must be in [0, 1) but was: " + monthlyDiscountRate);
    }
  }

  private static void check(String field, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(field + " must be at least " + min + " but was: " + value);
    }
  }

  /**
   * Weeks, the last 5 interactions, reminders of the next 30 days, points expiring within 30 days,
   * a 12-month CLV at 1% a month.
   */
  public static ProfileSettings of(Clock clock, ZoneId zone) {
    return new ProfileSettings(clock, zone, TimeScale.WEEKS, 5, 30, 30, 12, 0.01);
  }

  /** These settings showing the last {@code count} interactions. */
  public ProfileSettings withLastInteractions(int count) {
    return new ProfileSettings(
        clock, zone, unit, count, reminderDays, expiringWithinDays, clvMonths, monthlyDiscountRate);
  }

  /** These settings planning reminders {@code days} ahead. */
  public ProfileSettings withReminderDays(int days) {
    return new ProfileSettings(
        clock,
        zone,
        unit,
        lastInteractions,
        days,
        expiringWithinDays,
        clvMonths,
        monthlyDiscountRate);
  }

  /** These settings reporting loyalty points that expire within {@code days}. */
  public ProfileSettings withExpiringWithinDays(int days) {
    return new ProfileSettings(
        clock, zone, unit, lastInteractions, reminderDays, days, clvMonths, monthlyDiscountRate);
  }

  /** These settings with summaries and models in {@code scale} (WEEKS or DAYS). */
  public ProfileSettings withUnit(TimeScale scale) {
    return new ProfileSettings(
        clock,
        zone,
        scale,
        lastInteractions,
        reminderDays,
        expiringWithinDays,
        clvMonths,
        monthlyDiscountRate);
  }
}
