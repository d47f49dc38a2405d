package io.crmkit.sales.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import io.crmkit.core.team.Member;
import io.crmkit.core.team.MemberId;
import io.crmkit.core.team.Organisation;
import io.crmkit.core.team.Team;
import io.crmkit.core.team.TeamId;
import io.crmkit.lifecycle.stage.Stage;
import io.crmkit.sales.pipeline.Deal;
import io.crmkit.sales.pipeline.SalesPipeline;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Forecast sums: owners add up to the period, teams to their parent, months to the quarter; win
 * rates add up.
 */
class ForecastProperties {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final ZoneId ZONE = ZoneId.of("America/New_York");
  private static final Instant T0 = Instant.parse("2024-01-01T12:00:00Z");
  private static final int OWNERS = 8;
  private static final List<String> TEAMS = List.of("root", "a", "b", "a1");
  private final SalesPipeline pipeline = SalesPipeline.standard();

  /**
   * Per deal: amount, owner, close month, path (0-5), close day, team of the owner (for the org).
   */
  @Provide
  Arbitrary<List<int[]>> deals() {
    return Arbitraries.integers()
        .between(0, 1000)
        .array(int[].class)
        .ofSize(5)
        .list()
        .ofMaxSize(40);
  }

  @Provide
  Arbitrary<int[]> teamOf() {
    return Arbitraries.integers().between(0, TEAMS.size() - 1).array(int[].class).ofSize(OWNERS);
  }

  private List<OwnedDeal> build(List<int[]> spec) {
    List<OwnedDeal> out = new ArrayList<>();
    for (int i = 0; i < spec.size(); i++) {
      int[] s = spec.get(i);
      String id = "d" + i;
      Deal d =
          pipeline.open(
              id,
              CustomerId.of("c" + i),
              "",
              Money.of(BigDecimal.valueOf(s[0] * 25L, 2), EUR),
              LocalDate.of(2024, 1 + s[2] % 12, 1 + s[2] % 28),
              T0);
      Instant at = T0.plus(Duration.ofHours(1 + s[4] * 9L));
      List<Stage> path =
          switch (s[3] % 6) {
            case 0 -> List.of();
            case 1 -> List.of(SalesPipeline.NEEDS_ANALYSIS);
            case 2 -> List.of(SalesPipeline.NEEDS_ANALYSIS, SalesPipeline.PROPOSAL);
            case 3 ->
                List.of(
                    SalesPipeline.NEEDS_ANALYSIS,
                    SalesPipeline.PROPOSAL,
                    SalesPipeline.NEGOTIATION);
            case 4 ->
                List.of(SalesPipeline.NEEDS_ANALYSIS, SalesPipeline.PROPOSAL, SalesPipeline.WON);
            default -> List.of(SalesPipeline.LOST);
          };
      for (int k = 0; k < path.size(); k++) {
        d = pipeline.move(d, id + "-" + k, at, path.get(k), "moved");
      }
      out.add(OwnedDeal.of(d, MemberId.of("m" + s[1] % OWNERS)));
    }
    return out;
  }

  private static Organisation organisation(int[] teamOf) {
    List<Member> people = new ArrayList<>();
    for (int i = 0; i < OWNERS; i++) {
      people.add(Member.builder("m" + i).build());
    }
    List<Team> teams = new ArrayList<>();
    for (int t = 0; t < TEAMS.size(); t++) {
      String name = TEAMS.get(t);
      people.add(Member.builder("mgr-" + name).build());
      TreeSet<MemberId> members = new TreeSet<>();
      for (int i = 0; i < OWNERS; i++) {
        if (teamOf[i] == t) {
          members.add(MemberId.of("m" + i));
        }
      }
      Optional<TeamId> parent =
          switch (name) {
            case "root" -> Optional.empty();
            case "a1" -> Optional.of(TeamId.of("a"));
            default -> Optional.of(TeamId.of("root"));
          };
      Team team = Team.of(TeamId.of(name), name, MemberId.of("mgr-" + name), members);
      teams.add(parent.map(team::under).orElse(team));
    }
    return Organisation.of(people, teams);
  }

