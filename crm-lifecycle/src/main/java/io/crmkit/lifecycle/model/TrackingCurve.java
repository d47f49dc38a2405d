package io.crmkit.lifecycle.model;

import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionColumns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Actual against expected cumulative repeat transactions of a customer base over calendar time: the
 * tracking plot of Fader, Hardie and Lee (2005, Figure 3) and lifetimes' {@code
 * expected_cumulative_transactions}, as data.
 *
 * <p>A customer's first purchase day (in an explicit zone) starts their clock. Repeat transactions
 * are purchase days after it: several purchases of one customer on one calendar day count once, as
 * in crm-core's summaries; refunds do not count. The expected count at the end of day τ is Σ over
 * customers of {@code model.expectedPurchasesNewCustomer((τ + 1 − first day) / unit)}, the model's
 * expectation for a customer who has just made their first purchase. Values are reported per period
 * of {@code periodDays} days from the first day of the data; incremental values are the differences
 * between consecutive periods.
 *
 * @since 0.1
 */
public final class TrackingCurve {

  private final LocalDate firstDay;
  private final LocalDate lastDay;
  private final int periodDays;
  private final double[] actual;
  private final double[] expected;

  private TrackingCurve(
      LocalDate firstDay, LocalDate lastDay, int periodDays, double[] actual, double[] expected) {
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.periodDays = periodDays;
    this.actual = actual;
    this.expected = expected;
  }

