package io.crmkit.loyalty.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TierTrackerTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final List<Tier> TIERS =
      List.of(
          Tier.of("Silver", "0", TierBenefits.none()),
          Tier.of("Gold", "1000.00", TierBenefits.of("1.5", "5", Set.of("free delivery"))),
          Tier.of(
              "Platinum",
              "3000.00",
              TierBenefits.of("2", "10", Set.of("free delivery", "concierge"))));

  private static TierProgram bySpend(boolean oneAtATime) {
    return new TierProgram(
        TIERS,
        QualificationMetric.SPEND,
        QualificationWindow.calendarYear(),
        MonthDay.of(1, 1),
        Period.ofMonths(3),
        oneAtATime,
        EUR,
        PARIS);
  }

  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(PARIS).toInstant();
  }

  private static void spend(TierTracker t, String local, String amount) {
    t.record(at(local), 0, new BigDecimal(amount), 1);
  }

  @Test
  void upgrades_as_soon_as_the_member_qualifies() {
    TierTracker t = bySpend(true).newTracker(at("2024-01-01T00:00"));
    spend(t, "2024-03-01T10:00", "600.00");
    assertThat(t.tierName(at("2024-03-01T10:00"))).isEqualTo("Silver");
    spend(t, "2024-06-01T10:00", "400.00");
    TierStatus s = t.status(at("2024-06-01T10:00"));
    assertThat(s.tier().name()).isEqualTo("Gold");
    assertThat(s.since()).isEqualTo(at("2024-06-01T10:00"));
    // jumping straight over Gold is allowed on the way up
    TierTracker u = bySpend(true).newTracker(at("2024-01-01T00:00"));
    spend(u, "2024-02-01T10:00", "3500.00");
    assertThat(u.tierName(at("2024-02-01T10:00"))).isEqualTo("Platinum");
  }

  @Test
  void progress_says_how_much_more_to_spend_by_the_end_of_the_year() {
    TierTracker t = bySpend(true).newTracker(at("2024-01-01T00:00"));
    spend(t, "2024-06-01T10:00", "680.00");
    TierProgress p = t.progress(at("2024-06-02T00:00"));
    assertThat(p.text()).isEqualTo("spend 320.00 more by 31 December to reach Gold");
    assertThat(p.deadline()).contains(LocalDate.of(2024, 12, 31));
    assertThat(p.needed()).isEqualByComparingTo("320.00");
  }

  @Test
  void the_calendar_year_is_counted_in_the_programme_zone() {
    TierTracker t = bySpend(true).newTracker(at("2024-01-01T00:00"));
    spend(t, "2024-12-31T23:30", "999.99"); // still 2024 in Paris (22:30 UTC)
    assertThat(t.qualifyingValue(at("2024-12-31T23:59"))).isEqualByComparingTo("999.99");
    // 2024-12-31T23:30Z is 1 January 2025 00:30 in Paris: a new year
    t.record(Instant.parse("2024-12-31T23:30:00Z"), 0, new BigDecimal("0.01"), 1);
    assertThat(t.qualifyingValue(Instant.parse("2024-12-31T23:30:00Z")))
        .isEqualByComparingTo("0.01");
    assertThat(t.tierName(Instant.parse("2024-12-31T23:30:00Z"))).isEqualTo("Silver");
  }

  @Test
  void downgrade_only_at_the_review_date_after_the_grace_period_one_tier_at_a_time() {
    TierTracker t = bySpend(true).newTracker(at("2024-01-01T00:00"));
    spend(t, "2024-05-01T10:00", "3200.00");
    spend(t, "2025-05-01T10:00", "100.00"); // 2025 qualifies for Silver only
    assertThat(t.tierName(at("2025-12-31T23:59"))).isEqualTo("Platinum");
    TierStatus inGrace = t.status(at("2026-03-31T23:59"));
    assertThat(inGrace.tier().name()).isEqualTo("Platinum");
    assertThat(inGrace.downgradeTo()).contains("Gold");
    assertThat(inGrace.downgradeAt()).contains(at("2026-04-01T00:00"));
    TierStatus dropped = t.status(at("2026-04-01T00:00"));
    assertThat(dropped.tier().name()).isEqualTo("Gold");
    assertThat(dropped.since()).isEqualTo(at("2026-04-01T00:00"));
    assertThat(t.tierName(at("2027-04-01T00:00"))).isEqualTo("Silver");
  }

  @Test
  void downgrade_may_drop_several_tiers_when_configured() {
    TierTracker t = bySpend(false).newTracker(at("2024-01-01T00:00"));
    spend(t, "2024-05-01T10:00", "3200.00");
    assertThat(t.tierName(at("2026-04-01T00:00"))).isEqualTo("Silver");
  }

  @Test
  void requalifying_during_the_grace_period_cancels_the_downgrade() {
    TierTracker t = bySpend(true).newTracker(at("2024-01-01T00:00"));
    spend(t, "2024-05-01T10:00", "3200.00");
    assertThat(t.status(at("2025-01-02T00:00")).downgradeTo())
        .isEmpty(); // 2024 qualified for Platinum
    assertThat(t.status(at("2026-01-02T00:00")).downgradeTo()).contains("Gold"); // 2025 did not
    spend(t, "2026-03-01T10:00", "3000.00");
    TierStatus s = t.status(at("2026-04-02T00:00"));
    assertThat(s.tier().name()).isEqualTo("Platinum");
    assertThat(s.downgradeAt()).isEmpty();
  }

  @Test
  void rolling_window_of_qualifying_points_with_a_leap_day_review() {
    TierProgram p =
        new TierProgram(
            List.of(
                Tier.of("Blue", "0", TierBenefits.none()),
                Tier.of("Gold", "500", TierBenefits.none())),
            QualificationMetric.QUALIFYING_POINTS,
            QualificationWindow.rolling(12),
            MonthDay.of(2, 29),
            Period.ZERO,
            true,
            EUR,
            PARIS);
    TierTracker t = p.newTracker(at("2023-06-01T00:00"));
    t.record(at("2023-06-01T10:00"), 500, BigDecimal.ZERO, 1);
    assertThat(t.tierName(at("2023-06-01T10:00"))).isEqualTo("Gold");
    // review on 29 February 2024: the points of June 2023 are within 12 months: stays Gold
    assertThat(t.tierName(at("2024-02-29T00:00"))).isEqualTo("Gold");
    assertThat(t.progress(at("2024-03-01T00:00")).text()).isEqualTo("Gold is the highest tier");
    // in 2025 the review falls on 28 February; the window no longer holds them: drops at once (no
    // grace)
    assertThat(t.tierName(at("2025-02-27T23:59"))).isEqualTo("Gold");
    TierStatus s = t.status(at("2025-02-28T00:00"));
    assertThat(s.tier().name()).isEqualTo("Blue");
    assertThat(s.since()).isEqualTo(at("2025-02-28T00:00"));
    assertThat(t.progress(at("2025-03-01T00:00")).text())
        .isEqualTo("earn 500 more qualifying points within 12 months to reach Gold");
  }

  @Test
  void visits_progress_in_words() {
    TierProgram p =
        new TierProgram(
            List.of(
                Tier.of("Regular", "0", TierBenefits.none()),
                Tier.of("Friend", "10", TierBenefits.none())),
            QualificationMetric.VISITS,
            QualificationWindow.calendarYear(),
            MonthDay.of(1, 1),
            Period.ZERO,
            true,
            EUR,
            PARIS);
    TierTracker t = p.newTracker(at("2024-01-01T00:00"));
    for (int i = 0; i < 9; i++) {
      t.record(at("2024-02-0" + (i + 1) + "T10:00"), 0, BigDecimal.ONE, 1);
    }
    assertThat(t.progress(at("2024-02-10T00:00")).text())
        .isEqualTo("make 1 more visit by 31 December to reach Friend");
  }

  @Test
  void tier_benefits_become_earning_rules() {
    assertThat(bySpend(true).earningRules(RoundingMode.DOWN))
        .extracting(r -> r.id())
        .containsExactly("tier-Gold", "tier-Platinum");
  }

  @Test
  void invalid_tier_programmes_are_refused() {
    assertThatThrownBy(
            () ->
                new TierProgram(
                    List.of(Tier.of("A", "10", TierBenefits.none())),
                    QualificationMetric.SPEND,
                    QualificationWindow.calendarYear(),
                    MonthDay.of(1, 1),
                    Period.ZERO,
                    true,
                    EUR,
                    PARIS))
        .hasMessageContaining("threshold of the entry tier A must be 0 but was: 10");
    assertThatThrownBy(
            () ->
                new TierProgram(
                    List.of(
                        Tier.of("A", "0", TierBenefits.none()),
                        Tier.of("B", "0", TierBenefits.none())),
                    QualificationMetric.SPEND,
                    QualificationWindow.calendarYear(),
                    MonthDay.of(1, 1),
                    Period.ZERO,
                    true,
                    EUR,
                    PARIS))
        .hasMessageContaining("thresholds must increase");
    TierTracker t = bySpend(true).newTracker(at("2024-01-01T00:00"));
    spend(t, "2024-02-01T00:00", "1");
    assertThatThrownBy(() -> spend(t, "2024-01-15T00:00", "1"))
        .hasMessageContaining("must not be before");
  }
}
