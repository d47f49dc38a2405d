package io.crmkit.lifecycle.stage;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.money.Money;
import io.crmkit.lifecycle.stage.population.Conversion;
import io.crmkit.lifecycle.stage.population.ConversionRule;
import io.crmkit.lifecycle.stage.population.Flow;
import io.crmkit.lifecycle.stage.population.LifecyclePopulation;
import io.crmkit.lifecycle.stage.population.StageCounts;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Invariants of the engine on the default lifecycle, for any sequence of events. */
class LifecycleProperties {

  static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  /**
   * One generated event: kind 0..5, days after the previous event, churn in [0, 1] or -1, manual
   * target.
   */
  record Step(int kind, int gapDays, double churn, int target, int amount) {}

  static Arbitrary<Step> steps() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 200),
            Arbitraries.oneOf(Arbitraries.just(-1.0), Arbitraries.doubles().between(0, 1)),
            Arbitraries.integers().between(0, DefaultLifecycle.STAGES.size() - 1),
            Arbitraries.integers().between(1, 400))
        .as(Step::new);
  }

  @Provide
  Arbitrary<List<Step>> histories() {
    return steps().list().ofMaxSize(30);
  }

  /** The events of subject {@code id} for the steps, starting after {@code start}. */
  static List<LifecycleEvent> events(String id, Instant start, List<Step> steps) {
    List<LifecycleEvent> out = new ArrayList<>();
    Instant t = start;
    int n = 0;
    for (Step s : steps) {
      t = t.plus(Duration.ofDays(s.gapDays()));
      String eid = id + "-e" + n++;
      out.add(
          switch (s.kind()) {
            case 0 -> new LifecycleEvent.InteractionRecorded(eid, id, t, "");
            case 1, 2 -> new LifecycleEvent.Purchase(eid, id, t, Money.of(s.amount(), "EUR"));
            case 3 ->
                new LifecycleEvent.Refund(
                    eid, id, t, Money.of(BigDecimal.valueOf(s.amount() / 4), "EUR"));
            case 4 ->
                new LifecycleEvent.ReEvaluation(
                    eid,
                    id,
                    t,
                    s.churn() < 0 ? OptionalDouble.empty() : OptionalDouble.of(s.churn()));
            default ->
                new LifecycleEvent.ManualMove(
                    eid, id, t, DefaultLifecycle.STAGES.get(s.target()), "by hand");
          });
    }
    return out;
  }

  private final LifecycleEngine engine =
      LifecycleEngine.of(DefaultLifecycle.definition())
          .withRejectionPolicy(LifecycleEngine.RejectionPolicy.RECORD_AS_IGNORED);

  @Property(tries = 200)
  void history_is_a_valid_path_of_the_definition(@ForAll("histories") List<Step> steps) {
    List<LifecycleEvent> events = events("c", T0, steps);
    Lifecycle l = engine.replay("c", T0, events);
    LifecycleDefinition d = engine.definition();
    Stage at = d.initial();
    Instant previous = l.startedAt();
    for (StageMove m : l.history()) {
      assertThat(m.from()).isEqualTo(at);
      assertThat(d.hasTransition(m.from(), m.to())).as("%s is a transition", m).isTrue();
      assertThat(m.at()).isAfterOrEqualTo(previous);
      at = m.to();
      previous = m.at();
    }
    assertThat(l.stage()).isEqualTo(at);
    assertThat(l.appliedEventIds()).hasSize(events.size());
    assertThat(l.ignored().size() + (int) events.stream().filter(e -> !isIgnored(l, e)).count())
        .isEqualTo(events.size());
  }

  private static boolean isIgnored(Lifecycle l, LifecycleEvent e) {
    return l.ignored().stream().anyMatch(i -> i.event().equals(e));
  }

  @Property(tries = 200)
  void replay_equals_step_by_step_application(@ForAll("histories") List<Step> steps) {
    List<LifecycleEvent> events = events("c", T0, steps);
    Lifecycle stepwise = engine.start("c", T0);
    for (LifecycleEvent e : events) {
      stepwise = engine.apply(stepwise, e);
    }
    assertThat(engine.replay("c", T0, events)).isEqualTo(stepwise);
    assertThat(engine.replay("c", T0, events)).isEqualTo(engine.replay("c", T0, events));
  }

  @Property(tries = 200)
  void duplicate_events_have_no_effect(
      @ForAll("histories") List<Step> steps, @ForAll @IntRange(min = 0, max = 29) int from) {
    List<LifecycleEvent> events = events("c", T0, steps);
    List<LifecycleEvent> withDuplicates = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      withDuplicates.add(events.get(i));
      withDuplicates.add(events.get(i));
      // and an earlier one again (still a no-op even though it is older)
      withDuplicates.add(events.get(Math.min(from, i)));
    }
    assertThat(engine.replay("c", T0, withDuplicates)).isEqualTo(engine.replay("c", T0, events));
  }

  @Property(tries = 100)
  void every_started_customer_is_counted_in_exactly_one_stage(
      @ForAll @Size(max = 12)
          List<@net.jqwik.api.constraints.IntRange(min = 0, max = 400) Integer> startDays,
      @ForAll("histories") List<Step> steps,
      @ForAll @IntRange(min = 0, max = 3000) int atDay) {
    List<Lifecycle> all = new ArrayList<>();
    for (int i = 0; i < startDays.size(); i++) {
      Instant start = T0.plus(Duration.ofDays(startDays.get(i)));
      // each customer gets a rotation of the same steps so they differ
      List<Step> mine = new ArrayList<>(steps);
      java.util.Collections.rotate(mine, i);
      all.add(engine.replay("c" + i, start, events("c" + i, start, mine)));
    }
    Instant at = T0.plus(Duration.ofDays(atDay));
    StageCounts counts = LifecyclePopulation.of(engine.definition(), all).countsAt(at);
    long started = all.stream().filter(l -> !l.startedAt().isAfter(at)).count();
    assertThat(counts.total()).isEqualTo(started);
    for (Lifecycle l : all) {
      assertThat(l.stageAt(at).isPresent()).isEqualTo(!l.startedAt().isAfter(at));
    }
  }

  @Property(tries = 100)
  void time_in_stages_adds_up_to_the_age_of_the_lifecycle(@ForAll("histories") List<Step> steps) {
    Lifecycle l = engine.replay("c", T0, events("c", T0, steps));
    Instant asOf = l.lastEventAt().plus(Duration.ofDays(3));
    Duration sum = l.timeInStages(asOf).values().stream().reduce(Duration.ZERO, Duration::plus);
    assertThat(sum).isEqualTo(Duration.between(T0, asOf));
  }

  private List<Lifecycle> population(List<Step> steps, int customers) {
    List<Lifecycle> all = new ArrayList<>();
    for (int i = 0; i < customers; i++) {
      Instant start = T0.plus(Duration.ofDays(7L * i));
      List<Step> mine = new ArrayList<>(steps);
      java.util.Collections.rotate(mine, i);
      all.add(engine.replay("c" + i, start, events("c" + i, start, mine)));
    }
    return all;
  }

  @Property(tries = 100)
  void flows_of_split_periods_add_up_to_the_flows_of_the_whole(
      @ForAll("histories") List<Step> steps,
      @ForAll @IntRange(min = 1, max = 8) int customers,
      @ForAll @IntRange(min = 0, max = 4000) int cutDay) {
    LifecyclePopulation p =
        LifecyclePopulation.of(engine.definition(), population(steps, customers));
    Instant end = T0.plus(Duration.ofDays(8000));
    Instant cut = T0.plus(Duration.ofDays(cutDay));
    java.util.Map<String, Long> whole = new java.util.TreeMap<>();
    p.flows(T0, end).forEach(f -> whole.merge(f.from() + ">" + f.to(), f.count(), Long::sum));
    java.util.Map<String, Long> parts = new java.util.TreeMap<>();
    p.flows(T0, cut).forEach(f -> parts.merge(f.from() + ">" + f.to(), f.count(), Long::sum));
    p.flows(cut, end).forEach(f -> parts.merge(f.from() + ">" + f.to(), f.count(), Long::sum));
    assertThat(parts).isEqualTo(whole);
    long moves = p.flows(T0, end).stream().mapToLong(Flow::count).sum();
    assertThat(moves)
        .isEqualTo(population(steps, customers).stream().mapToLong(l -> l.history().size()).sum());
  }

  @Property(tries = 100)
  void conversions_are_rates_of_their_cohort(
      @ForAll("histories") List<Step> steps,
      @ForAll @IntRange(min = 1, max = 8) int customers,
      @ForAll @IntRange(min = 0, max = 4000) int asOfDay) {
    LifecyclePopulation p =
        LifecyclePopulation.of(engine.definition(), population(steps, customers));
    Instant asOf = T0.plus(Duration.ofDays(asOfDay));
    for (Conversion c :
        p.funnel(ConversionRule.defaultFunnel(), T0, T0.plus(Duration.ofDays(8000)), asOf)) {
      assertThat(c.converted()).isBetween(0L, c.entered());
      assertThat(c.entered()).isLessThanOrEqualTo(customers);
      assertThat(c.medianTimeToConvert().isPresent()).isEqualTo(c.converted() > 0);
      c.medianTimeToConvert().ifPresent(d -> assertThat(d.isNegative()).isFalse());
    }
    // every customer starts in PROSPECT inside the cohort period
    assertThat(
            p.conversion(
                    ConversionRule.defaultFunnel().get(0), T0, T0.plus(Duration.ofDays(8000)), asOf)
                .entered())
        .isEqualTo(customers);
  }
}
