package io.crmkit.sales.pipeline;

import static io.crmkit.sales.pipeline.SalesPipeline.LOST;
import static io.crmkit.sales.pipeline.SalesPipeline.NEEDS_ANALYSIS;
import static io.crmkit.sales.pipeline.SalesPipeline.NEGOTIATION;
import static io.crmkit.sales.pipeline.SalesPipeline.PROPOSAL;
import static io.crmkit.sales.pipeline.SalesPipeline.QUALIFICATION;
import static io.crmkit.sales.pipeline.SalesPipeline.WON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import io.crmkit.lifecycle.stage.EventNotAllowedException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SalesPipelineTest {

  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final Currency EUR = Currency.getInstance("EUR");
  private final SalesPipeline pipeline = SalesPipeline.standard();

  private static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  private Deal open(String id, String amount, LocalDate close, int day) {
    return pipeline.open(
        id, CustomerId.of("42"), "licences", Money.of(amount, "EUR"), close, day(day));
  }

  /**
   * d1 won via negotiation, d2 open in proposal, d3 lost in qualification, d4 open in needs
   * analysis.
   */
  private List<Deal> deals() {
    Deal d1 = open("d1", "1000", LocalDate.of(2024, 2, 15), 0);
    d1 = pipeline.move(d1, "m1", day(5), NEEDS_ANALYSIS, "budget confirmed");
    d1 = pipeline.move(d1, "m2", day(15), PROPOSAL, "quote sent");
    d1 = pipeline.move(d1, "m3", day(20), NEGOTIATION, "discount asked");
    d1 = pipeline.move(d1, "m4", day(40), WON, "signed");
    Deal d2 = open("d2", "2000", LocalDate.of(2024, 3, 31), 10);
    d2 = pipeline.move(d2, "m1", day(12), NEEDS_ANALYSIS, "demo booked");
    d2 = pipeline.move(d2, "m2", day(30), PROPOSAL, "quote sent");
    Deal d3 = open("d3", "500", LocalDate.of(2024, 3, 1), 20);
    d3 = pipeline.move(d3, "m1", day(22), LOST, "no budget");
    Deal d4 = open("d4", "300", LocalDate.of(2024, 3, 20), 25);
    d4 = pipeline.move(d4, "m1", day(26), NEEDS_ANALYSIS, "call");
    d4 = pipeline.recordActivity(d4, "a1", day(50), "follow-up call");
    return List.of(d1, d2, d3, d4);
  }

  @Test
  void weighted_pipeline_value_sums_open_deals_by_win_probability() {
    // d2 2000 x 0.5 + d4 300 x 0.2
    assertThat(pipeline.weightedValue(deals(), EUR)).isEqualTo(Money.of("1060.00", "EUR"));
  }

  @Test
  void forecast_by_close_month_books_won_deals_when_won() {
    assertThat(pipeline.forecastByCloseMonth(deals(), EUR, ZoneOffset.UTC))
        .containsExactly(
            Map.entry(YearMonth.of(2024, 2), Money.of("1000.00", "EUR")), // d1 won on 2024-02-10
            Map.entry(YearMonth.of(2024, 3), Money.of("1060.00", "EUR")));
  }

  @Test
  void conversion_rates_between_consecutive_stages() {
    assertThat(pipeline.conversionRates(deals()))
        .extracting(Object::toString)
        .containsExactly(
            "QUALIFICATION -> NEEDS_ANALYSIS: 3 of 4 (75.0%)",
            "NEEDS_ANALYSIS -> PROPOSAL: 2 of 3 (66.7%)",
            "PROPOSAL -> NEGOTIATION: 1 of 2 (50.0%)",
            "NEGOTIATION -> WON: 1 of 1 (100.0%)");
  }

  @Test
  void a_deal_won_straight_from_proposal_counts_as_passing_negotiation() {
    Deal d =
        pipeline.move(
            pipeline.move(
                open("x", "10", LocalDate.of(2024, 1, 31), 0), "m1", day(1), NEEDS_ANALYSIS, "ok"),
            "m2",
            day(2),
            PROPOSAL,
            "quote");
    d = pipeline.move(d, "m3", day(3), WON, "accepted the quote");
    assertThat(pipeline.conversionRates(List.of(d)).get(2).converted()).isEqualTo(1);
  }

  @Test
  void average_days_in_stage_counts_open_stages_up_to_as_of() {
    Map<String, Double> avg = new java.util.TreeMap<>();
    pipeline.averageDaysInStage(deals(), day(60)).forEach((s, v) -> avg.put(s.name(), v));
    // QUALIFICATION: d1 5, d2 2, d3 2, d4 1 -> 2.5; NEEDS_ANALYSIS: d1 10, d2 18, d4 34 -> 20.667
    // PROPOSAL: d1 5, d2 30 -> 17.5; NEGOTIATION: d1 20
    assertThat(avg.get("QUALIFICATION")).isCloseTo(2.5, within(1e-9));
    assertThat(avg.get("NEEDS_ANALYSIS")).isCloseTo(62 / 3.0, within(1e-9));
    assertThat(avg.get("PROPOSAL")).isCloseTo(17.5, within(1e-9));
    assertThat(avg.get("NEGOTIATION")).isCloseTo(20, within(1e-9));
  }

  @Test
  void stale_deals_are_open_deals_without_recent_activity() {
    assertThat(pipeline.staleDeals(deals(), day(60), 14))
        .extracting(Deal::id)
        .containsExactly("d2");
    assertThat(pipeline.staleDeals(deals(), day(60), 5))
        .extracting(Deal::id)
        .containsExactly("d2", "d4");
  }

  @Test
  void won_and_lost_are_final() {
    Deal lost = deals().get(2);
    assertThatThrownBy(() -> pipeline.move(lost, "m9", day(30), QUALIFICATION, "try again"))
        .isInstanceOf(EventNotAllowedException.class)
        .hasMessageContaining("deal d3 in stage LOST cannot take manual move m9")
        .hasMessageContaining("no events (final stage)");
  }

  @Test
  void skipping_stages_is_rejected_with_the_allowed_moves() {
    Deal d = open("x", "10", LocalDate.of(2024, 1, 31), 0);
    assertThatThrownBy(() -> pipeline.move(d, "m1", day(1), NEGOTIATION, "rush"))
        .isInstanceOf(EventNotAllowedException.class)
        .hasMessageContaining("manual moves to [NEEDS_ANALYSIS, LOST]");
  }

  @Test
  void deals_in_another_currency_are_rejected() {
    Deal usd =
        pipeline.open(
            "u", CustomerId.of("1"), "", Money.of("5", "USD"), LocalDate.of(2024, 1, 1), T0);
    assertThatThrownBy(() -> pipeline.weightedValue(List.of(usd), EUR))
        .hasMessage("amount of deal u must be in EUR but was: " + usd.amount());
  }

  @Test
  void win_probabilities_are_configurable_and_validated() {
    SalesPipeline p =
        SalesPipeline.withProbabilities(
            Map.of(QUALIFICATION, 0.05, NEEDS_ANALYSIS, 0.1, PROPOSAL, 0.3, NEGOTIATION, 0.6));
    assertThat(p.winProbability(PROPOSAL)).isEqualTo(0.3);
    assertThat(p.winProbability(WON)).isEqualTo(1.0);
    assertThatThrownBy(
            () ->
                SalesPipeline.withProbabilities(
                    Map.of(
                        QUALIFICATION, 1.5, NEEDS_ANALYSIS, 0.1, PROPOSAL, 0.3, NEGOTIATION, 0.6)))
        .hasMessage("win probability of QUALIFICATION must be in [0, 1] but was: 1.5");
  }

  @Test
  void deal_reads_well() {
    assertThat(open("d9", "12000", LocalDate.of(2024, 6, 30), 0))
        .hasToString("deal d9 'licences' with 42: 12000 EUR, QUALIFICATION, closes 2024-06-30");
  }
}
