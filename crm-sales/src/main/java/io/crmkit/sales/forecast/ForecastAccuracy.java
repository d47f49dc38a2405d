package io.crmkit.sales.forecast;

import io.crmkit.core.money.Money;
import io.crmkit.core.team.MemberId;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * How a forecast made earlier compares with what closed: per owner of one period, the forecast
 * figure ({@link ForecastMeasure}) against the amount won in the period, and over all owners the
 * weighted absolute percentage error {@code WAPE = Σ|actual − forecast| / Σ actual} and the bias
 * {@code (Σ forecast − Σ actual) / Σ actual} (positive: over-forecast). Both are empty when nothing
 * closed.
 *
 * @param period the period compared
 * @param measure the forecast figure compared
 * @param lines per owner (in the forecast or among the winners), by owner id
 * @since 0.1
 */
public record ForecastAccuracy(ForecastPeriod period, ForecastMeasure measure, List<Line> lines) {

  /**
   * One owner's forecast and actual.
   *
   * @param owner the owner
   * @param forecast the forecast figure
   * @param actual the amount won in the period
   * @since 0.1
   */
  public record Line(MemberId owner, Money forecast, Money actual) {
    /** Validates that no field is null and both amounts share a currency. */
    public Line {
      Objects.requireNonNull(owner, "owner must not be null");
      Objects.requireNonNull(forecast, "forecast of " + owner + " must not be null");
      Objects.requireNonNull(actual, "actual of " + owner + " must not be null");
      if (!forecast.currency().equals(actual.currency())) {
        throw new IllegalArgumentException(
            "actual of " + owner + " must be in " + forecast.currency() + " but was: " + actual);
      }
    }

    /** actual − forecast. */
    public Money error() {
      return Money.of(actual.amount().subtract(forecast.amount()), actual.currency());
    }

    @Override
    public String toString() {
      return owner + ": forecast " + forecast + ", actual " + actual;
    }
  }

  /** Validates that no field is null; copies the lines. */
  public ForecastAccuracy {
    Objects.requireNonNull(period, "period must not be null");
    Objects.requireNonNull(measure, "measure must not be null");
    lines = List.copyOf(Objects.requireNonNull(lines, "lines must not be null"));
  }

  /**
   * Compares {@code forecast} (made earlier) in {@code period} by {@code measure} with the deals
   * won in the period according to {@code actual} (the forecast of the same deals later, when the
   * period is over).
   *
   * @throws IllegalArgumentException if the two are in different currencies
   */
  public static ForecastAccuracy of(
      Forecast forecast, Forecast actual, ForecastPeriod period, ForecastMeasure measure) {
    Objects.requireNonNull(forecast, "forecast must not be null");
    Objects.requireNonNull(actual, "actual must not be null");
    if (!forecast.currency().equals(actual.currency())) {
      throw new IllegalArgumentException(
          "actual must be in " + forecast.currency() + " but was in: " + actual.currency());
    }
    TreeSet<MemberId> owners = new TreeSet<>(forecast.byOwner(period).keySet());
    actual
        .byOwner(period)
        .forEach(
            (o, t) -> {
              if (!t.closed().isZero()) {
                owners.add(o);
              }
            });
    List<Line> lines = new ArrayList<>();
    for (MemberId o : owners) {
      lines.add(
          new Line(
              o, forecast.totals(period, o).measure(measure), actual.totals(period, o).closed()));
    }
    return new ForecastAccuracy(period, measure, lines);
  }

  /** The sum of the forecast figures. */
  public BigDecimal totalForecast() {
    return lines.stream().map(l -> l.forecast().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The sum of the amounts won. */
  public BigDecimal totalActual() {
    return lines.stream().map(l -> l.actual().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Σ|actual − forecast| / Σ actual, at least 0; empty when nothing was won. */
  public OptionalDouble wape() {
    BigDecimal actual = totalActual();
    if (actual.signum() == 0) {
      return OptionalDouble.empty();
    }
    BigDecimal abs =
        lines.stream().map(l -> l.error().amount().abs()).reduce(BigDecimal.ZERO, BigDecimal::add);
    return OptionalDouble.of(abs.divide(actual, MathContext.DECIMAL64).doubleValue());
  }

  /** (Σ forecast − Σ actual) / Σ actual; empty when nothing was won. */
  public OptionalDouble bias() {
    BigDecimal actual = totalActual();
    if (actual.signum() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(
        totalForecast().subtract(actual).divide(actual, MathContext.DECIMAL64).doubleValue());
  }

  /**
   * For example {@code "2024-Q2 COMMIT forecast 5000 vs actual 4000: WAPE 25.0%, bias +25.0%"} and
   * one line per owner.
   */
  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(
            period
                + " "
                + measure
                + " forecast "
                + totalForecast().toPlainString()
                + " vs actual "
                + totalActual().toPlainString());
    if (wape().isPresent() && bias().isPresent()) {
      sb.append(
          String.format(
              Locale.ROOT,
              ": WAPE %.1f%%, bias %+.1f%%",
              wape().getAsDouble() * 100,
              bias().getAsDouble() * 100));
    }
    lines.forEach(l -> sb.append("\n  ").append(l));
    return sb.toString();
  }
}
