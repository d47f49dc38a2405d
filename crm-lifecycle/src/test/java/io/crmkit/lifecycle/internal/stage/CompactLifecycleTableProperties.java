package io.crmkit.lifecycle.internal.stage;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.money.Money;
import io.crmkit.lifecycle.stage.DefaultLifecycle;
import io.crmkit.lifecycle.stage.Lifecycle;
import io.crmkit.lifecycle.stage.LifecycleEngine;
import io.crmkit.lifecycle.stage.LifecycleEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

/**
 * The compact table follows the engine on the default lifecycle, for any sequence of day-aligned
 * events.
 */
class CompactLifecycleTableProperties {

  record Ev(int customer, int kind, int gap, long cents, double p) {}

  @Provide
  Arbitrary<List<Ev>> streams() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(0, 120),
            Arbitraries.longs().between(0, 40_000),
            Arbitraries.oneOf(Arbitraries.just(Double.NaN), Arbitraries.doubles().between(0, 1)))
        .as(Ev::new)
        .list()
        .ofMaxSize(60);
  }

  @Property(tries = 200)
  void compact_table_and_engine_agree(
      @ForAll("streams") List<Ev> stream,
      @ForAll @IntRange(min = 1, max = 6) int loyalPurchases,
      @ForAll @IntRange(min = 0, max = 8) int gapTenths) {
    DefaultLifecycle.Thresholds t =
        DefaultLifecycle.Thresholds.defaults()
            .withLoyalty(loyalPurchases, BigDecimal.valueOf(300))
            .withExpectedGap(gapTenths * 0.5);
    LifecycleEngine engine =
        LifecycleEngine.of(DefaultLifecycle.definition(t))
            .withRejectionPolicy(LifecycleEngine.RejectionPolicy.RECORD_AS_IGNORED);
    int startDay = (int) LocalDate.of(2024, 1, 1).toEpochDay();
    int customers = 4;
    CompactLifecycleTable table = CompactLifecycleTable.create(customers, startDay, t, 2);
    List<Lifecycle> lifecycles = new ArrayList<>();
    for (int c = 0; c < customers; c++) {
      lifecycles.add(engine.start("c" + c, instant(startDay)));
    }
    int day = startDay;
    int n = 0;
    for (Ev e : stream) {
      day += e.gap();
      Instant at = instant(day);
      String id = "e" + n++;
      String subject = "c" + e.customer();
      Money amount = Money.of(BigDecimal.valueOf(e.cents(), 2), "EUR");
      switch (e.kind()) {
        case 0 -> {
          table.interaction(e.customer(), day);
          lifecycles.set(
              e.customer(),
              engine.apply(
                  lifecycles.get(e.customer()),
                  new LifecycleEvent.InteractionRecorded(id, subject, at, "")));
        }
        case 1 -> {
          table.purchase(e.customer(), day, e.cents());
          lifecycles.set(
              e.customer(),
              engine.apply(
                  lifecycles.get(e.customer()),
                  new LifecycleEvent.Purchase(id, subject, at, amount)));
        }
        case 2 -> {
          table.refund(e.customer(), day, e.cents() / 3);
          lifecycles.set(
              e.customer(),
              engine.apply(
                  lifecycles.get(e.customer()),
                  new LifecycleEvent.Refund(
                      id, subject, at, Money.of(BigDecimal.valueOf(e.cents() / 3, 2), "EUR"))));
        }
        case 3 -> {
          table.reEvaluate(day);
          // unique ids: the table has no event ids, so each re-evaluation is a new one
          lifecycles.replaceAll(
              l ->
                  engine.apply(
                      l,
                      new LifecycleEvent.ReEvaluation(
                          id, l.subjectId(), at, OptionalDouble.empty())));
        }
        default -> {
          double[] p = new double[customers];
          java.util.Arrays.fill(p, e.p());
          table.reEvaluate(day, p);
          OptionalDouble op =
              Double.isNaN(e.p()) ? OptionalDouble.empty() : OptionalDouble.of(e.p());
          lifecycles.replaceAll(
              l -> engine.apply(l, new LifecycleEvent.ReEvaluation(id, l.subjectId(), at, op)));
        }
      }
    }
    for (int c = 0; c < customers; c++) {
      assertThat(table.stage(c)).as("customer %s", c).isEqualTo(lifecycles.get(c).stage());
      assertThat(table.purchases(c)).isEqualTo(lifecycles.get(c).facts().purchases());
    }
    long[] counts = table.countsPerStage();
    assertThat(java.util.Arrays.stream(counts).sum()).isEqualTo(customers);
  }

  @Property(tries = 50)
  void loading_a_lifecycle_copies_its_stage_and_facts(@ForAll("streams") List<Ev> stream) {
    LifecycleEngine engine =
        LifecycleEngine.of(DefaultLifecycle.definition())
            .withRejectionPolicy(LifecycleEngine.RejectionPolicy.RECORD_AS_IGNORED);
    Lifecycle l = engine.start("c", instant(19_000));
    int day = 19_000;
    int n = 0;
    for (Ev e : stream) {
      day += e.gap();
      l =
          engine.apply(
              l,
              e.kind() == 1
                  ? new LifecycleEvent.Purchase(
                      "e" + n++,
                      "c",
                      instant(day),
                      Money.of(BigDecimal.valueOf(e.cents(), 2), "EUR"))
                  : new LifecycleEvent.InteractionRecorded("e" + n++, "c", instant(day), ""));
    }
    CompactLifecycleTable table =
        CompactLifecycleTable.create(1, 19_000, DefaultLifecycle.Thresholds.defaults(), 2);
    table.load(0, l, 2);
    assertThat(table.stage(0)).isEqualTo(l.stage());
    assertThat(table.netSpendMinor(0))
        .isEqualTo(l.facts().netSpend().movePointRight(2).longValueExact());
    assertThat(table.lastActivityDay(0))
        .isEqualTo(
            (int) LocalDate.ofInstant(l.facts().lastActivity(), ZoneOffset.UTC).toEpochDay());
  }

  private static Instant instant(int epochDay) {
    return LocalDate.ofEpochDay(epochDay).atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
