package io.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.money.Money;
import io.crmkit.jdbc.testing.TestDatabase;
import io.crmkit.lifecycle.stage.DefaultLifecycle;
import io.crmkit.lifecycle.stage.Lifecycle;
import io.crmkit.lifecycle.stage.LifecycleEngine;
import io.crmkit.lifecycle.stage.LifecycleEvent;
import io.crmkit.lifecycle.stage.store.Versioned;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class JdbcLifecycleStorageTest {

  private static final DbSchema SCHEMA = TestDatabase.newSchema("lifecycle_storage");
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00.123456789Z");

  @Test
  void a_lifecycle_with_moves_refunds_reevaluations_and_ignored_events_reads_back_equal() {
    LifecycleEngine engine =
        LifecycleEngine.of(DefaultLifecycle.definition())
            .withRejectionPolicy(LifecycleEngine.RejectionPolicy.RECORD_AS_IGNORED);
    String id = "it's; DROP TABLE lifecycles; --";
    Lifecycle l = engine.start(id, T0);
    l =
        engine.apply(
            l,
            new LifecycleEvent.InteractionRecorded(
                "i1", id, T0.plus(Duration.ofDays(1)), "inquiry"));
    l =
        engine.apply(
            l,
            new LifecycleEvent.Purchase(
                "p1", id, T0.plus(Duration.ofDays(2)), Money.of("10.50", "EUR")));
    l =
        engine.apply(
            l,
            new LifecycleEvent.Purchase(
                "p2", id, T0.plus(Duration.ofDays(9)), Money.of("3.00", "EUR")));
    l =
        engine.apply(
            l,
            new LifecycleEvent.Refund(
                "r1", id, T0.plus(Duration.ofDays(10)), Money.of("1.25", "EUR")));
    l =
        engine.apply(
            l,
            new LifecycleEvent.ReEvaluation(
                "re1", id, T0.plus(Duration.ofDays(200)), OptionalDouble.of(0.8125)));
    l =
        engine.apply(
            l,
            new LifecycleEvent.ManualMove(
                "m1",
                id,
                T0.plus(Duration.ofDays(201)),
                DefaultLifecycle.PROSPECT,
                "operator \"undo\" with a NUL \u0000 inside"));
    JdbcLifecycleRepository repo = JdbcLifecycleRepository.of(TestDatabase.pool(), SCHEMA);
    repo.insert(l);
    assertThat(repo.find(id)).contains(new Versioned<>(l, 1));
    assertThat(repo.find(id).orElseThrow().value().appliedEventIds())
        .containsExactlyElementsOf(l.appliedEventIds());
  }
}
