package io.crmkit.lifecycle.stage;

import static io.crmkit.lifecycle.stage.DefaultLifecycle.ACTIVE;
import static io.crmkit.lifecycle.stage.DefaultLifecycle.AT_RISK;
import static io.crmkit.lifecycle.stage.DefaultLifecycle.LAPSED;
import static io.crmkit.lifecycle.stage.DefaultLifecycle.LOYAL;
import static io.crmkit.lifecycle.stage.DefaultLifecycle.NEW;
import static io.crmkit.lifecycle.stage.DefaultLifecycle.NURTURING;
import static io.crmkit.lifecycle.stage.DefaultLifecycle.PROSPECT;
import static io.crmkit.lifecycle.stage.DefaultLifecycle.REACTIVATED;
import static io.crmkit.lifecycle.stage.Fixtures.C1;
import static io.crmkit.lifecycle.stage.Fixtures.T0;
import static io.crmkit.lifecycle.stage.Fixtures.day;
import static io.crmkit.lifecycle.stage.Fixtures.interaction;
import static io.crmkit.lifecycle.stage.Fixtures.move;
import static io.crmkit.lifecycle.stage.Fixtures.purchase;
import static io.crmkit.lifecycle.stage.Fixtures.reEvaluation;
import static io.crmkit.lifecycle.stage.Fixtures.refund;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every transition and every rejection of the default customer lifecycle (default thresholds). */
class DefaultLifecycleTest {

  private final LifecycleEngine engine = LifecycleEngine.of(DefaultLifecycle.definition());

  /** A lifecycle of c1 brought to {@code stage} by a fixed sequence of events. */
  private Lifecycle at(Stage stage) {
    Lifecycle l = engine.start(C1, T0);
    List<LifecycleEvent> events =
        switch (stage.name()) {
          case "PROSPECT" -> List.of();
          case "NURTURING" -> List.of(interaction("i1", 1));
          case "NEW" -> List.of(purchase("p1", 1, "120"));
          case "ACTIVE" -> List.of(purchase("p1", 1, "120"), purchase("p2", 2, "120"));
          case "LOYAL" ->
              List.of(
                  purchase("p1", 1, "120"),
                  purchase("p2", 2, "120"),
                  purchase("p3", 3, "120"),
                  purchase("p4", 4, "120"),
                  purchase("p5", 5, "120"));
          case "AT_RISK" ->
              List.of(purchase("p1", 1, "120"), purchase("p2", 2, "120"), reEvaluation(12, 0.6));
          case "LAPSED" ->
              List.of(
                  purchase("p1", 1, "120"),
                  purchase("p2", 2, "120"),
                  reEvaluation(12, 0.6),
                  reEvaluation(13, 0.9));
          case "REACTIVATED" ->
              List.of(
                  purchase("p1", 1, "120"),
                  purchase("p2", 2, "120"),
                  reEvaluation(12, 0.6),
                  reEvaluation(13, 0.9),
                  purchase("p3", 14, "120"));
          default -> throw new IllegalArgumentException(stage.name());
        };
    l = engine.applyAll(l, events);
    assertThat(l.stage()).as("set-up of %s", stage).isEqualTo(stage);
    return l;
  }

  /** The test event of the given kind, after every event of {@code l}. */
  private static LifecycleEvent event(Lifecycle l, String kind) {
    Instant next = l.lastEventAt().plus(Duration.ofDays(1));
    Instant active = l.facts().lastActivity();
    return switch (kind) {
      case "interaction" -> new LifecycleEvent.InteractionRecorded("x", C1, next, "call");
      case "purchase" -> new LifecycleEvent.Purchase("x", C1, next, Money.of("120", "EUR"));
      case "refund-small" -> new LifecycleEvent.Refund("x", C1, next, Money.of("1", "EUR"));
      case "refund-big" -> new LifecycleEvent.Refund("x", C1, next, Money.of("400", "EUR"));
      case "reeval-quiet" -> reEval(active.plus(Duration.ofDays(15)), OptionalDouble.empty());
      case "reeval-90" -> reEval(active.plus(Duration.ofDays(90)), OptionalDouble.empty());
      case "reeval-180" -> reEval(active.plus(Duration.ofDays(180)), OptionalDouble.empty());
      case "churn-0.6" -> reEval(active.plus(Duration.ofDays(15)), OptionalDouble.of(0.6));
      case "churn-0.9" -> reEval(active.plus(Duration.ofDays(15)), OptionalDouble.of(0.9));
      default -> throw new IllegalArgumentException(kind);
    };
  }

