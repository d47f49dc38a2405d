package io.crmkit.loyalty.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpiryPolicyTest {

  private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static Instant at(String local, ZoneId zone) {
    return LocalDateTime.parse(local).atZone(zone).toInstant();
  }

  @Test
  void days_after_earning_counts_local_days_and_expires_at_the_start_of_the_next_day() {
    // earned late on 31 January in Auckland (still 31 January, 10:30 UTC), 30 days: valid through 2
    // March (leap year)
    Instant earned = at("2024-01-31T23:30", AUCKLAND);
    assertThat(ExpiryPolicy.daysAfterEarning(30).lotExpiry(earned, AUCKLAND))
        .contains(at("2024-03-02T00:00", AUCKLAND));
    // the same instant in New York is 31 January 05:30 as well: valid through 1 March
    assertThat(ExpiryPolicy.daysAfterEarning(30).lotExpiry(earned, NEW_YORK))
        .contains(at("2024-03-02T00:00", NEW_YORK));
  }

  @Test
  void days_after_earning_across_a_leap_day() {
    Instant earned = at("2024-02-28T12:00", NEW_YORK);
    assertThat(ExpiryPolicy.daysAfterEarning(1).lotExpiry(earned, NEW_YORK))
        .contains(at("2024-03-01T00:00", NEW_YORK));
    Instant earned2023 = at("2023-02-28T12:00", NEW_YORK);
    assertThat(ExpiryPolicy.daysAfterEarning(1).lotExpiry(earned2023, NEW_YORK))
        .contains(at("2023-03-02T00:00", NEW_YORK));
  }

  @Test
  void end_of_month_after_twelve_months_from_a_leap_day() {
    // 29 Feb 2024 + 12 months = 28 Feb 2025: valid to the end of February 2025
    Instant earned = at("2024-02-29T09:00", AUCKLAND);
    assertThat(ExpiryPolicy.endOfMonthAfter(12).lotExpiry(earned, AUCKLAND))
        .contains(at("2025-03-01T00:00", AUCKLAND));
  }

  @Test
  void end_of_month_depends_on_the_zone_at_a_month_boundary() {
    // 2024-03-31T12:00Z is 31 March in New York but already 1 April in Auckland
    Instant earned = Instant.parse("2024-03-31T12:00:00Z");
    assertThat(ExpiryPolicy.endOfMonthAfter(0).lotExpiry(earned, NEW_YORK))
        .contains(at("2024-04-01T00:00", NEW_YORK));
    assertThat(ExpiryPolicy.endOfMonthAfter(0).lotExpiry(earned, AUCKLAND))
        .contains(at("2024-05-01T00:00", AUCKLAND));
  }

  @Test
  void end_of_year_after_n_months_at_the_year_boundary() {
    // 31 December 2024 in New York (1 January 2025 05:00 UTC) + 12 months = 31 December 2025
    Instant earned = at("2024-12-31T23:59", NEW_YORK);
    assertThat(ExpiryPolicy.endOfYearAfter(12).lotExpiry(earned, NEW_YORK))
        .contains(at("2026-01-01T00:00", NEW_YORK));
    // read in UTC the same instant is 1 January 2025: end of 2026
    assertThat(ExpiryPolicy.endOfYearAfter(12).lotExpiry(earned, ZoneId.of("UTC")))
        .contains(Instant.parse("2027-01-01T00:00:00Z"));
  }

  @Test
  void inactivity_counts_months_from_the_last_activity() {
    Instant last = at("2023-11-30T10:00", NEW_YORK);
    // 30 Nov 2023 + 3 months = 29 Feb 2024 (leap): expired at the start of 1 March
    assertThat(ExpiryPolicy.afterInactivity(3).inactivityExpiry(last, NEW_YORK))
        .contains(at("2024-03-01T00:00", NEW_YORK));
    assertThat(ExpiryPolicy.afterInactivity(3).lotExpiry(last, NEW_YORK))
        .isEqualTo(Optional.empty());
  }

  @Test
  void never_expires() {
    assertThat(ExpiryPolicy.never().lotExpiry(Instant.EPOCH, NEW_YORK)).isEmpty();
    assertThat(ExpiryPolicy.never().inactivityExpiry(Instant.EPOCH, NEW_YORK)).isEmpty();
  }

  @Test
  void invalid_lengths_are_refused_with_the_value() {
    assertThatThrownBy(() -> ExpiryPolicy.daysAfterEarning(-1))
        .hasMessageContaining("days")
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> ExpiryPolicy.afterInactivity(0))
        .hasMessageContaining("months")
        .hasMessageContaining("0");
  }
}
