package io.crmkit.core.summary;

import java.time.Duration;
import java.util.Objects;

/**
 * The unit in which summary times (recency, T, holdout duration) are expressed: a named, fixed
 * length of time. {@link #WEEKS} is 7 days, {@link #MONTHS} is the mean Gregorian month of
 * 30.436875 days (2,629,746 s), and {@link #of(Duration)} takes any positive duration.
 *
 * @since 0.1
 */
public record TimeScale(String name, Duration length) {

  public static final TimeScale DAYS = new TimeScale("days", Duration.ofDays(1));
  public static final TimeScale WEEKS = new TimeScale("weeks", Duration.ofDays(7));

  /** The mean Gregorian month: 365.2425 / 12 days. */
  public static final TimeScale MONTHS = new TimeScale("months", Duration.ofSeconds(2_629_746));

  /** Checks the name is not null nor blank and the length of one unit is a positive duration. */
  public TimeScale {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(length, "length must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    if (length.isNegative() || length.isZero()) {
      throw new IllegalArgumentException("length must be positive but was: " + length);
    }
  }

  /** A unit of the given length, named after it (e.g. {@code "PT12H"}). */
  public static TimeScale of(Duration length) {
    Objects.requireNonNull(length, "length must not be null");
    return new TimeScale(length.toString(), length);
  }

  /**
   * {@code days}, {@code weeks} or {@code months} (case-insensitive), or an ISO-8601 duration such
   * as {@code P14D}.
   */
  public static TimeScale parse(String text) {
    Objects.requireNonNull(text, "time unit must not be null");
    switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "day", "days" -> {
        return DAYS;
      }
      case "week", "weeks" -> {
        return WEEKS;
      }
      case "month", "months" -> {
        return MONTHS;
      }
      default -> {
        try {
          return of(Duration.parse(text.trim()));
        } catch (java.time.format.DateTimeParseException e) {
          throw new IllegalArgumentException(
              "time unit must be days, weeks, months or an ISO-8601 duration (e.g. P14D) but was: '"
                  + text
                  + "'",
              e);
        }
      }
    }
  }

  /** The length of this unit in seconds, as a double. */
  public double seconds() {
    return length.getSeconds() + length.getNano() / 1e9;
  }

  @Override
  public String toString() {
    return name;
  }
}
