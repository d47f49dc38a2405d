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
  /** {@code cum[i]} = business seconds of the year before interval {@code i}; length {@code n + 1}. */
  private final long[] cum;
  private final int n;

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
    int i = Arrays.binarySearch(opens, 0, n, second);
    return i >= 0 ? i : -i - 2;
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

  /** The earliest instant with {@code position} business nanoseconds of this year before it; {@code 0 < position <= totalNanos()}. */
  Instant instantAt(long position) {
    long ceilSeconds = Math.floorDiv(position + NANOS_PER_SECOND - 1, NANOS_PER_SECOND);
    int j = Arrays.binarySearch(cum, 1, n + 1, ceilSeconds);
    if (j < 0) {
      j = -j - 1;
    }
    int i = j - 1;
    long offset = position - cum[i] * NANOS_PER_SECOND;
    return Instant.ofEpochSecond(opens[i] + offset / NANOS_PER_SECOND, offset % NANOS_PER_SECOND);
  }
}