  /**
   * The curve of {@code transactions} up to and including {@code lastDay}, for customers whose
   * first purchase is on or before {@code lastDay}; {@code unit} is the model's time unit.
   *
   * @throws IllegalArgumentException when {@code periodDays} is not positive or no purchase is on
   *     or before {@code lastDay}
   */
  public static TrackingCurve of(
      TransactionModel model,
      TimeScale unit,
      TransactionColumns transactions,
      ZoneId zone,
      LocalDate lastDay,
      int periodDays) {
    Objects.requireNonNull(model, "model must not be null");
    Objects.requireNonNull(unit, "unit must not be null");
    Objects.requireNonNull(transactions, "transactions must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    Objects.requireNonNull(lastDay, "lastDay must not be null");
    if (periodDays < 1) {
      throw new IllegalArgumentException("periodDays must be at least 1 but was: " + periodDays);
    }
    long end = lastDay.plusDays(1).atStartOfDay(zone).toEpochSecond();
    // each customer's purchase days (epoch days in the zone), without repeats
    Map<Long, long[]> days = new HashMap<>();
    Map<Long, Integer> counts = new HashMap<>();
    for (int row = 0; row < transactions.size(); row++) {
      long t = transactions.epochSecond(row);
      if (t >= end || transactions.isRefund(row)) {
        continue;
      }
      long day = java.time.Instant.ofEpochSecond(t).atZone(zone).toLocalDate().toEpochDay();
      long key = transactions.customerKey(row);
      long[] list = days.get(key);
      int c = counts.getOrDefault(key, 0);
      if (list == null) {
        list = new long[4];
      } else if (c == list.length) {
        list = Arrays.copyOf(list, 2 * c);
      }
      list[c] = day;
      days.put(key, list);
      counts.put(key, c + 1);
    }
    if (days.isEmpty()) {
      throw new IllegalArgumentException(
          "transactions must hold a purchase on or before lastDay "
              + lastDay
              + " but held none ("
              + transactions.size()
              + " rows)");
    }
    long first = Long.MAX_VALUE;
    for (Map.Entry<Long, long[]> e : days.entrySet()) {
      long[] d = Arrays.copyOf(e.getValue(), counts.get(e.getKey()));
      Arrays.sort(d);
      e.setValue(d);
      first = Math.min(first, d[0]);
    }
    long last = lastDay.toEpochDay();
    int span = Math.toIntExact(last - first + 1);
    double[] repeatsPerDay = new double[span];
    int[] firstPurchasesPerDay = new int[span];
    for (long[] d : days.values()) {
      firstPurchasesPerDay[(int) (d[0] - first)]++;
      long previous = d[0];
      for (int k = 1; k < d.length; k++) {
        if (d[k] != previous) {
          repeatsPerDay[(int) (d[k] - first)]++;
          previous = d[k];
        }
      }
    }
    int periods = (span + periodDays - 1) / periodDays;
    double[] actual = new double[periods];
    double[] expected = new double[periods];
    double unitDays = unit.seconds() / 86_400.0;
    double cumulative = 0;
    int period = 0;
    for (int day = 0; day < span; day++) {
      cumulative += repeatsPerDay[day];
      boolean periodEnds = (day + 1) % periodDays == 0 || day == span - 1;
      if (periodEnds) {
        actual[period] = cumulative;
        double e = 0;
        for (int start = 0; start <= day; start++) {
          if (firstPurchasesPerDay[start] > 0) {
            e +=
                firstPurchasesPerDay[start]
                    * model.expectedPurchasesNewCustomer((day + 1 - start) / unitDays);
          }
        }
        expected[period] = e;
        period++;
      }
    }
    return new TrackingCurve(LocalDate.ofEpochDay(first), lastDay, periodDays, actual, expected);
  }

  /** The number of periods. */
  public int periods() {
    return actual.length;
  }

  /** The first day of the data (the start of period 0). */
  public LocalDate firstDay() {
    return firstDay;
  }

  /**
   * The last day of period {@code k} (the last day of the data for the last, possibly shorter,
   * period).
   */
  public LocalDate periodEnd(int k) {
    Objects.checkIndex(k, actual.length);
    LocalDate end = firstDay.plusDays((long) (k + 1) * periodDays - 1);
    return end.isAfter(lastDay) ? lastDay : end;
  }

  /** Actual cumulative repeat transactions at the end of period {@code k}. */
  public double actualCumulative(int k) {
    return actual[Objects.checkIndex(k, actual.length)];
  }

  /** Expected cumulative repeat transactions at the end of period {@code k}. */
  public double expectedCumulative(int k) {
    return expected[Objects.checkIndex(k, expected.length)];
  }

  /** Actual repeat transactions within period {@code k}. */
  public double actualIncremental(int k) {
    return actualCumulative(k) - (k == 0 ? 0 : actual[k - 1]);
  }

  /** Expected repeat transactions within period {@code k}. */
  public double expectedIncremental(int k) {
    return expectedCumulative(k) - (k == 0 ? 0 : expected[k - 1]);
  }

  /** A copy of the actual cumulative counts, one per period. */
  public double[] actualCumulative() {
    return actual.clone();
  }

  /** A copy of the expected cumulative counts, one per period. */
  public double[] expectedCumulative() {
    return expected.clone();
  }

  /**
   * Writes {@code
   * period,period_end,actual_cumulative,expected_cumulative,actual_incremental,expected_incremental}.
   */
  public void writeCsv(Appendable out) {
    Objects.requireNonNull(out, "out must not be null");
    try {
      out.append(
          "period,period_end,actual_cumulative,expected_cumulative,actual_incremental,expected_incremental\n");
      for (int k = 0; k < actual.length; k++) {
        out.append(Integer.toString(k))
            .append(',')
            .append(periodEnd(k).toString())
            .append(',')
            .append(Double.toString(actual[k]))
            .append(',')
            .append(Double.toString(expected[k]))
            .append(',')
            .append(Double.toString(actualIncremental(k)))
            .append(',')
            .append(Double.toString(expectedIncremental(k)))
            .append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    int k = actual.length - 1;
    return String.format(
        Locale.ROOT,
        "TrackingCurve[from %s, %d periods of %d days; at %s actual %.0f, expected %.1f]",
        firstDay,
        actual.length,
        periodDays,
        periodEnd(k),
        actual[k],
        expected[k]);
  }
}
