package io.crmkit.sales.forecast;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How long a forecast period is: a calendar month, quarter (January, April, July, October) or year.
 *
 * @since 0.1
 */
public enum PeriodGrain {
  /** A calendar month. */
  MONTH(1),
  /** A calendar quarter: January–March, April–June, July–September, October–December. */
  QUARTER(3),
  /** A calendar year. */
  YEAR(12);

  private final int months;

  PeriodGrain(int months) {
    this.months = months;
  }

  /** The length in months: 1, 3 or 12. */
  public int months() {
    return months;
  }

  /** The period of this grain containing {@code date}. */
  public ForecastPeriod periodOf(LocalDate date) {
    Objects.requireNonNull(date, "date must not be null");
    int month0 = (date.getMonthValue() - 1) / months * months;
    return new ForecastPeriod(this, LocalDate.of(date.getYear(), month0 + 1, 1));
  }
}
