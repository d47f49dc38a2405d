package io.crmkit.sales.forecast;

import static io.crmkit.sales.pipeline.SalesPipeline.LOST;
import static io.crmkit.sales.pipeline.SalesPipeline.NEEDS_ANALYSIS;
import static io.crmkit.sales.pipeline.SalesPipeline.NEGOTIATION;
import static io.crmkit.sales.pipeline.SalesPipeline.PROPOSAL;
import static io.crmkit.sales.pipeline.SalesPipeline.WON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import io.crmkit.core.team.Member;
import io.crmkit.core.team.MemberId;
import io.crmkit.core.team.Organisation;
import io.crmkit.core.team.Team;
import io.crmkit.core.team.TeamId;
import io.crmkit.sales.pipeline.Deal;
import io.crmkit.sales.pipeline.ForecastCategory;
import io.crmkit.sales.pipeline.SalesPipeline;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ForecastTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Instant T0 = Instant.parse("2024-03-01T09:00:00Z");
  private static final MemberId ANN = MemberId.of("ann");
  private static final MemberId BOB = MemberId.of("bob");
  private static final MemberId VP = MemberId.of("vp");
  private static final ForecastPeriod Q2 = PeriodGrain.QUARTER.periodOf(LocalDate.of(2024, 4, 1));
  private final SalesPipeline pipeline = SalesPipeline.standard();

  private static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  private Deal open(String id, String amount, LocalDate close) {
    return pipeline.open(id, CustomerId.of("c-" + id), "", Money.of(amount, "EUR"), close, T0);
  }

  private Deal to(Deal d, int atDay, io.crmkit.lifecycle.stage.Stage... path) {
    for (int i = 0; i < path.length; i++) {
      d = pipeline.move(d, "m" + atDay + "-" + i, day(atDay), path[i], "moved");
    }
    return d;
  }

  /**
   * Q2 2024: ann has d1 12000 in PROPOSAL (best case, 50%), d2 5000 in NEGOTIATION (commit, 80%)
   * and d5 2000 lost on day 63; bob has d3 3000 in QUALIFICATION (10%) and d4 8000 won on day 62 (2
   * May); d6 1000 in NEGOTIATION closes in Q3.
   */
  private List<OwnedDeal> deals() {
    Deal d1 = to(open("d1", "12000", LocalDate.of(2024, 5, 15)), 5, NEEDS_ANALYSIS, PROPOSAL);
    Deal d2 =
        to(open("d2", "5000", LocalDate.of(2024, 6, 10)), 5, NEEDS_ANALYSIS, PROPOSAL, NEGOTIATION);
    Deal d3 = open("d3", "3000", LocalDate.of(2024, 4, 20));
    Deal d4 =
        to(
            to(open("d4", "8000", LocalDate.of(2024, 6, 30)), 10, NEEDS_ANALYSIS, PROPOSAL),
            62,
            WON);
    Deal d5 = to(open("d5", "2000", LocalDate.of(2024, 4, 30)), 63, LOST);
    Deal d6 =
        to(open("d6", "1000", LocalDate.of(2024, 7, 1)), 5, NEEDS_ANALYSIS, PROPOSAL, NEGOTIATION);
    return List.of(
        OwnedDeal.of(d1, ANN),
        OwnedDeal.of(d2, ANN),
        OwnedDeal.of(d3, BOB),
        OwnedDeal.of(d4, BOB),
        OwnedDeal.of(d5, ANN),
        OwnedDeal.of(d6, VP));
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  @Test
  void perOwnerAndPeriodByCategoryAndWeighted() {
    Forecast f = Forecast.of(pipeline, deals(), PeriodGrain.QUARTER, EUR, BERLIN);
    assertThat(f.periods()).extracting(Object::toString).containsExactly("2024-Q2", "2024-Q3");
    CategoryTotals ann = f.totals(Q2, ANN);
    assertThat(ann.bestCase()).isEqualTo(eur("12000"));
    assertThat(ann.commit()).isEqualTo(eur("5000"));
    assertThat(ann.omitted()).isEqualTo(eur("2000"));
    assertThat(ann.weightedPipeline()).isEqualTo(eur("10000")); // 12000 x 0.5 + 5000 x 0.8
    CategoryTotals bob = f.totals(Q2, BOB);
    assertThat(bob.closed()).isEqualTo(eur("8000"));
    assertThat(bob.weightedForecast()).isEqualTo(eur("8300")); // 8000 won + 3000 x 0.1
    CategoryTotals q2 = f.total(Q2);
    assertThat(q2.deals()).isEqualTo(5);
    assertThat(q2.commitForecast()).isEqualTo(eur("13000"));
    assertThat(q2.bestCaseForecast()).isEqualTo(eur("25000"));
    assertThat(q2.measure(ForecastMeasure.PIPELINE)).isEqualTo(eur("28000"));
    assertThat(f.totals(Q2, VP)).isEqualTo(CategoryTotals.zero(EUR));
    assertThat(f.toString()).contains("2024-Q2   ann").contains("2024-Q3   vp");
  }

  @Test
  void monthlyPeriodsPlaceWonDealsWhenWon() {
    Forecast f = Forecast.of(pipeline, deals(), PeriodGrain.MONTH, EUR, BERLIN);
    ForecastPeriod may = PeriodGrain.MONTH.periodOf(LocalDate.of(2024, 5, 2));
    assertThat(f.totals(may, BOB).closed()).isEqualTo(eur("8000"));
    assertThat(f.totals(PeriodGrain.MONTH.periodOf(LocalDate.of(2024, 6, 30)), BOB).deals())
        .isZero();
  }

  @Test
  void categoriesCanBeChangedPerStage() {
    SalesPipeline cautious =
        pipeline.withForecastCategories(Map.of(NEGOTIATION, ForecastCategory.BEST_CASE));
    Forecast f = Forecast.of(cautious, deals(), PeriodGrain.QUARTER, EUR, BERLIN);
    assertThat(f.total(Q2).commitForecast()).isEqualTo(eur("8000"));
    assertThatThrownBy(() -> pipeline.withForecastCategories(Map.of(WON, ForecastCategory.COMMIT)))
        .hasMessage(
            "openStageCategories must have keys among [QUALIFICATION, NEEDS_ANALYSIS, PROPOSAL, NEGOTIATION] but had: WON");
  }

  @Test
  void rollUpByTeamHierarchy() {
    List<Member> people =
        List.of(
            Member.builder("ann").build(),
            Member.builder("bob").build(),
            Member.builder("vp").build());
    Organisation org =
        Organisation.of(
            people,
            List.of(
                Team.of("sales", "Sales", "vp"),
                Team.of("emea", "EMEA", "ann", "ann").under("sales"),
                Team.of("us", "US", "bob", "bob").under("sales")));
    Forecast f = Forecast.of(pipeline, deals(), PeriodGrain.QUARTER, EUR, BERLIN);
    TeamForecast sales = f.rollUp(org, TeamId.of("sales"), Q2);
    assertThat(sales.total()).isEqualTo(f.total(Q2));
    assertThat(sales.subteams()).extracting(TeamForecast::name).containsExactly("EMEA", "US");
    assertThat(sales.subteams().get(0).total()).isEqualTo(f.totals(Q2, ANN));
    assertThat(sales.direct()).isEqualTo(f.totals(Q2, VP));
    assertThat(sales.toString())
        .startsWith("Sales 2024-Q2: commit 13000 EUR, best case 25000 EUR, weighted ")
        .contains("\n  EMEA 2024-Q2: commit 5000 EUR");
  }

  @Test
  void winRateAndCycleTimeFromHistory() {
    DealHistory h = DealHistory.of(pipeline, deals(), BERLIN);
    WinRate q2 = h.winRate(Q2.start(), Q2.end());
    assertThat(q2).isEqualTo(new WinRate(1, 1));
    assertThat(q2.rate()).hasValue(0.5);
    assertThat(q2).hasToString("1 of 2 won (50.0%)");
    assertThat(h.winRateByOwner(Q2.start(), Q2.end()))
        .containsExactly(Map.entry(ANN, new WinRate(0, 1)), Map.entry(BOB, new WinRate(1, 0)));
    assertThat(h.cycleTime(Q2.start(), Q2.end()).median()).contains(Duration.ofDays(62));
    assertThat(h.cycleTimeByOwner(Q2.start(), Q2.end())).containsOnlyKeys(BOB);
    assertThat(h.winRate(Q2.end(), Q2.end().plusMonths(3)).rate()).isEmpty();
  }

  @Test
  void accuracyAgainstWhatClosed() {
    // the forecast made on 1 March, then the quarter as it closed: d1 won, d2 lost, d3 won
    Forecast before = Forecast.of(pipeline, deals(), PeriodGrain.QUARTER, EUR, BERLIN);
    List<OwnedDeal> later =
        deals().stream()
            .map(
                od ->
                    switch (od.deal().id()) {
                      case "d1" -> OwnedDeal.of(to(od.deal(), 70, NEGOTIATION, WON), ANN);
                      case "d2" -> OwnedDeal.of(to(od.deal(), 71, LOST), ANN);
                      case "d3" ->
                          OwnedDeal.of(to(od.deal(), 72, NEEDS_ANALYSIS, PROPOSAL, WON), BOB);
                      default -> od;
                    })
            .toList();
    Forecast after = Forecast.of(pipeline, later, PeriodGrain.QUARTER, EUR, BERLIN);
    ForecastAccuracy commit = ForecastAccuracy.of(before, after, Q2, ForecastMeasure.COMMIT);
    // forecast: ann 5000, bob 8000; actual: ann 12000, bob 11000
    assertThat(commit.totalForecast()).isEqualByComparingTo("13000");
    assertThat(commit.totalActual()).isEqualByComparingTo("23000");
    assertThat(commit.wape().orElseThrow()).isCloseTo((7000.0 + 3000.0) / 23000.0, within(1e-15));
    assertThat(commit.bias().orElseThrow()).isCloseTo((13000.0 - 23000.0) / 23000.0, within(1e-15));
    assertThat(commit.lines().get(0).error()).isEqualTo(eur("7000"));
    ForecastAccuracy weighted = ForecastAccuracy.of(before, after, Q2, ForecastMeasure.WEIGHTED);
    assertThat(weighted.totalForecast()).isEqualByComparingTo(new BigDecimal("18300"));
    assertThat(weighted.toString()).startsWith("2024-Q2 WEIGHTED forecast ");
  }

  @Test
  void periodsAreValidated() {
    assertThat(PeriodGrain.QUARTER.periodOf(LocalDate.of(2024, 12, 31))).hasToString("2024-Q4");
    assertThat(PeriodGrain.YEAR.periodOf(LocalDate.of(2024, 12, 31)).end())
        .isEqualTo(LocalDate.of(2025, 1, 1));
    assertThatThrownBy(() -> new ForecastPeriod(PeriodGrain.QUARTER, LocalDate.of(2024, 2, 1)))
        .hasMessage("start must be the first day of a quarter but was: 2024-02-01");
  }
}
