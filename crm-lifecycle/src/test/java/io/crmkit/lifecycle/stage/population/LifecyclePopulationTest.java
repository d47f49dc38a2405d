package io.crmkit.lifecycle.stage.population;

import static io.crmkit.lifecycle.stage.DefaultLifecycle.ACTIVE;
import static io.crmkit.lifecycle.stage.DefaultLifecycle.AT_RISK;
import static io.crmkit.lifecycle.stage.DefaultLifecycle.LAPSED;
import static io.crmkit.lifecycle.stage.DefaultLifecycle.NEW;
import static io.crmkit.lifecycle.stage.DefaultLifecycle.NURTURING;
import static io.crmkit.lifecycle.stage.DefaultLifecycle.PROSPECT;
import static io.crmkit.lifecycle.stage.Fixtures.T0;
import static io.crmkit.lifecycle.stage.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.money.Money;
import io.crmkit.lifecycle.stage.DefaultLifecycle;
import io.crmkit.lifecycle.stage.Lifecycle;
import io.crmkit.lifecycle.stage.LifecycleDefinition;
import io.crmkit.lifecycle.stage.LifecycleEngine;
import io.crmkit.lifecycle.stage.LifecycleEvent;
import io.crmkit.lifecycle.stage.Stage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class LifecyclePopulationTest {

  private final LifecycleEngine engine = LifecycleEngine.of(DefaultLifecycle.definition());

  /**
   * Events of customer {@code id}: "i@3" interaction on day 3, "p@5" purchase, "r@100"
   * re-evaluation.
   */
  private Lifecycle customer(String id, int startDay, String... events) {
    Lifecycle l = engine.start(id, day(startDay));
    int n = 0;
    for (String e : events) {
      String[] parts = e.split("@", -1);
      int d = Integer.parseInt(parts[1]);
      String eid = id + "-" + n++;
      l =
          engine.apply(
              l,
              switch (parts[0]) {
                case "i" -> new LifecycleEvent.InteractionRecorded(eid, id, day(d), "");
                case "p" -> new LifecycleEvent.Purchase(eid, id, day(d), Money.of("10", "EUR"));
                case "r" ->
                    new LifecycleEvent.ReEvaluation(eid, id, day(d), OptionalDouble.empty());
                default -> throw new IllegalArgumentException(e);
              });
    }
    return l;
  }

  private LifecyclePopulation population() {
    List<Lifecycle> all = new ArrayList<>();
    all.add(customer("a", 0, "i@2", "p@10")); // PROSPECT -> NURTURING -> NEW (10 days)
    all.add(customer("b", 0, "p@4", "p@6")); // PROSPECT -> NEW (4 days) -> ACTIVE
    all.add(customer("c", 0, "i@1")); // PROSPECT -> NURTURING
    all.add(
        customer("d", 1, "p@7", "p@8", "r@100", "p@101")); // NEW 7, ACTIVE, AT_RISK 100, saved 101
    all.add(customer("e", 1, "p@2", "r@95", "r@190")); // NEW, AT_RISK 95, LAPSED 190
    all.add(customer("f", 40)); // starts later
    return LifecyclePopulation.of(DefaultLifecycle.definition(), all);
  }

  @Test
  void counts_per_stage_at_a_date() {
    StageCounts at5 = population().countsAt(day(5));
    assertThat(at5.count(PROSPECT)).isEqualTo(1); // d
    assertThat(at5.count(NURTURING)).isEqualTo(2); // a, c
    assertThat(at5.count(NEW)).isEqualTo(2); // b, e
    assertThat(at5.total()).isEqualTo(5);
    assertThat(population().countsAt(day(200)).count(LAPSED)).isEqualTo(1);
    assertThat(population().countsAt(day(200)).total()).isEqualTo(6);
  }

  @Test
  void counts_at_the_end_of_a_local_date_include_that_whole_day() {
    // day 4 = 2024-01-05: b bought at 00:00 UTC, which is still 2024-01-04 in New York
    StageCounts utc = population().countsAtEndOf(LocalDate.of(2024, 1, 4), ZoneOffset.UTC);
    StageCounts ny =
        population()
            .countsAtEndOf(LocalDate.of(2024, 1, 4), java.time.ZoneId.of("America/New_York"));
    assertThat(utc.count(NEW)).isEqualTo(1); // e
    assertThat(ny.count(NEW)).isEqualTo(2); // e and b
  }

  @Test
  void a_lifecycle_of_another_definition_is_rejected() {
    LifecycleDefinition other = LifecycleDefinition.builder("other").stages(Stage.of("X")).build();
    assertThatThrownBy(() -> LifecyclePopulation.of(other, List.of(customer("a", 0))))
        .hasMessage("stage PROSPECT in the history of a is not a stage of lifecycle 'other': [X]");
  }

  @Test
  void flows_count_the_moves_in_the_period() {
    List<Flow> flows = population().flows(day(0), day(10));
    assertThat(flows)
        .containsExactly(
            new Flow(PROSPECT, NURTURING, 2), new Flow(PROSPECT, NEW, 3), new Flow(NEW, ACTIVE, 2));
  }

  @Test
  void flows_per_period_split_by_local_dates() {
    List<PeriodFlows> periods =
        population()
            .flowsPerPeriod(
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 7, 1),
                Period.ofMonths(3),
                ZoneOffset.UTC);
    assertThat(periods).hasSize(2);
    assertThat(periods.get(0).end()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(periods.get(0).count(PROSPECT, NEW))
        .isEqualTo(3); // b, d, e (a came through NURTURING)
    assertThat(periods.get(0).count(NEW, AT_RISK)).isZero();
    assertThat(periods.get(1).count(NEW, AT_RISK)).isEqualTo(1); // e on day 95 = 2024-04-05
    assertThat(periods.get(1).count(ACTIVE, AT_RISK)).isEqualTo(1); // d on day 100
    assertThat(periods.get(1).count(AT_RISK, LAPSED)).isZero(); // e on day 190 = 2024-07-09
  }

  @Test
  void funnel_rates_and_median_time_to_convert() {
    List<Conversion> funnel =
        population().funnel(ConversionRule.defaultFunnel(), day(0), day(60), day(365));
    Conversion firstPurchase = funnel.get(0);
    // all six started in the cohort period; a, b, d, e bought after 10, 4, 6 and 1 days
    assertThat(firstPurchase)
        .hasToString("prospect -> first purchase: 4 of 6 (66.7%), median 5 days");
    // b and d repeat after 2 days and 1 day; a and e never
    assertThat(funnel.get(1).entered()).isEqualTo(4);
    assertThat(funnel.get(1).converted()).isEqualTo(2);
    assertThat(funnel.get(1).medianTimeToConvert()).contains(Duration.ofHours(36));
    assertThat(funnel.get(2).entered()).isZero();
    assertThat(funnel.get(2).rate()).isZero();
  }

  @Test
  void saved_at_risk_customers_exclude_those_who_lapsed_first() {
    Conversion saved =
        population().conversion(ConversionRule.defaultFunnel().get(2), T0, day(365), day(365));
    assertThat(saved).hasToString("at risk -> saved: 1 of 2 (50.0%), median 1 days");
  }

  @Test
  void conversion_counts_only_targets_reached_by_the_as_of_instant() {
    Conversion early =
        population().conversion(ConversionRule.defaultFunnel().get(0), T0, day(60), day(5));
    assertThat(early.converted()).isEqualTo(2); // b on day 4, e on day 2
  }
}
