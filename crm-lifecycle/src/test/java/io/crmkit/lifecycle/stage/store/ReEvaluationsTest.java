package io.crmkit.lifecycle.stage.store;

import static io.crmkit.lifecycle.stage.Fixtures.T0;
import static io.crmkit.lifecycle.stage.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.money.Money;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.lifecycle.churn.ChurnScorer;
import io.crmkit.lifecycle.stage.DefaultLifecycle;
import io.crmkit.lifecycle.stage.Lifecycle;
import io.crmkit.lifecycle.stage.LifecycleEngine;
import io.crmkit.lifecycle.stage.LifecycleEvent;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ReEvaluationsTest {

  private final LifecycleEngine engine = LifecycleEngine.of(DefaultLifecycle.definition());

  /** Churn probability = share of the customer's age spent since the last purchase. */
  private static final ChurnScorer SHARE_SILENT =
      new ChurnScorer() {
        @Override
        public String name() {
          return "share-silent";
        }

        @Override
        public double probability(CustomerSummaries population, int row) {
          return population.timeSinceLastPurchase(row) / population.age(row);
        }
      };

  private Lifecycle active(String id) {
    Lifecycle l = engine.start(id, T0);
    l = engine.apply(l, new LifecycleEvent.Purchase(id + "-1", id, day(1), Money.of("10", "EUR")));
    return engine.apply(
        l, new LifecycleEvent.Purchase(id + "-2", id, day(2), Money.of("10", "EUR")));
  }

  @Test
  void scorer_probabilities_move_customers_over_the_threshold_and_rules_cover_the_rest() {
    CustomerSummaries population =
        CustomerSummaries.builder(TimeScale.DAYS)
            .add("a", 1, 9, 10, 10) // silent 1 of 10 days: 0.1
            .add("b", 1, 2, 10, 10) // silent 8 of 10 days: 0.8
            .build();
    List<Lifecycle> before = List.of(active("a"), active("b"), active("c"));
    List<LifecycleEvent.ReEvaluation> events =
        ReEvaluations.withScorer(before, population, SHARE_SILENT, day(20));
    assertThat(events)
        .extracting(LifecycleEvent.ReEvaluation::churnProbability)
        .containsExactly(OptionalDouble.of(0.1), OptionalDouble.of(0.8), OptionalDouble.empty());
    List<Lifecycle> after = ReEvaluations.apply(engine, before, events);
    assertThat(after)
        .extracting(Lifecycle::stage)
        .containsExactly(
            DefaultLifecycle.ACTIVE, DefaultLifecycle.AT_RISK, DefaultLifecycle.ACTIVE);
    // same instant again: idempotent
    assertThat(
            ReEvaluations.apply(
                engine, after, ReEvaluations.withScorer(after, population, SHARE_SILENT, day(20))))
        .isEqualTo(after);
  }

  @Test
  void plain_rules_use_silence() {
    List<Lifecycle> after =
        ReEvaluations.apply(
            engine, List.of(active("a")), ReEvaluations.byRules(List.of(active("a")), day(95)));
    assertThat(after.get(0).stage()).isEqualTo(DefaultLifecycle.AT_RISK);
  }

  @Test
  void a_scorer_returning_a_non_probability_is_reported() {
    ChurnScorer broken =
        new ChurnScorer() {
          @Override
          public String name() {
            return "broken";
          }

          @Override
          public double probability(CustomerSummaries population, int row) {
            return Double.NaN;
          }
        };
    CustomerSummaries population =
        CustomerSummaries.builder(TimeScale.DAYS).add("a", 1, 9, 10, 10).build();
    assertThatThrownBy(
            () -> ReEvaluations.withScorer(List.of(active("a")), population, broken, day(20)))
        .hasMessage(
            "churn scorer broken must return a probability in [0, 1] but returned NaN for customer a");
  }
}
