package io.crmkit.sales.forecast;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * A forecast period: the calendar month, quarter or year of {@code grain} starting on {@code start}
 * (the first day of it), ending before {@link #end()}. Ordered by start, then grain.
 *
 * @param grain the length of the period
 * @param start the first day of the period
 * @since 0.1
 */
public record ForecastPeriod(PeriodGrain grain, LocalDate start)
    implements Comparable<ForecastPeriod> {

  private static final Comparator<ForecastPeriod> ORDER =
      Comparator.comparing(ForecastPeriod::start).thenComparing(ForecastPeriod::grain);

  /** Validates that {@code start} is the first day of a period of {@code grain}. */
  public ForecastPeriod {
    Objects.requireNonNull(grain, "grain must not be null");
    Objects.requireNonNull(start, "start must not be null");
    if (start.getDayOfMonth() != 1 || (start.getMonthValue() - 1) % grain.months() != 0) {
      throw new IllegalArgumentException(
          "start must be the first day of a "
              + grain.name().toLowerCase(Locale.ROOT)
              + " but was: "
              + start);
    }
  }

  /** The {@code grain} period containing {@code date}. */
  public static ForecastPeriod of(PeriodGrain grain, LocalDate date) {
    return Objects.requireNonNull(grain, "grain must not be null").periodOf(date);
  }

  /** The day after the last day of the period. */
  public LocalDate end() {
    return start.plusMonths(grain.months());
  }

  /** Whether {@code date} falls in this period. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && date.isBefore(end());
  }

  /** The period after this one. */
  public ForecastPeriod next() {
    return new ForecastPeriod(grain, end());
  }

  @Override
  public int compareTo(ForecastPeriod other) {
    return ORDER.compare(this, other);
  }

  /** {@code "2024-05"}, {@code "2024-Q2"} or {@code "2024"}. */
  @Override
  public String toString() {
    return switch (grain) {
      case MONTH -> String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
      case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
      default -> Integer.toString(start.getYear());
    };
  }
}