  private static LifecycleEvent reEval(Instant at, OptionalDouble p) {
    return new LifecycleEvent.ReEvaluation("x", C1, at, p);
  }

  @ParameterizedTest(name = "{0} + {1} -> {2}")
  @CsvSource({
    "PROSPECT, interaction, NURTURING",
    "PROSPECT, purchase, NEW",
    "PROSPECT, refund-small, REJECTED",
    "PROSPECT, refund-big, REJECTED",
    "PROSPECT, reeval-quiet, PROSPECT",
    "PROSPECT, reeval-90, PROSPECT",
    "PROSPECT, reeval-180, PROSPECT",
    "PROSPECT, churn-0.6, PROSPECT",
    "PROSPECT, churn-0.9, PROSPECT",
    "NURTURING, interaction, NURTURING",
    "NURTURING, purchase, NEW",
    "NURTURING, refund-small, REJECTED",
    "NURTURING, refund-big, REJECTED",
    "NURTURING, reeval-quiet, NURTURING",
    "NURTURING, reeval-90, NURTURING",
    "NURTURING, reeval-180, NURTURING",
    "NURTURING, churn-0.6, NURTURING",
    "NURTURING, churn-0.9, NURTURING",
    "NEW, interaction, NEW",
    "NEW, purchase, ACTIVE",
    "NEW, refund-small, NEW",
    "NEW, refund-big, NEW",
    "NEW, reeval-quiet, NEW",
    "NEW, reeval-90, AT_RISK",
    "NEW, reeval-180, AT_RISK",
    "NEW, churn-0.6, AT_RISK",
    "NEW, churn-0.9, AT_RISK",
    "ACTIVE, interaction, ACTIVE",
    "ACTIVE, purchase, ACTIVE",
    "ACTIVE, refund-small, ACTIVE",
    "ACTIVE, refund-big, ACTIVE",
    "ACTIVE, reeval-quiet, ACTIVE",
    "ACTIVE, reeval-90, AT_RISK",
    "ACTIVE, reeval-180, AT_RISK",
    "ACTIVE, churn-0.6, AT_RISK",
    "ACTIVE, churn-0.9, AT_RISK",
    "LOYAL, interaction, LOYAL",
    "LOYAL, purchase, LOYAL",
    "LOYAL, refund-small, LOYAL",
    "LOYAL, refund-big, ACTIVE",
    "LOYAL, reeval-quiet, LOYAL",
    "LOYAL, reeval-90, AT_RISK",
    "LOYAL, reeval-180, AT_RISK",
    "LOYAL, churn-0.6, AT_RISK",
    "LOYAL, churn-0.9, AT_RISK",
    "AT_RISK, interaction, AT_RISK",
    "AT_RISK, purchase, ACTIVE",
    "AT_RISK, refund-small, AT_RISK",
    "AT_RISK, refund-big, AT_RISK",
    "AT_RISK, reeval-quiet, AT_RISK",
    "AT_RISK, reeval-90, AT_RISK",
    "AT_RISK, reeval-180, LAPSED",
    "AT_RISK, churn-0.6, AT_RISK",
    "AT_RISK, churn-0.9, LAPSED",
    "LAPSED, interaction, LAPSED",
    "LAPSED, purchase, REACTIVATED",
    "LAPSED, refund-small, LAPSED",
    "LAPSED, refund-big, LAPSED",
    "LAPSED, reeval-quiet, LAPSED",
    "LAPSED, reeval-90, LAPSED",
    "LAPSED, reeval-180, LAPSED",
    "LAPSED, churn-0.6, LAPSED",
    "LAPSED, churn-0.9, LAPSED",
    "REACTIVATED, interaction, REACTIVATED",
    "REACTIVATED, purchase, ACTIVE",
    "REACTIVATED, refund-small, REACTIVATED",
    "REACTIVATED, refund-big, REACTIVATED",
    "REACTIVATED, reeval-quiet, REACTIVATED",
    "REACTIVATED, reeval-90, AT_RISK",
    "REACTIVATED, reeval-180, AT_RISK",
    "REACTIVATED, churn-0.6, AT_RISK",
    "REACTIVATED, churn-0.9, AT_RISK"
  })
  void every_stage_answers_every_event_as_specified(String from, String kind, String expected) {
    Lifecycle before = at(Stage.of(from));
    LifecycleEvent e = event(before, kind);
    if (expected.equals("REJECTED")) {
      assertThatThrownBy(() -> engine.apply(before, e))
          .isInstanceOf(EventNotAllowedException.class)
          .hasMessageContaining(
              "customer c1 in stage " + from + " cannot take " + e.type().label());
      return;
    }
    Outcome o = engine.decide(before, e);
    assertThat(o.after().stage()).isEqualTo(Stage.of(expected));
    assertThat(o.result())
        .isEqualTo(expected.equals(from) ? Outcome.Result.STAYED : Outcome.Result.MOVED);
    o.move()
        .ifPresent(
            m ->
                assertThat(m)
                    .extracting(StageMove::from, StageMove::to, StageMove::at, StageMove::eventId)
                    .containsExactly(Stage.of(from), Stage.of(expected), e.at(), "x"));
  }

