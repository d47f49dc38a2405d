package io.crmkit.loyalty.tier;

/**
 * The period qualifying activity counts over: the last {@code months} months ({@link #rolling}) or
 * the calendar year ({@link #calendarYear}; at a review, the last complete calendar year).
 *
 * @since 0.1
 */
public record QualificationWindow(boolean isCalendarYear, int months) {

  /**
   * Checks a calendar-year window is 12 months and a rolling window a positive number of months.
   */
  public QualificationWindow {
    if (isCalendarYear && months != 12) {
      throw new IllegalArgumentException(
          "months of a calendar-year window must be 12 but was: " + months);
    }
    if (months <= 0) {
      throw new IllegalArgumentException(
          "months of a rolling window must be positive but was: " + months);
    }
  }

  /** The last {@code months} months, ending at the instant of evaluation. */
  public static QualificationWindow rolling(int months) {
    return new QualificationWindow(false, months);
  }

  /** The calendar year in the tier programme's zone. */
  public static QualificationWindow calendarYear() {
    return new QualificationWindow(true, 12);
  }

  @Override
  public String toString() {
    return isCalendarYear ? "calendar year" : "rolling " + months + " months";
  }
}
