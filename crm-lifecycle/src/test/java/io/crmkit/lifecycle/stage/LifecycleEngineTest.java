package io.crmkit.lifecycle.stage;

import static io.crmkit.lifecycle.stage.DefaultLifecycle.ACTIVE;
import static io.crmkit.lifecycle.stage.DefaultLifecycle.AT_RISK;
import static io.crmkit.lifecycle.stage.DefaultLifecycle.NEW;
import static io.crmkit.lifecycle.stage.DefaultLifecycle.NURTURING;
import static io.crmkit.lifecycle.stage.DefaultLifecycle.PROSPECT;
import static io.crmkit.lifecycle.stage.Fixtures.C1;
import static io.crmkit.lifecycle.stage.Fixtures.T0;
import static io.crmkit.lifecycle.stage.Fixtures.day;
import static io.crmkit.lifecycle.stage.Fixtures.interaction;
import static io.crmkit.lifecycle.stage.Fixtures.purchase;
import static io.crmkit.lifecycle.stage.Fixtures.reEvaluation;
import static io.crmkit.lifecycle.stage.Fixtures.refund;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.money.Money;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleEngineTest {

  private final LifecycleEngine engine = LifecycleEngine.of(DefaultLifecycle.definition());

  private static final Stage A = Stage.of("A");
  private static final Stage B = Stage.of("B");
  private static final Stage C = Stage.of("C");

  @Test
  void every_move_is_recorded_with_from_to_instant_event_and_reason() {
    Lifecycle l =
        engine.applyAll(
            engine.start(C1, T0), List.of(interaction("i1", 1), purchase("p1", 3, "10")));
    assertThat(l.history())
        .containsExactly(
            new StageMove(PROSPECT, NURTURING, day(1), "i1", "engaged"),
            new StageMove(NURTURING, NEW, day(3), "p1", "first purchase"));
    assertThat(l)
        .hasToString("c1: NEW since 2024-01-04T00:00:00Z (PROSPECT -> NURTURING -> NEW), 2 events");
  }

  @Test
  void applying_the_same_event_twice_has_no_second_effect() {
    Lifecycle once = engine.apply(engine.start(C1, T0), purchase("p1", 1, "10"));
    Outcome twice = engine.decide(once, purchase("p1", 1, "10"));
    assertThat(twice.result()).isEqualTo(Outcome.Result.DUPLICATE);
    assertThat(twice.after()).isEqualTo(once);
  }

  @Test
  void a_duplicate_id_with_an_older_instant_is_still_a_no_op() {
    Lifecycle l =
        engine.applyAll(
            engine.start(C1, T0), List.of(purchase("p1", 1, "10"), purchase("p2", 5, "10")));
    assertThat(engine.apply(l, purchase("p1", 1, "10"))).isEqualTo(l);
  }

  @Test
  void replaying_the_events_gives_the_same_lifecycle() {
    List<LifecycleEvent> events =
        List.of(
            interaction("i1", 1),
            purchase("p1", 2, "10"),
            purchase("p2", 9, "10"),
            reEvaluation(120),
            purchase("p3", 130, "10"));
    Lifecycle applied = engine.applyAll(engine.start(C1, T0), events);
    assertThat(engine.replay(C1, T0, events)).isEqualTo(applied);
    assertThat(applied.path()).containsExactly(PROSPECT, NURTURING, NEW, ACTIVE, AT_RISK, ACTIVE);
  }

  @Test
  void an_event_older_than_the_last_one_is_rejected() {
    Lifecycle l = engine.apply(engine.start(C1, T0), purchase("p1", 5, "10"));
    assertThatThrownBy(() -> engine.apply(l, purchase("p0", 4, "10")))
        .isInstanceOf(EventOutOfOrderException.class)
        .hasMessageContaining("customer c1: purchase p0")
        .hasMessageContaining("must not be before the latest applied event or start at " + day(5));
  }

  @Test
  void an_event_of_another_customer_is_rejected() {
    assertThatThrownBy(() -> engine.apply(engine.start("c2", T0), purchase("p1", 5, "10")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event p1 is for customer c1 but was applied to the lifecycle of customer c2");
  }

  @Test
  void a_purchase_in_another_currency_is_rejected() {
    Lifecycle l = engine.apply(engine.start(C1, T0), purchase("p1", 5, "10"));
    assertThatThrownBy(
            () ->
                engine.apply(
                    l, new LifecycleEvent.Purchase("p2", C1, day(6), Money.of("1", "USD"))))
        .hasMessage("amount of event p2 must be in EUR like the earlier purchases but was in: USD");
  }

  @Test
  void a_disallowed_event_can_be_recorded_as_ignored() {
    LifecycleEngine lenient =
        engine.withRejectionPolicy(LifecycleEngine.RejectionPolicy.RECORD_AS_IGNORED);
    Lifecycle l = lenient.start(C1, T0);
    Outcome o = lenient.decide(l, refund("r1", 1, "5"));
    assertThat(o.result()).isEqualTo(Outcome.Result.IGNORED);
    assertThat(o.after().stage()).isEqualTo(PROSPECT);
    assertThat(o.after().facts()).isEqualTo(l.facts());
    assertThat(o.after().ignored())
        .singleElement()
        .hasToString(
            "ignored refund r1 of c1 at "
                + day(1)
                + " for 5 EUR in PROSPECT: refund not allowed in PROSPECT");
    assertThat(lenient.decide(o.after(), refund("r1", 1, "5")).result())
        .isEqualTo(Outcome.Result.DUPLICATE);
  }

  private static LifecycleDefinition guarded(Guard g) {
    return LifecycleDefinition.builder("guarded")
        .stages(A, B, C)
        .transition(A, B, EventType.PURCHASE, g, "big purchase")
        .transition(
            A,
            C,
            EventType.PURCHASE,
            Guard.when("huge", c -> false, c -> "never huge"),
            "huge purchase")
        .transition(B, C, EventType.MANUAL_MOVE, "")
        .build();
  }

  @Test
  void a_refused_transition_says_which_guard_refused_and_why() {
    Guard big =
        Guard.when(
            "big",
            c -> c.facts().netSpend().intValue() >= 100,
            c -> "spend " + c.facts().netSpend() + " < 100");
    LifecycleEngine e = LifecycleEngine.of(guarded(big));
    assertThatThrownBy(() -> e.apply(e.start(C1, T0), purchase("p1", 1, "10")))
        .isInstanceOf(TransitionRefusedException.class)
        .hasMessage(
            "customer c1 in stage A: purchase p1 of c1 at "
                + day(1)
                + " for 10 EUR was refused:"
                + " A -> B refused by guard big: spend 10 < 100; A -> C refused by guard huge: never huge")
        .satisfies(ex -> assertThat(((TransitionRefusedException) ex).refusals()).hasSize(2));
  }

  @Test
  void a_guard_that_throws_is_an_error_not_a_refusal() {
    Guard broken =
        Guard.of(
            "broken",
            c -> {
              throw new IllegalStateException("score service down");
            });
    LifecycleEngine e =
        LifecycleEngine.of(guarded(broken))
            .withRejectionPolicy(LifecycleEngine.RejectionPolicy.RECORD_AS_IGNORED);
    assertThatThrownBy(() -> e.apply(e.start(C1, T0), purchase("p1", 1, "10")))
        .isInstanceOf(GuardFailedException.class)
        .hasMessageContaining(
            "guard broken of transition A -> B failed for customer c1 in stage A on purchase p1")
        .hasRootCauseMessage("score service down");
  }

  @Test
  void listeners_hear_leave_then_enter_only_for_moves() {
    List<String> heard = new ArrayList<>();
    LifecycleEngine e =
        engine
            .withListener(
                StageListener.onLeaving(NURTURING, c -> heard.add("leave " + c.move().from())))
            .withListener(
                StageListener.onEntering(
                    NEW, c -> heard.add("enter " + c.move().to() + " " + c.subjectId())))
            .withListener(StageListener.onEntering(AT_RISK, c -> heard.add("alert")));
    e.applyAll(
        e.start(C1, T0),
        List.of(interaction("i1", 1), interaction("i2", 2), purchase("p1", 3, "10")));
    assertThat(heard).containsExactly("leave NURTURING", "enter NEW c1");
  }

  @Test
  void replay_does_not_notify_listeners() {
    List<String> heard = new ArrayList<>();
    LifecycleEngine e = engine.withListener(StageListener.onEntering(NEW, c -> heard.add("new")));
    e.replay(C1, T0, List.of(purchase("p1", 3, "10")));
    assertThat(heard).isEmpty();
  }

  @Test
  void time_in_each_stage_sums_every_visit() {
    Lifecycle l =
        engine.applyAll(
            engine.start(C1, T0),
            List.of(
                purchase("p1", 10, "10"),
                purchase("p2", 20, "10"),
                reEvaluation(110),
                purchase("p3", 115, "10")));
    assertThat(l.timeInStages(day(125)))
        .containsExactly(
            java.util.Map.entry(PROSPECT, Duration.ofDays(10)),
            java.util.Map.entry(NEW, Duration.ofDays(10)),
            java.util.Map.entry(ACTIVE, Duration.ofDays(90 + 10)),
            java.util.Map.entry(AT_RISK, Duration.ofDays(5)));
    assertThat(l.timeInStage(DefaultLifecycle.LOYAL, day(125))).isZero();
  }

  @Test
  void stage_at_an_instant_reads_the_history() {
    Lifecycle l =
        engine.applyAll(
            engine.start(C1, day(5)), List.of(purchase("p1", 10, "10"), purchase("p2", 20, "10")));
    assertThat(l.stageAt(day(4))).isEmpty();
    assertThat(l.stageAt(day(5))).contains(PROSPECT);
    assertThat(l.stageAt(day(10))).contains(NEW);
    assertThat(l.stageAt(day(19))).contains(NEW);
    assertThat(l.stageAt(day(300))).contains(ACTIVE);
  }

  @Test
  void a_lifecycle_value_rejects_a_history_that_is_not_a_path() {
    Lifecycle l = engine.start(C1, T0);
    assertThatThrownBy(
            () ->
                new Lifecycle(
                    C1,
                    PROSPECT,
                    T0,
                    ACTIVE,
                    List.of(new StageMove(NEW, ACTIVE, day(1), "p", "")),
                    l.facts(),
                    l.appliedEventIds(),
                    l.ignored(),
                    day(1)))
        .hasMessageContaining("history of c1 must be a path but move NEW -> ACTIVE");
  }
}
