package io.crmkit.core.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Business hours: working periods per weekday in a time zone, minus holidays, with exact arithmetic
 * on business time.
 *
 * <p><b>What business time is.</b> The calendar is open during each working period of each
 * non-holiday date, local time in {@link #zone()}; business time is the real (elapsed) time spent
 * inside open intervals, to the nanosecond. Across a clock change the local hours are converted to
 * instants: on the night the clocks go forward a period 01:00–04:00 lasts two real hours, on the
 * night they go back three-plus-one; a local time inside the skipped hour maps to the instant of
 * the jump, a repeated local time to its first occurrence. Periods never cross midnight (end with
 * {@code 24:00} and start the next day at {@code 00:00} for a night shift); adjacent periods, also
 * across midnight, join into one open interval. Year ends are ordinary midnights.
 *
 * <p><b>Arithmetic.</b> {@link #plusBusinessTime(Instant, Duration)} returns the <em>earliest</em>
 * instant at which the given business time has elapsed (8 h from Monday 09:00 is Monday 17:00, not
 * Tuesday 09:00); {@link #businessTimeBetween(Instant, Instant)} counts the business time between
 * two instants. They are inverse: {@code businessTimeBetween(t, plusBusinessTime(t, d))} equals
 * {@code d} for every {@code t} and {@code d >= 0}; and {@code plusBusinessTime(a,
 * businessTimeBetween(a, b))} is {@code b} when {@code b} is open, else the last closing before
 * {@code b}. Durations must fit in a {@code long} of nanoseconds (292 years).
 *
 * <p><b>Speed.</b> Each local year's open intervals are computed once (about 250 dates) and cached
 * for the years 1900–2299; an operation within a year is two binary searches. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * BusinessCalendar cal = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
 *     .weekdays(WorkingPeriod.of("09:00", "17:00"))
 *     .holiday(LocalDate.of(2026, 12, 25))
 *     .build();
 * Instant due = cal.plusBusinessTime(openedAt, Duration.ofHours(4));
 * }</pre>
 *
 * @since 0.1
 */
public final class BusinessCalendar {

  private static final int CACHE_FIRST_YEAR = 1900;
  private static final int CACHE_YEARS = 400;
  private static final int MAX_YEARS_WITHOUT_OPENING = 10_000;

  private final ZoneId zone;
  private final ZoneRules rules;
  private final Map<DayOfWeek, List<WorkingPeriod>> hours;
  private final SortedSet<LocalDate> holidays;
  private final AtomicReferenceArray<YearTable> cache = new AtomicReferenceArray<>(CACHE_YEARS);

  private BusinessCalendar(
      ZoneId zone, Map<DayOfWeek, List<WorkingPeriod>> hours, SortedSet<LocalDate> holidays) {
    this.zone = zone;
    this.rules = zone.getRules();
    this.hours = hours;
    this.holidays = holidays;
  }

  /** A builder of a calendar in {@code zone}, with no working hours and no holidays yet. */
  public static Builder builder(ZoneId zone) {
    return new Builder(Objects.requireNonNull(zone, "zone must not be null"));
  }

  /**
   * Monday to Friday from {@code start} to {@code end} (e.g. {@code "09:00"}, {@code "17:00"}) in
   * {@code zone}, no holidays.
   */
  public static BusinessCalendar weekdays(ZoneId zone, String start, String end) {
    return builder(zone).weekdays(WorkingPeriod.of(start, end)).build();
  }

  /** Open around the clock, every day, in {@code zone}: business time equals elapsed time. */
  public static BusinessCalendar alwaysOpen(ZoneId zone) {
    Builder b = builder(zone);
    for (DayOfWeek d : DayOfWeek.values()) {
      b.hours(d, WorkingPeriod.wholeDay());
    }
    return b.build();
  }

  /** The time zone of the working hours and holidays. */
  public ZoneId zone() {
    return zone;
  }

  /** The working periods of {@code day}, in order; empty on a closed day. */
  public List<WorkingPeriod> hours(DayOfWeek day) {
    return hours.get(Objects.requireNonNull(day, "day must not be null"));
  }

  /** The holidays (local dates in {@link #zone()}), in order. */
  public SortedSet<LocalDate> holidays() {
    return holidays;
  }

  /** This calendar with {@code more} holidays as well. */
  public BusinessCalendar withHolidays(Collection<LocalDate> more) {
    TreeSet<LocalDate> all = new TreeSet<>(holidays);
    for (LocalDate d : Objects.requireNonNull(more, "holidays must not be null")) {
      all.add(Objects.requireNonNull(d, "holidays must not contain null"));
    }
    return new BusinessCalendar(zone, hours, Collections.unmodifiableSortedSet(all));
  }

  /**
   * Whether the calendar is open at {@code instant} (open intervals include their start, exclude
   * their end).
   */
  public boolean isOpen(Instant instant) {
    long s = instant.getEpochSecond();
    YearTable t = tableOf(s);
    int i = t.lastOpenAtOrBefore(s);
    return i >= 0 && s < t.close(i);
  }

  /** {@code instant} itself when the calendar is open then, otherwise the next instant it opens. */
  public Instant nextOpen(Instant instant) {
    long s = instant.getEpochSecond();
    YearTable t = tableOf(s);
    int i = t.lastOpenAtOrBefore(s);
    if (i >= 0 && s < t.close(i)) {
      return instant;
    }
    int next = i + 1;
    int years = 0;
    while (next >= t.size()) {
      if (++years > MAX_YEARS_WITHOUT_OPENING) {
        throw new IllegalStateException(
            "calendar "
                + this
                + " does not open within "
                + MAX_YEARS_WITHOUT_OPENING
                + " years after "
                + instant);
      }
      t = table(t.year + 1);
      next = 0;
    }
    return Instant.ofEpochSecond(t.open(next));
  }

  /**
   * The earliest instant at which {@code amount} of business time has elapsed since {@code from};
   * {@code from} itself for a zero amount (even when closed).
   *
   * @throws IllegalArgumentException if {@code amount} is negative or longer than 292 years
   */
  public Instant plusBusinessTime(Instant from, Duration amount) {
    Objects.requireNonNull(from, "from must not be null");
    long remaining = checkedNanos(amount);
    if (remaining == 0) {
      return from;
    }
    long s = from.getEpochSecond();
    YearTable t = tableOf(s);
    long pos = t.position(s, from.getNano());
    int years = 0;
    while (true) {
      long available = t.totalNanos() - pos;
      if (remaining <= available) {
        Instant r = t.instantAt(pos + remaining);
        return r.isBefore(from) ? from : r;
      }
      remaining -= available;
      if (++years > MAX_YEARS_WITHOUT_OPENING) {
        throw new IllegalStateException(
            "calendar "
                + this
                + " does not open within "
                + MAX_YEARS_WITHOUT_OPENING
                + " years after "
                + from);
      }
      t = table(t.year + 1);
      pos = 0;
    }
  }

  /**
   * The business time from {@code from} to {@code to}, to the nanosecond; negative when {@code to}
   * is before {@code from}.
   */
  public Duration businessTimeBetween(Instant from, Instant to) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    int c = from.compareTo(to);
    if (c == 0) {
      return Duration.ZERO;
    }
    if (c > 0) {
      return businessTimeBetween(to, from).negated();
    }
    YearTable ta = tableOf(from.getEpochSecond());
    YearTable tb = tableOf(to.getEpochSecond());
    long pa = ta.position(from.getEpochSecond(), from.getNano());
    long pb = tb.position(to.getEpochSecond(), to.getNano());
    if (ta.year == tb.year) {
      return Duration.ofNanos(pb - pa);
    }
    long seconds = 0;
    for (int y = ta.year + 1; y < tb.year; y++) {
      seconds += table(y).totalSeconds();
    }
    return Duration.ofSeconds(seconds, (ta.totalNanos() - pa) + pb);
  }

  private static long checkedNanos(Duration amount) {
    Objects.requireNonNull(amount, "amount must not be null");
    if (amount.isNegative()) {
      throw new IllegalArgumentException(
          "amount of business time must not be negative but was: " + amount);
    }
    try {
      return amount.toNanos();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "amount of business time must fit in a long of nanoseconds (292 years) but was: "
              + amount,
          e);
    }
  }

  private YearTable tableOf(long epochSecond) {
    // the mean Gregorian year is 31,556,952 s: the estimate is off by at most one year
    YearTable t = table((int) (1970 + Math.floorDiv(epochSecond, 31_556_952L)));
    while (epochSecond < t.start) {
      t = table(t.year - 1);
    }
    while (epochSecond >= t.end) {
      t = table(t.year + 1);
    }
    return t;
  }

  private YearTable table(int year) {
    int slot = year - CACHE_FIRST_YEAR;
    if (slot < 0 || slot >= CACHE_YEARS) {
      return build(year);
    }
    YearTable t = cache.get(slot);
    if (t == null) {
      t = build(year);
      if (!cache.compareAndSet(slot, null, t)) {
        t = cache.get(slot);
      }
    }
    return t;
  }

  private YearTable build(int year) {
    LocalDate day = LocalDate.of(year, 1, 1);
    LocalDate next = day.plusYears(1);
    long[] opens = new long[800];
    long[] closes = new long[800];
    int n = 0;
    for (; day.isBefore(next); day = day.plusDays(1)) {
      if (holidays.contains(day)) {
        continue;
      }
      for (WorkingPeriod p : hours.get(day.getDayOfWeek())) {
        long o = epochSecond(day.atTime(p.start()));
        long c =
            epochSecond(p.endsAtMidnight() ? day.plusDays(1).atStartOfDay() : day.atTime(p.end()));
        if (c <= o) {
          continue; // the whole period fell into a skipped hour
        }
        if (n > 0 && o <= closes[n - 1]) {
          closes[n - 1] = Math.max(closes[n - 1], c);
          continue;
        }
        if (n == opens.length) {
          opens = Arrays.copyOf(opens, n * 2);
          closes = Arrays.copyOf(closes, n * 2);
        }
        opens[n] = o;
        closes[n] = c;
        n++;
      }
    }
    return new YearTable(
        year,
        epochSecond(LocalDate.of(year, 1, 1).atStartOfDay()),
        epochSecond(next.atStartOfDay()),
        opens,
        closes,
        n);
  }

  /**
   * A local date-time as an instant: a skipped time maps to the instant of the jump, a repeated one
   * to its first occurrence.
   */
  private long epochSecond(LocalDateTime local) {
    List<ZoneOffset> offsets = rules.getValidOffsets(local);
    if (offsets.isEmpty()) {
      ZoneOffsetTransition gap = rules.getTransition(local);
      return gap.toEpochSecond();
    }
    return local.toEpochSecond(offsets.get(0));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BusinessCalendar other
        && zone.equals(other.zone)
        && hours.equals(other.hours)
        && holidays.equals(other.holidays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, hours, holidays);
  }

  /**
   * For example {@code "BusinessCalendar[Europe/Berlin, MON-FRI 09:00-17:00, SAT 10:00-14:00, 2
   * holidays]"}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("BusinessCalendar[").append(zone);
    DayOfWeek[] days = DayOfWeek.values();
    int i = 0;
    while (i < days.length) {
      int j = i;
      while (j + 1 < days.length && hours.get(days[j + 1]).equals(hours.get(days[i]))) {
        j++;
      }
      List<WorkingPeriod> h = hours.get(days[i]);
      if (!h.isEmpty()) {
        sb.append(", ").append(abbreviation(days[i]));
        if (j > i) {
          sb.append('-').append(abbreviation(days[j]));
        }
        for (int k = 0; k < h.size(); k++) {
          sb.append(k == 0 ? " " : ",").append(h.get(k));
        }
      }
      i = j + 1;
    }
    sb.append(", ")
        .append(holidays.size())
        .append(holidays.size() == 1 ? " holiday]" : " holidays]");
    return sb.toString();
  }

  private static String abbreviation(DayOfWeek day) {
    return day.name().substring(0, 3);
  }

  /**
   * Builds a {@link BusinessCalendar}; every method returns this builder.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final ZoneId zone;
    private final EnumMap<DayOfWeek, List<WorkingPeriod>> hours = new EnumMap<>(DayOfWeek.class);
    private final TreeSet<LocalDate> holidays = new TreeSet<>();

    private Builder(ZoneId zone) {
      this.zone = zone;
      for (DayOfWeek d : DayOfWeek.values()) {
        hours.put(d, new ArrayList<>());
      }
    }

    /** Adds working periods on {@code day}. */
    public Builder hours(DayOfWeek day, WorkingPeriod... periods) {
      Objects.requireNonNull(day, "day must not be null");
      for (WorkingPeriod p : periods) {
        hours.get(day).add(Objects.requireNonNull(p, "working periods must not be null"));
      }
      return this;
    }

    /** Adds working periods on every day from Monday to Friday. */
    public Builder weekdays(WorkingPeriod... periods) {
      for (DayOfWeek d : DayOfWeek.values()) {
        if (d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY) {
          hours(d, periods);
        }
      }
      return this;
    }

    /** Adds a holiday (a local date on which the calendar stays closed). */
    public Builder holiday(LocalDate date) {
      holidays.add(Objects.requireNonNull(date, "holiday must not be null"));
      return this;
    }

    /** Adds holidays. */
    public Builder holidays(Collection<LocalDate> dates) {
      for (LocalDate d : Objects.requireNonNull(dates, "holidays must not be null")) {
        holiday(d);
      }
      return this;
    }

    /**
     * The calendar.
     *
     * @throws IllegalArgumentException if two periods of a day overlap or no day has a working
     *     period
     */
    public BusinessCalendar build() {
      EnumMap<DayOfWeek, List<WorkingPeriod>> copy = new EnumMap<>(DayOfWeek.class);
      boolean any = false;
      for (Map.Entry<DayOfWeek, List<WorkingPeriod>> e : hours.entrySet()) {
        List<WorkingPeriod> sorted = new ArrayList<>(e.getValue());
        Collections.sort(sorted);
        for (int i = 1; i < sorted.size(); i++) {
          if (sorted.get(i - 1).overlaps(sorted.get(i))) {
            throw new IllegalArgumentException(
                "working periods of "
                    + e.getKey()
                    + " must not overlap but "
                    + sorted.get(i - 1)
                    + " and "
                    + sorted.get(i)
                    + " do");
          }
        }
        any = any || !sorted.isEmpty();
        copy.put(e.getKey(), List.copyOf(sorted));
      }
      if (!any) {
        throw new IllegalArgumentException(
            "calendar in "
                + zone
                + " must have at least one working period in the week"
                + " but has none");
      }
      return new BusinessCalendar(
          zone,
          Collections.unmodifiableMap(copy),
          Collections.unmodifiableSortedSet(new TreeSet<>(holidays)));
    }
  }
}