  private static final Map<Stage, Set<Stage>> MANUAL =
      Map.of(
          PROSPECT, Set.of(NURTURING),
          NURTURING, Set.of(PROSPECT),
          NEW, Set.of(ACTIVE, AT_RISK),
          ACTIVE, Set.of(LOYAL, AT_RISK),
          LOYAL, Set.of(ACTIVE, AT_RISK),
          AT_RISK, Set.of(ACTIVE, LAPSED),
          LAPSED, Set.of(),
          REACTIVATED, Set.of(ACTIVE, AT_RISK));

  @Test
  void manual_moves_follow_the_table_and_everything_else_is_rejected() {
    int allowed = 0;
    int rejected = 0;
    for (Stage from : DefaultLifecycle.STAGES) {
      for (Stage to : DefaultLifecycle.STAGES) {
        Lifecycle before = at(from);
        LifecycleEvent.ManualMove m =
            new LifecycleEvent.ManualMove(
                "m",
                C1,
                before.lastEventAt().plus(Duration.ofHours(1)),
                to,
                "account manager says so");
        if (MANUAL.get(from).contains(to)) {
          Lifecycle after = engine.apply(before, m);
          assertThat(after.stage()).isEqualTo(to);
          assertThat(after.lastMove())
              .get()
              .extracting(StageMove::reason)
              .isEqualTo("account manager says so");
          allowed++;
        } else {
          assertThatThrownBy(() -> engine.apply(before, m))
              .as("%s -> %s", from, to)
              .isInstanceOf(EventNotAllowedException.class)
              .hasMessageContaining("customer c1 in stage " + from)
              .hasMessageContaining("manual move m of c1");
          rejected++;
        }
      }
    }
    assertThat(allowed).isEqualTo(12);
    assertThat(rejected).isEqualTo(64 - 12);
  }

  @Test
  void rejection_names_customer_stage_event_and_allowed_events() {
    assertThatThrownBy(() -> engine.apply(at(PROSPECT), refund("r1", 3, "10")))
        .isInstanceOf(EventNotAllowedException.class)
        .hasMessage(
            "customer c1 in stage PROSPECT cannot take refund r1 of c1 at "
                + day(3)
                + " for 10 EUR; allowed in PROSPECT: [interaction, purchase, re-evaluation, manual-move],"
                + " manual moves to [NURTURING]");
  }

  @Test
  void manual_move_out_of_lapsed_is_rejected_because_only_a_purchase_wins_back() {
    assertThatThrownBy(() -> engine.apply(at(LAPSED), move("m", 20, ACTIVE, "called")))
        .isInstanceOf(EventNotAllowedException.class)
        .hasMessageContaining("in stage LAPSED cannot take manual move m")
        .hasMessageContaining("allowed in LAPSED: [interaction, purchase, refund, re-evaluation]");
  }

  @Test
  void loyalty_needs_both_frequency_and_value() {
    Lifecycle l = engine.start(C1, T0);
    for (int i = 1; i <= 6; i++) {
      l = engine.apply(l, purchase("p" + i, i, "50"));
    }
    assertThat(l.stage()).isEqualTo(ACTIVE);
    Outcome o = engine.decide(l, purchase("p7", 7, "300"));
    assertThat(o.after().stage()).isEqualTo(LOYAL);
  }