  @Property(tries = 300)
  void ownersAddUpToThePeriodAndFiguresAreOrdered(@ForAll("deals") List<int[]> spec) {
    List<OwnedDeal> deals = build(spec);
    Forecast f = Forecast.of(pipeline, deals, PeriodGrain.MONTH, EUR, ZONE);
    int count = 0;
    for (ForecastPeriod p : f.periods()) {
      CategoryTotals sum = CategoryTotals.zero(EUR);
      for (CategoryTotals c : f.byOwner(p).values()) {
        sum = sum.plus(c);
        assertThat(c.commitForecast()).isLessThanOrEqualTo(c.bestCaseForecast());
        assertThat(c.bestCaseForecast()).isLessThanOrEqualTo(c.measure(ForecastMeasure.PIPELINE));
        assertThat(c.weightedPipeline()).isLessThanOrEqualTo(c.openPipeline());
      }
      assertThat(sum).isEqualTo(f.total(p));
      count += sum.deals();
    }
    assertThat(count).isEqualTo(deals.size());
  }

  @Property(tries = 300)
  void monthsAddUpToTheirQuarter(@ForAll("deals") List<int[]> spec) {
    List<OwnedDeal> deals = build(spec);
    Forecast months = Forecast.of(pipeline, deals, PeriodGrain.MONTH, EUR, ZONE);
    Forecast quarters = Forecast.of(pipeline, deals, PeriodGrain.QUARTER, EUR, ZONE);
    for (ForecastPeriod q : quarters.periods()) {
      CategoryTotals sum = CategoryTotals.zero(EUR);
      for (ForecastPeriod m = PeriodGrain.MONTH.periodOf(q.start());
          m.start().isBefore(q.end());
          m = m.next()) {
        sum = sum.plus(months.total(m));
      }
      assertThat(sum).isEqualTo(quarters.total(q));
    }
  }

  @Property(tries = 300)
  void teamsAddUpToTheirParent(@ForAll("deals") List<int[]> spec, @ForAll("teamOf") int[] teamOf) {
    Organisation org = organisation(teamOf);
    Forecast f = Forecast.of(pipeline, build(spec), PeriodGrain.QUARTER, EUR, ZONE);
    for (ForecastPeriod p : f.periods()) {
      TeamForecast root = f.rollUp(org, TeamId.of("root"), p);
      assertThat(root.total()).isEqualTo(f.total(p));
      check(root);
    }
  }

  private static void check(TeamForecast t) {
    CategoryTotals sum = t.direct();
    for (TeamForecast s : t.subteams()) {
      sum = sum.plus(s.total());
      check(s);
    }
    assertThat(sum).isEqualTo(t.total());
  }

  @Property(tries = 300)
  void winRatesAddUpOverOwners(@ForAll("deals") List<int[]> spec) {
    List<OwnedDeal> deals = build(spec);
    DealHistory h = DealHistory.of(pipeline, deals, ZONE);
    LocalDate from = LocalDate.of(2023, 12, 1);
    LocalDate to = LocalDate.of(2026, 1, 1); // deals close up to 9001 hours after 2024-01-01
    WinRate all = h.winRate(from, to);
    WinRate sum =
        h.winRateByOwner(from, to).values().stream().reduce(new WinRate(0, 0), WinRate::plus);
    assertThat(sum).isEqualTo(all);
    assertThat(all.closed())
        .isEqualTo((int) deals.stream().filter(d -> !pipeline.isOpen(d.deal())).count());
    assertThat(h.cycleTime(from, to).count()).isEqualTo(all.won());
  }

  @Property(tries = 200)
  void aForecastOfClosedDealsIsExactAgainstItself(@ForAll("deals") List<int[]> spec) {
    List<OwnedDeal> closed = build(spec).stream().filter(d -> !pipeline.isOpen(d.deal())).toList();
    Forecast f = Forecast.of(pipeline, closed, PeriodGrain.QUARTER, EUR, ZONE);
    for (ForecastPeriod p : f.periods()) {
      ForecastAccuracy a = ForecastAccuracy.of(f, f, p, ForecastMeasure.COMMIT);
      a.wape().ifPresent(w -> assertThat(w).isZero());
      assertThat(a.totalForecast()).isEqualByComparingTo(a.totalActual());
    }
  }
}
