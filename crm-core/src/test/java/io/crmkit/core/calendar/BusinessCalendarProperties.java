package io.crmkit.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Invariants of business-time arithmetic on random calendars, zones and instants (2019–2031). */
class BusinessCalendarProperties {

  private static final List<String> ZONES =
      List.of(
          "UTC",
          "Europe/Berlin",
          "America/New_York",
          "Australia/Sydney",
          "Asia/Kolkata",
          "Pacific/Chatham",
          "America/Sao_Paulo");
  private static final long FROM = Instant.parse("2019-01-01T00:00:00Z").getEpochSecond();
  private static final long TO = Instant.parse("2031-01-01T00:00:00Z").getEpochSecond();

  @Provide
  Arbitrary<BusinessCalendar> calendars() {
    Arbitrary<String> zone = Arbitraries.of(ZONES);
    // per weekday: no hours, or one or two periods between 05:00 and 24:00 (clear of every clock
    // change)
    Arbitrary<int[]> day = Arbitraries.integers().between(5, 24).array(int[].class).ofSize(4);
    Arbitrary<List<int[]>> week = day.list().ofSize(7);
    Arbitrary<List<Integer>> holidays =
        Arbitraries.integers().between(0, 12 * 366).list().ofMaxSize(30);
    return Combinators.combine(zone, week, holidays)
        .as(
            (z, w, h) -> {
              BusinessCalendar.Builder b = BusinessCalendar.builder(ZoneId.of(z));
              boolean any = false;
              for (int d = 0; d < 7; d++) {
                int[] cut = w.get(d).clone();
                Arrays.sort(cut);
                any = addPeriod(b, DayOfWeek.of(d + 1), cut[0], cut[1]) || any;
                any = addPeriod(b, DayOfWeek.of(d + 1), cut[2], cut[3]) || any;
              }
              if (!any) {
                b.hours(DayOfWeek.WEDNESDAY, WorkingPeriod.of("09:00", "17:00"));
              }
              h.forEach(days -> b.holiday(LocalDate.of(2019, 1, 1).plusDays(days)));
              return b.build();
            });
  }

  private static boolean addPeriod(BusinessCalendar.Builder b, DayOfWeek day, int start, int end) {
    if (start >= end) {
      return false;
    }
    b.hours(
        day,
        WorkingPeriod.of(
            LocalTime.of(start, 0), end == 24 ? LocalTime.MIDNIGHT : LocalTime.of(end, 0)));
    return true;
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Combinators.combine(
            Arbitraries.longs().between(FROM, TO), Arbitraries.integers().between(0, 999_999_999))
        .as(Instant::ofEpochSecond);
  }

  @Provide
  Arbitrary<Duration> amounts() {
    return Arbitraries.longs().between(0, 3_000L * 3600 * 1_000_000_000L).map(Duration::ofNanos);
  }

  @Property(tries = 300)
  void between_undoes_plus(
      @ForAll("calendars") BusinessCalendar cal,
      @ForAll("instants") Instant t,
      @ForAll("amounts") Duration d) {
    Instant end = cal.plusBusinessTime(t, d);
    assertThat(cal.businessTimeBetween(t, end)).isEqualTo(d);
  }

  @Property(tries = 300)
  void plus_of_between_reaches_b_or_the_last_closing_before_it(
      @ForAll("calendars") BusinessCalendar cal,
      @ForAll("instants") Instant a,
      @ForAll("instants") Instant b) {
    Instant from = a.isBefore(b) ? a : b;
    Instant to = a.isBefore(b) ? b : a;
    Duration d = cal.businessTimeBetween(from, to);
    Instant reached = cal.plusBusinessTime(from, d);
    assertThat(reached).isBeforeOrEqualTo(to);
    assertThat(cal.businessTimeBetween(reached, to)).isEqualTo(Duration.ZERO);
    // plusBusinessTime gives the earliest instant: inside an open interval that is b itself;
    // otherwise (b closed, or b exactly an opening instant) it is the closing instant of the last
    // interval before b.
    boolean strictlyInside = cal.isOpen(to) && cal.isOpen(to.minusNanos(1));
    if (strictlyInside) {
      assertThat(reached).isEqualTo(to);
    } else if (!d.isZero()) {
      assertThat(cal.isOpen(reached)).as("open at %s", reached).isFalse();
      assertThat(cal.isOpen(reached.minusNanos(1))).as("open before %s", reached).isTrue();
    }
  }

