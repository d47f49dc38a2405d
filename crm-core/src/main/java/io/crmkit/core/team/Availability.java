package io.crmkit.core.team;

import io.crmkit.core.calendar.BusinessCalendar;
import java.time.Instant;
import java.util.Objects;

/**
 * When a {@link Member} works, by schedule: always, or during the open hours of a {@link
 * BusinessCalendar} (the member's shifts). Being on or off duty right now (sick, on a break) is
 * state of the assignment engine, not of the member's profile.
 *
 * @since 0.1
 */
public sealed interface Availability {

  /** Available at every instant. */
  static Availability always() {
    return Always.INSTANCE;
  }

  /** Available while {@code shifts} is open. */
  static Availability during(BusinessCalendar shifts) {
    return new During(shifts);
  }

  /** Whether the member works at {@code instant} by schedule. */
  boolean at(Instant instant);

  /** Always available. */
  enum Always implements Availability {
    /** The only instance. */
    INSTANCE;

    @Override
    public boolean at(Instant instant) {
      return true;
    }

    @Override
    public String toString() {
      return "always";
    }
  }

  /**
   * Available while a calendar is open.
   *
   * @param shifts the member's working hours
   */
  record During(BusinessCalendar shifts) implements Availability {

    /** Availability during {@code shifts}. */
    public During {
      Objects.requireNonNull(shifts, "shifts must not be null");
    }

    @Override
    public boolean at(Instant instant) {
      return shifts.isOpen(instant);
    }

    @Override
    public String toString() {
      return "during " + shifts;
    }
  }
}
