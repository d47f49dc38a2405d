package io.crmkit.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final BusinessCalendar OFFICE =
      BusinessCalendar.builder(BERLIN)
          .weekdays(WorkingPeriod.of("09:00", "17:00"))
          .holiday(LocalDate.of(2026, 12, 25))
          .holiday(LocalDate.of(2027, 1, 1))
          .build();

  private static Instant berlin(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
  }

  @Test
  void four_business_hours_from_monday_afternoon_end_on_tuesday_morning() {
    assertThat(OFFICE.plusBusinessTime(berlin("2026-03-02T15:00"), Duration.ofHours(4)))
        .isEqualTo(berlin("2026-03-03T11:00"));
  }

  @Test
  void a_full_day_from_the_opening_ends_at_the_closing_not_the_next_opening() {
    assertThat(OFFICE.plusBusinessTime(berlin("2026-03-02T09:00"), Duration.ofHours(8)))
        .isEqualTo(berlin("2026-03-02T17:00"));
  }

  @Test
  void friday_afternoon_plus_two_hours_is_monday_morning() {
    assertThat(OFFICE.plusBusinessTime(berlin("2026-03-06T16:00"), Duration.ofHours(2)))
        .isEqualTo(berlin("2026-03-09T10:00"));
  }

  @Test
  void time_added_outside_hours_starts_at_the_next_opening() {
    assertThat(OFFICE.plusBusinessTime(berlin("2026-03-07T12:00"), Duration.ofMinutes(30)))
        .isEqualTo(berlin("2026-03-09T09:30"));
  }

  @Test
  void adding_nothing_returns_the_start_even_when_closed() {
    Instant saturday = berlin("2026-03-07T12:00");
    assertThat(OFFICE.plusBusinessTime(saturday, Duration.ZERO)).isEqualTo(saturday);
  }

  @Test
  void the_year_end_skips_christmas_the_weekend_and_new_year() {
    // Thu 2026-12-24 16:00 + 3 h: 1 h on the 24th, Fri 25th holiday, Mon 28th 09:00-11:00
    assertThat(OFFICE.plusBusinessTime(berlin("2026-12-24T16:00"), Duration.ofHours(3)))
        .isEqualTo(berlin("2026-12-28T11:00"));
    // Thu 2026-12-31 16:00 + 2 h: 1 h on the 31st, Fri 2027-01-01 holiday, Mon 4th 10:00
    assertThat(OFFICE.plusBusinessTime(berlin("2026-12-31T16:00"), Duration.ofHours(2)))
        .isEqualTo(berlin("2027-01-04T10:00"));
    assertThat(OFFICE.businessTimeBetween(berlin("2026-12-31T16:00"), berlin("2027-01-04T10:00")))
        .isEqualTo(Duration.ofHours(2));
  }

  @Test
  void a_week_of_office_hours_is_forty_hours() {
    assertThat(OFFICE.businessTimeBetween(berlin("2026-03-02T00:00"), berlin("2026-03-09T00:00")))
        .isEqualTo(Duration.ofHours(40));
  }

  @Test
  void business_time_backwards_is_negative() {
    assertThat(OFFICE.businessTimeBetween(berlin("2026-03-03T11:00"), berlin("2026-03-02T15:00")))
        .isEqualTo(Duration.ofHours(-4));
  }

  @Test
  void nanoseconds_are_kept() {
    Instant t = berlin("2026-03-02T10:00").plusNanos(123_456_789);
    assertThat(OFFICE.plusBusinessTime(t, Duration.ofNanos(7))).isEqualTo(t.plusNanos(7));
    assertThat(OFFICE.businessTimeBetween(berlin("2026-03-02T08:00"), t))
        .isEqualTo(Duration.ofHours(1).plusNanos(123_456_789));
  }

  @Test
  void a_day_around_the_clock_lasts_23_hours_when_clocks_go_forward_and_25_when_they_go_back() {
    BusinessCalendar always = BusinessCalendar.alwaysOpen(BERLIN);
    assertThat(always.businessTimeBetween(berlin("2026-03-29T00:00"), berlin("2026-03-30T00:00")))
        .isEqualTo(Duration.ofHours(23));
    assertThat(always.businessTimeBetween(berlin("2026-10-25T00:00"), berlin("2026-10-26T00:00")))
        .isEqualTo(Duration.ofHours(25));
  }

  @Test
  void
      a_night_shift_over_the_skipped_hour_is_an_hour_shorter_and_over_the_repeated_hour_an_hour_longer() {
    BusinessCalendar night =
        BusinessCalendar.builder(BERLIN)
            .hours(DayOfWeek.SUNDAY, WorkingPeriod.of("01:00", "04:00"))
            .build();
    // 2026-03-29: 02:00 -> 03:00; 2026-10-25: 03:00 -> 02:00
    assertThat(night.businessTimeBetween(berlin("2026-03-29T00:00"), berlin("2026-03-29T05:00")))
        .isEqualTo(Duration.ofHours(2));
    assertThat(night.businessTimeBetween(berlin("2026-10-25T00:00"), berlin("2026-10-25T05:00")))
        .isEqualTo(Duration.ofHours(4));
    assertThat(night.plusBusinessTime(berlin("2026-03-29T01:30"), Duration.ofHours(1)))
        .isEqualTo(berlin("2026-03-29T03:30"));
  }

  @Test
  void a_period_starting_in_the_skipped_hour_opens_at_the_jump() {
    BusinessCalendar cal =
        BusinessCalendar.builder(BERLIN)
            .hours(DayOfWeek.SUNDAY, WorkingPeriod.of("02:30", "05:00"))
            .build();
    Instant jump = Instant.parse("2026-03-29T01:00:00Z"); // 02:00 CET = 03:00 CEST
    assertThat(cal.nextOpen(berlin("2026-03-29T00:00"))).isEqualTo(jump);
    assertThat(cal.businessTimeBetween(berlin("2026-03-29T00:00"), berlin("2026-03-29T06:00")))
        .isEqualTo(Duration.ofHours(2));
  }

  @Test
  void next_open_is_the_instant_itself_while_open_and_the_next_opening_otherwise() {
    Instant open = berlin("2026-03-02T10:00");
    assertThat(OFFICE.nextOpen(open)).isEqualTo(open);
    assertThat(OFFICE.nextOpen(berlin("2026-03-02T17:00"))).isEqualTo(berlin("2026-03-03T09:00"));
    assertThat(OFFICE.nextOpen(berlin("2026-12-31T18:00"))).isEqualTo(berlin("2027-01-04T09:00"));
    assertThat(OFFICE.isOpen(berlin("2026-03-02T09:00"))).isTrue();
    assertThat(OFFICE.isOpen(berlin("2026-03-02T17:00"))).isFalse();
  }

  @Test
  void adjacent_periods_across_midnight_join() {
    BusinessCalendar shifts =
        BusinessCalendar.builder(BERLIN)
            .hours(DayOfWeek.MONDAY, WorkingPeriod.of("22:00", "24:00"))
            .hours(DayOfWeek.TUESDAY, WorkingPeriod.of("00:00", "06:00"))
            .build();
    assertThat(shifts.plusBusinessTime(berlin("2026-03-02T23:00"), Duration.ofHours(2)))
        .isEqualTo(berlin("2026-03-03T01:00"));
    assertThat(shifts.isOpen(berlin("2026-03-03T00:00"))).isTrue();
  }

  @Test
  void overlapping_periods_and_a_week_without_hours_are_refused() {
    assertThatThrownBy(
            () ->
                BusinessCalendar.builder(BERLIN)
                    .hours(
                        DayOfWeek.MONDAY,
                        WorkingPeriod.of("09:00", "12:00"),
                        WorkingPeriod.of("11:00", "13:00"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MONDAY")
        .hasMessageContaining("11:00-13:00");
    assertThatThrownBy(() -> BusinessCalendar.builder(BERLIN).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one working period");
    assertThatThrownBy(() -> WorkingPeriod.of("17:00", "09:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("after its start 17:00");
    assertThatThrownBy(() -> OFFICE.plusBusinessTime(Instant.EPOCH, Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT-1H");
  }

  @Test
  void prints_its_hours_grouped_by_day() {
    BusinessCalendar cal =
        BusinessCalendar.builder(BERLIN)
            .weekdays(WorkingPeriod.of("09:00", "17:00"))
            .hours(DayOfWeek.SATURDAY, WorkingPeriod.of("10:00", "14:00"))
            .holiday(LocalDate.of(2026, 1, 1))
            .build();
    assertThat(cal)
        .hasToString(
            "BusinessCalendar[Europe/Berlin, MON-FRI 09:00-17:00, SAT 10:00-14:00, 1 holiday]");
    assertThat(BusinessCalendar.alwaysOpen(ZoneId.of("UTC")))
        .hasToString("BusinessCalendar[UTC, MON-SUN 00:00-24:00, 0 holidays]");
  }

  @Test
  void equal_rules_make_equal_calendars() {
    assertThat(BusinessCalendar.weekdays(BERLIN, "09:00", "17:00"))
        .isEqualTo(
            BusinessCalendar.builder(BERLIN).weekdays(WorkingPeriod.of("09:00", "17:00")).build())
        .isNotEqualTo(OFFICE);
  }

  @Test
  void adding_the_time_up_to_an_opening_instant_ends_at_the_closing_before_it() {
    // Found by BusinessCalendarProperties (seed -3074181856528849423), shrunk: 2031-01-01T00:00Z
    // is Tuesday 2030-12-31 21:00 in Sao Paulo, the opening of the last interval.
    BusinessCalendar cal =
        BusinessCalendar.builder(ZoneId.of("America/Sao_Paulo"))
            .hours(DayOfWeek.TUESDAY, WorkingPeriod.of("21:00", "22:00"))
            .build();
    Instant from = Instant.parse("2019-01-01T00:00:00Z");
    Instant to = Instant.parse("2031-01-01T00:00:00Z");

    Duration d = cal.businessTimeBetween(from, to);

    assertThat(d).isEqualTo(Duration.ofHours(626));
    assertThat(cal.isOpen(to)).isTrue();
    assertThat(cal.plusBusinessTime(from, d)).isEqualTo(Instant.parse("2030-12-25T01:00:00Z"));
  }
}
