package io.crmkit.loyalty.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The local date of instants in one zone, remembering the last day looked up: instants processed in
 * time order (a day's purchases, a replay) find their date without consulting the zone rules again.
 * Each day also keeps one derived value (e.g. the expiry instant of points earned that day) for one
 * key. Thread-safe: the remembered day is an immutable value behind a volatile reference; a race
 * only recomputes it.
 */
public final class LocalDays {

  private static final ConcurrentHashMap<ZoneId, LocalDays> BY_ZONE = new ConcurrentHashMap<>();

  /** One local day: [start, end) in epoch seconds, its date, and one memoised value. */
  private record Day(long start, long end, LocalDate date, Object memoKey, long memoValue) {}

  /**
   * One local calendar year: {@code [start, end)} in epoch seconds (from the start of 1 January to
   * the start of the next 1 January in the zone).
   */
  public record Year(int year, long start, long end) {}

  private final ZoneId zone;
  private volatile Day last;
  private volatile Year lastYear;
  private volatile Year otherYear; // a second year, e.g. the one before the current, for annual reviews

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
    last = new Day(d.start, d.end, d.date, key, value);
    return value;
  }

  /** The local calendar year of {@code at} in this zone (remembered: instants in time order reuse it). */
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
    Year y = lastYear;
    if (y != null && y.year == year) {
      return y;
    }
    y = otherYear;
    if (y != null && y.year == year) {
      return y;
    }
    y = new Year(year, LocalDate.of(year, 1, 1).atStartOfDay(zone).toEpochSecond(),
        LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toEpochSecond());
    otherYear = y;
    return y;
  }

  private Day day(Instant at) {
    long s = at.getEpochSecond();
    Day d = last;
    if (d != null && s >= d.start && s < d.end) {
      return d;
    }
    LocalDate date = LocalDate.ofInstant(at, zone);
    long start = date.atStartOfDay(zone).toEpochSecond();
    long end = date.plusDays(1).atStartOfDay(zone).toEpochSecond();
    d = new Day(start, end, date, null, 0);
    last = d;
    return d;
  }

  @Override
  public String toString() {
    return "local days in " + zone;
  }
}
