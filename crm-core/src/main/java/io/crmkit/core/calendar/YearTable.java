package io.crmkit.core.calendar;

import java.time.Instant;
import java.util.Arrays;

/**
 * The open intervals of one local calendar year of a {@link BusinessCalendar}, as epoch seconds,
 * with the business seconds before each interval. Immutable.
 */
final class YearTable {

  static final long NANOS_PER_SECOND = 1_000_000_000L;

  final int year;

  /** Epoch second of the local start of January 1st of {@link #year}. */
  final long start;

  /** Epoch second of the local start of January 1st of the next year. */
  final long end;

  private final long[] opens;
  private final long[] closes;

  /**
   * {@code cum[i]} = business seconds of the year before interval {@code i}; length {@code n + 1}.
   */
  private final long[] cum;

  private final int n;

  /**
   * {@code byTime[b]} = {@link #lastOpenAtOrBefore} of the second {@code start + (b <<
   * TIME_SHIFT)}.
   */
  private final int[] byTime;

  /**
   * {@code byPosition[b]} = the smallest {@code j >= 1} with {@code cum[j] >= b << POSITION_SHIFT}.
   */
  private final int[] byPosition;

  private static final int TIME_SHIFT = 14;
  private static final int POSITION_SHIFT = 13;

  YearTable(int year, long start, long end, long[] opens, long[] closes, int n) {
    this.year = year;
    this.start = start;
    this.end = end;
    this.opens = Arrays.copyOf(opens, n);
    this.closes = Arrays.copyOf(closes, n);
    this.n = n;
    this.cum = new long[n + 1];
    for (int i = 0; i < n; i++) {
      cum[i + 1] = cum[i] + (closes[i] - opens[i]);
    }
    this.byTime = new int[(int) ((end - start) >>> TIME_SHIFT) + 2];
    for (int b = 0; b < byTime.length; b++) {
      int i = Arrays.binarySearch(this.opens, 0, n, start + ((long) b << TIME_SHIFT));
      byTime[b] = i >= 0 ? i : -i - 2;
    }
    this.byPosition = new int[(int) (cum[n] >>> POSITION_SHIFT) + 2];
    for (int b = 0; b < byPosition.length; b++) {
      int j = Arrays.binarySearch(cum, 1, n + 1, (long) b << POSITION_SHIFT);
      byPosition[b] = j >= 0 ? j : -j - 1;
    }
  }

  int size() {
    return n;
  }

  long open(int i) {
    return opens[i];
  }

  long close(int i) {
    return closes[i];
  }

  long totalSeconds() {
    return cum[n];
  }

  long totalNanos() {
    return cum[n] * NANOS_PER_SECOND;
  }

  /** The index of the last interval opening at or before {@code second}, -1 if none. */
  int lastOpenAtOrBefore(long second) {
    if (second < start) {
      return -1;
    }
    long b = (second - start) >>> TIME_SHIFT;
    if (b >= byTime.length) {
      int i = Arrays.binarySearch(opens, 0, n, second);
      return i >= 0 ? i : -i - 2;
    }
    int i = byTime[(int) b];
    while (i + 1 < n && opens[i + 1] <= second) {
      i++;
    }
    return i;
  }

  /** Business nanoseconds of this year before the instant {@code second + nano}. */
  long position(long second, int nano) {
    int i = lastOpenAtOrBefore(second);
    if (i < 0) {
      return 0;
    }
    if (second < closes[i]) {
      return (cum[i] + (second - opens[i])) * NANOS_PER_SECOND + nano;
    }
    return cum[i + 1] * NANOS_PER_SECOND;
  }

  /**
   * The earliest instant with {@code position} business nanoseconds of this year before it; {@code
   * 0 < position <= totalNanos()}.
   */
  Instant instantAt(long position) {
    long ceilSeconds = Math.floorDiv(position + NANOS_PER_SECOND - 1, NANOS_PER_SECOND);
    int j = byPosition[(int) Math.min(ceilSeconds >>> POSITION_SHIFT, byPosition.length - 1)];
    while (cum[j] < ceilSeconds) {
      j++;
    }
    int i = j - 1;
    long offset = position - cum[i] * NANOS_PER_SECOND;
    return Instant.ofEpochSecond(opens[i] + offset / NANOS_PER_SECOND, offset % NANOS_PER_SECOND);
  }
}