  @Test
  void staying_records_which_guard_refused_and_why() {
    Outcome o = engine.decide(at(ACTIVE), purchase("p3", 3, "120"));
    assertThat(o.result()).isEqualTo(Outcome.Result.STAYED);
    assertThat(o.refusals())
        .singleElement()
        .hasToString(
            "ACTIVE -> LOYAL refused by guard loyal: 3 purchases and net spend 360 (need >= 5 and >= 500)");
  }

  @Test
  void at_risk_reason_names_the_rule_that_fired() {
    Outcome o = engine.decide(at(ACTIVE), reEvaluation(200));
    assertThat(o.move()).get().extracting(StageMove::reason).isEqualTo("churn risk");
    Outcome quiet = engine.decide(at(ACTIVE), reEvaluation(30, 0.2));
    assertThat(quiet.refusals())
        .singleElement()
        .extracting(Refusal::reason)
        .isEqualTo("churn probability 0.200 < 0.500 and silent 28 days < 90");
  }

  @Test
  void thresholds_are_configurable() {
    DefaultLifecycle.Thresholds t =
        DefaultLifecycle.Thresholds.defaults()
            .withLoyalty(2, java.math.BigDecimal.TEN)
            .withAtRisk(0.3, 30)
            .withLapsed(0.7, 60);
    LifecycleEngine e = LifecycleEngine.of(DefaultLifecycle.definition(t));
    Lifecycle l =
        e.applyAll(e.start(C1, T0), List.of(purchase("p1", 1, "20"), purchase("p2", 2, "20")));
    assertThat(l.stage()).isEqualTo(ACTIVE);
    l = e.apply(l, purchase("p3", 3, "20"));
    assertThat(l.stage()).isEqualTo(LOYAL);
    l = e.apply(l, reEvaluation(33));
    assertThat(l.stage()).isEqualTo(AT_RISK);
    l = e.apply(l, reEvaluation(63));
    assertThat(l.stage()).isEqualTo(LAPSED);
  }

  @Test
  void expected_gap_rule_flags_a_regular_customer_who_skips_his_usual_rhythm() {
    LifecycleEngine e =
        LifecycleEngine.of(
            DefaultLifecycle.definition(DefaultLifecycle.Thresholds.defaults().withExpectedGap(3)));
    // weekly customer: purchases on days 0, 7, 14, 21 (mean gap 7 days)
    Lifecycle l =
        e.applyAll(
            e.start(C1, T0),
            List.of(
                purchase("p1", 0, "10"),
                purchase("p2", 7, "10"),
                purchase("p3", 14, "10"),
                purchase("p4", 21, "10")));
    assertThat(e.apply(l, reEvaluation(41)).stage()).isEqualTo(ACTIVE); // silent 20 < 21
    Outcome o = e.decide(l, reEvaluation(42)); // silent 21 >= 3 x 7
    assertThat(o.after().stage()).isEqualTo(AT_RISK);
    assertThat(o.move()).get().extracting(StageMove::reason).isEqualTo("churn risk");
    // off by default: the same customer is fine until 90 silent days
    assertThat(
            engine
                .applyAll(
                    engine.start(C1, T0),
                    List.of(purchase("p1", 0, "10"), purchase("p2", 7, "10"), reEvaluation(50)))
                .stage())
        .isEqualTo(ACTIVE);
  }

  @Test
  void expected_gap_rule_ignores_customers_without_a_gap_of_a_day() {
    LifecycleEngine e =
        LifecycleEngine.of(
            DefaultLifecycle.definition(DefaultLifecycle.Thresholds.defaults().withExpectedGap(3)));
    Lifecycle l =
        e.applyAll(e.start(C1, T0), List.of(purchase("p1", 5, "10"), purchase("p2", 5, "10")));
    assertThat(e.apply(l, reEvaluation(30)).stage()).isEqualTo(ACTIVE);
  }

  @Test
  void thresholds_are_validated() {
    assertThatThrownBy(() -> DefaultLifecycle.Thresholds.defaults().withLapsed(0.9, 60))
        .hasMessage("lapsedSilentDays must be greater than atRiskSilentDays 90 but was: 60");
    assertThatThrownBy(() -> DefaultLifecycle.Thresholds.defaults().withAtRisk(1.5, 30))
        .hasMessage("atRiskChurnProbability must be in (0, 1] but was: 1.5");
  }
}
