package io.crmkit.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.customer.CustomerId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class FeedbackStatsTest {

  static final Instant JAN = Instant.parse("2024-01-10T12:00:00Z");
  static final Instant FEB = Instant.parse("2024-02-10T12:00:00Z");

  static Feedback nps(String id, String customer, Instant at, int score) {
    return Feedback.nps(id, CustomerId.of(customer), at, score);
  }

  @Test
  void nps_is_promoters_minus_detractors_in_percent_points() {
    // 3 promoters (9, 10, 10), 1 passive (7), 1 detractor (6): (3 - 1) / 5 = 40 points
    NpsResult r = NpsResult.ofScores(9, 10, 10, 7, 6);
    assertThat(r.promoters()).isEqualTo(3);
    assertThat(r.passives()).isEqualTo(1);
    assertThat(r.detractors()).isEqualTo(1);
    assertThat(r.score()).hasValue(40.0);
  }

  @Test
  void nps_bounds_are_minus_100_and_100() {
    assertThat(NpsResult.ofScores(0, 6, 3).score()).hasValue(-100.0);
    assertThat(NpsResult.ofScores(9, 10).score()).hasValue(100.0);
    assertThat(NpsResult.none().score()).isEmpty();
  }

  @Test
  void csat_is_the_share_of_4_and_5_and_mean_score() {
    CsatResult r = CsatResult.ofScores(5, 4, 3, 1);
    assertThat(r.responses()).isEqualTo(4);
    assertThat(r.satisfied()).isEqualTo(2);
    assertThat(r.score()).hasValue(50.0);
    assertThat(r.meanScore()).hasValue(3.25);
    assertThat(r.count(3)).isEqualTo(1);
    assertThat(CsatResult.none().meanScore()).isEmpty();
  }

  @Test
  void overall_counts_each_answer_and_only_present_scores() {
    List<Feedback> all =
        List.of(
            nps("1", "a", JAN, 10).withCsat(5),
            nps("2", "a", JAN, 3),
            Feedback.csat("3", CustomerId.of("b"), FEB, 2),
            Feedback.text("4", CustomerId.of("c"), FEB, "fine"));
    FeedbackScores s = FeedbackStats.overall(all);
    assertThat(s.answers()).isEqualTo(4);
    assertThat(s.nps().responses()).isEqualTo(2);
    assertThat(s.nps().score()).hasValue(0.0);
    assertThat(s.csat().responses()).isEqualTo(2);
    assertThat(s.csat().score()).hasValue(50.0);
  }

  @Test
  void per_segment_groups_customers_by_the_given_function() {
    Map<String, String> segmentOf = Map.of("a", "gold", "b", "gold", "c", "bronze");
    List<Feedback> all =
        List.of(nps("1", "a", JAN, 10), nps("2", "b", JAN, 9), nps("3", "c", JAN, 0));
    SortedMap<String, FeedbackScores> bySegment =
        FeedbackStats.bySegment(all, id -> segmentOf.get(id.value()));
    assertThat(bySegment).containsOnlyKeys("bronze", "gold");
    assertThat(bySegment.get("gold").nps().score()).hasValue(100.0);
    assertThat(bySegment.get("bronze").nps().score()).hasValue(-100.0);
  }

  @Test
  void segment_function_without_answer_is_refused_naming_the_customer() {
    assertThatThrownBy(() -> FeedbackStats.bySegment(List.of(nps("1", "a", JAN, 10)), id -> null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("customer a");
  }

  @Test
  void months_are_calendar_months_in_the_given_zone() {
    Instant lateJanUtc = Instant.parse("2024-01-31T23:30:00Z");
    List<Feedback> all = List.of(nps("1", "a", lateJanUtc, 10), nps("2", "a", JAN, 0));
    assertThat(FeedbackStats.byMonth(all, ZoneOffset.UTC)).containsOnlyKeys(YearMonth.of(2024, 1));
    SortedMap<YearMonth, FeedbackScores> auckland =
        FeedbackStats.byMonth(all, ZoneId.of("Pacific/Auckland"));
    assertThat(auckland).containsOnlyKeys(YearMonth.of(2024, 1), YearMonth.of(2024, 2));
    assertThat(auckland.get(YearMonth.of(2024, 2)).nps().promoters()).isEqualTo(1);
  }

  @Test
  void weeks_are_keyed_by_their_first_day() {
    // 2024-01-10 is a Wednesday
    SortedMap<LocalDate, FeedbackScores> weeks =
        FeedbackStats.byWeek(List.of(nps("1", "a", JAN, 8)), ZoneOffset.UTC, DayOfWeek.MONDAY);
    assertThat(weeks).containsOnlyKeys(LocalDate.of(2024, 1, 8));
    assertThat(
            FeedbackStats.byWeek(List.of(nps("1", "a", JAN, 8)), ZoneOffset.UTC, DayOfWeek.SUNDAY))
        .containsOnlyKeys(LocalDate.of(2024, 1, 7));
  }

  @Test
  void between_uses_half_open_local_date_ranges() {
    List<Feedback> all = List.of(nps("1", "a", JAN, 10), nps("2", "a", FEB, 0));
    assertThat(
            FeedbackStats.between(
                    all, ZoneOffset.UTC, LocalDate.of(2024, 1, 10), LocalDate.of(2024, 2, 10))
                .answers())
        .isEqualTo(1);
    assertThat(
            FeedbackStats.between(
                    all, ZoneOffset.UTC, LocalDate.of(2024, 1, 11), LocalDate.of(2024, 2, 11))
                .nps()
                .detractors())
        .isEqualTo(1);
    assertThatThrownBy(
            () ->
                FeedbackStats.between(
                    all, ZoneOffset.UTC, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2024-01-01");
  }

  @Test
  void bad_counts_and_scores_are_refused() {
    assertThatThrownBy(() -> new NpsResult(-1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("promoters=-1");
    assertThatThrownBy(() -> NpsResult.ofScores(11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("11");
    assertThatThrownBy(() -> CsatResult.ofScores(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
    assertThatThrownBy(() -> new CsatResult(new long[4]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5 entries");
    assertThatThrownBy(() -> new FeedbackScores(0, NpsResult.ofScores(9), CsatResult.none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("answers");
  }

  @Test
  void results_print_readably() {
    assertThat(NpsResult.ofScores(9, 10, 7, 0))
        .hasToString("NPS 25.0 (n=4: 2 promoters, 1 passives, 1 detractors)");
    assertThat(CsatResult.ofScores(5, 4, 3, 4))
        .hasToString("CSAT 75.0% (n=4, mean 4.00, counts 1..5=[0, 0, 1, 2, 1])");
    assertThat(CsatResult.ofScores(5, 4, 3, 4).meanScore().getAsDouble())
        .isCloseTo(4.0, within(1e-12));
  }

  @Test
  void missing_zone_period_or_group_key_is_refused() {
    List<Feedback> all = List.of(nps("1", "a", JAN, 10));
    assertThatThrownBy(() -> FeedbackStats.byMonth(all, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("zone");
    assertThatThrownBy(() -> FeedbackStats.byWeek(all, ZoneOffset.UTC, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("firstDayOfWeek");
    assertThatThrownBy(() -> FeedbackStats.groupedBy(all, f -> (String) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("feedback 1");
    assertThatThrownBy(() -> FeedbackStats.overall(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("feedback");
  }
}
