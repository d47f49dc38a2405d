package io.crmkit.loyalty.internal.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The local date of instants in one zone, remembering the days and years looked up in small
 * direct-mapped tables (4,096 days, 64 years): instants of the same days, in any order (a day's
 * purchases, a replay member by member), find their date without consulting the zone rules again.
 * Each day also keeps one derived value (e.g. the expiry instant of points earned that day) for one
 * key. Thread-safe: the tables hold immutable values (final fields, safely published); a race only
 * recomputes one.
 *
 * @since 0.1
 */
public final class LocalDays {

  private static final ConcurrentHashMap<ZoneId, LocalDays> BY_ZONE = new ConcurrentHashMap<>();

  /** One local day: [start, end) in epoch seconds, its date, and one memoised value. */
  private record Day(long start, long end, LocalDate date, Object memoKey, long memoValue) {}

  /**
   * One local calendar year: {@code [start, end)} in epoch seconds (from the start of 1 January to
   * the start of the next 1 January in the zone).
   *
   * @since 0.1
   */
  public record Year(int year, long start, long end) {}

  private static final int DAYS = 1 << 12;
  private static final int YEARS = 1 << 6;

  private final ZoneId zone;
  // day slot: the local date's epoch day modulo DAYS; year slot: the year modulo YEARS
  private final Day[] days = new Day[DAYS];
  private final Year[] years = new Year[YEARS];
  // the day and year found last (plain fields: a racy read sees null or a complete immutable value)
  private Day last;
  private Year lastYear;

  private LocalDays(ZoneId zone) {
    this.zone = zone;
  }

  /** The shared instance for {@code zone}. */
  public static LocalDays of(ZoneId zone) {
    Objects.requireNonNull(zone, "zone must not be null");
    LocalDays last = lastOf;
    if (last != null && last.zone.equals(zone)) {
      return last;
    }
    last = BY_ZONE.computeIfAbsent(zone, LocalDays::new);
    lastOf = last;
    return last;
  }

  private static volatile LocalDays lastOf; // the instance asked for last: most runs use one zone

  /** The time zone whose local days this calendar computes. */
  public ZoneId zone() {
    return zone;
  }

  /** The local date of {@code at} in this zone. */
  public LocalDate date(Instant at) {
    return day(at).date;
  }

  /**
   * The value {@code compute} gives for the local date of {@code at}, remembered for the day under
   * {@code key} (compared by identity; one key per day is remembered).
   */
  public long memo(Instant at, Object key, java.util.function.ToLongFunction<LocalDate> compute) {
    Day d = day(at);
    if (d.memoKey == key) {
      return d.memoValue;
    }
    long value = compute.applyAsLong(d.date);
    d = new Day(d.start, d.end, d.date, key, value);
    days[slot(d.date.toEpochDay())] = d;
    last = d;
    return value;
  }

  /** The local calendar year of {@code at} in this zone. */
  public Year year(Instant at) {
    long s = at.getEpochSecond();
    Year y = lastYear;
    if (y != null && s >= y.start && s < y.end) {
      return y;
    }
    y = year(date(at).getYear());
    lastYear = y;
    return y;
  }

  /** The local calendar year {@code year} in this zone. */
  public Year year(int year) {
    int i = year & (YEARS - 1);
    Year y = years[i];
    if (y != null && y.year == year) {
      return y;
    }
    y =
        new Year(
            year,
            LocalDate.of(year, 1, 1).atStartOfDay(zone).toEpochSecond(),
            LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toEpochSecond());
    years[i] = y;
    return y;
  }

  private Day day(Instant at) {
    long s = at.getEpochSecond();
    Day d = last;
    if (d != null && s >= d.start && s < d.end) {
      return d;
    }
    d = table(s);
    if (d == null) {
      LocalDate date = LocalDate.ofInstant(at, zone);
      long start = date.atStartOfDay(zone).toEpochSecond();
      long end = date.plusDays(1).atStartOfDay(zone).toEpochSecond();
      d = new Day(start, end, date, null, 0);
      days[slot(date.toEpochDay())] = d;
    }
    last = d;
    return d;
  }

  /** The remembered day containing epoch second {@code s}, or null. */
  private Day table(long s) {
    // the local date is the UTC date, the day before or the day after (offsets are within ±18 h)
    long utcDay = Math.floorDiv(s, 86_400L);
    Day d = days[slot(utcDay)];
    if (d != null && s >= d.start && s < d.end) {
      return d;
    }
    d = days[slot(utcDay - 1)];
    if (d != null && s >= d.start && s < d.end) {
      return d;
    }
    d = days[slot(utcDay + 1)];
    return d != null && s >= d.start && s < d.end ? d : null;
  }

  private static int slot(long epochDay) {
    return (int) (epochDay & (DAYS - 1));
  }

  @Override
  public String toString() {
    return "local days in " + zone;
  }
}