  @Property(tries = 300)
  void plus_is_monotone_in_the_start_and_the_amount(
      @ForAll("calendars") BusinessCalendar cal,
      @ForAll("instants") Instant a,
      @ForAll("instants") Instant b,
      @ForAll("amounts") Duration d1,
      @ForAll("amounts") Duration d2) {
    Instant early = a.isBefore(b) ? a : b;
    Instant late = a.isBefore(b) ? b : a;
    Duration small = d1.compareTo(d2) <= 0 ? d1 : d2;
    Duration large = d1.compareTo(d2) <= 0 ? d2 : d1;
    assertThat(cal.plusBusinessTime(early, small))
        .isBeforeOrEqualTo(cal.plusBusinessTime(late, small));
    assertThat(cal.plusBusinessTime(early, small))
        .isBeforeOrEqualTo(cal.plusBusinessTime(early, large));
    assertThat(cal.businessTimeBetween(early, late))
        .isLessThanOrEqualTo(Duration.between(early, late));
  }

  @Property(tries = 300)
  void between_adds_up_over_consecutive_spans(
      @ForAll("calendars") BusinessCalendar cal,
      @ForAll("instants") Instant a,
      @ForAll("instants") Instant b,
      @ForAll("instants") Instant c) {
    assertThat(cal.businessTimeBetween(a, b).plus(cal.businessTimeBetween(b, c)))
        .isEqualTo(cal.businessTimeBetween(a, c));
  }

  @Property(tries = 200)
  void between_equals_a_day_by_day_count(
      @ForAll("calendars") BusinessCalendar cal,
      @ForAll("instants") Instant a,
      @ForAll @LongRange(min = 0, max = 40L * 86_400) long spanSeconds) {
    Instant b = a.plusSeconds(spanSeconds);
    assertThat(cal.businessTimeBetween(a, b)).isEqualTo(dayByDay(cal, a, b));
  }

  @Property(tries = 200)
  void next_open_is_open_and_nothing_is_open_before_it(
      @ForAll("calendars") BusinessCalendar cal, @ForAll("instants") Instant t) {
    Instant open = cal.nextOpen(t);
    assertThat(open).isAfterOrEqualTo(t);
    assertThat(cal.isOpen(open)).isTrue();
    assertThat(cal.businessTimeBetween(t, open)).isEqualTo(Duration.ZERO);
  }

  @Property(tries = 100)
  void around_the_clock_business_time_is_elapsed_time(
      @ForAll("instants") Instant a, @ForAll("instants") Instant b) {
    BusinessCalendar always = BusinessCalendar.alwaysOpen(ZoneId.of("Europe/Berlin"));
    assertThat(always.businessTimeBetween(a, b)).isEqualTo(Duration.between(a, b));
  }

  /**
   * Reference: the overlap of [a, b) with every period of every date, converted by ZonedDateTime.
   */
  private static Duration dayByDay(BusinessCalendar cal, Instant a, Instant b) {
    ZoneId zone = cal.zone();
    Duration sum = Duration.ZERO;
    for (LocalDate d = a.atZone(zone).toLocalDate().minusDays(1);
        !d.isAfter(b.atZone(zone).toLocalDate());
        d = d.plusDays(1)) {
      if (cal.holidays().contains(d)) {
        continue;
      }
      for (WorkingPeriod p : cal.hours(d.getDayOfWeek())) {
        Instant o = ZonedDateTime.of(d, p.start(), zone).toInstant();
        Instant c =
            p.endsAtMidnight()
                ? d.plusDays(1).atStartOfDay(zone).toInstant()
                : ZonedDateTime.of(d, p.end(), zone).toInstant();
        Instant lo = o.isAfter(a) ? o : a;
        Instant hi = c.isBefore(b) ? c : b;
        if (hi.isAfter(lo)) {
          sum = sum.plus(Duration.between(lo, hi));
        }
      }
    }
    return sum;
  }
}
