package io.crmkit.lifecycle.stage.store;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.lifecycle.churn.ChurnScorer;
import io.crmkit.lifecycle.stage.Lifecycle;
import io.crmkit.lifecycle.stage.LifecycleEngine;
import io.crmkit.lifecycle.stage.LifecycleEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Time passing for a population: re-evaluation events at an instant, by plain rules or with the
 * churn probabilities of any {@link ChurnScorer}, and their application. Event ids are {@code
 * "re-evaluation@" + at}, so re-evaluating twice at the same instant is idempotent.
 *
 * @since 0.1
 */
public final class ReEvaluations {

  private ReEvaluations() {}

  /** A plain-rules re-evaluation event at {@code at} for every lifecycle, in order. */
  public static List<LifecycleEvent.ReEvaluation> byRules(List<Lifecycle> lifecycles, Instant at) {
    Objects.requireNonNull(lifecycles, "lifecycles must not be null");
    Objects.requireNonNull(at, "at must not be null");
    List<LifecycleEvent.ReEvaluation> out = new ArrayList<>(lifecycles.size());
    for (Lifecycle l : lifecycles) {
      out.add(
          new LifecycleEvent.ReEvaluation(
              "re-evaluation@" + at, l.subjectId(), at, OptionalDouble.empty()));
    }
    return out;
  }

  /**
   * A re-evaluation event at {@code at} for every lifecycle, carrying the churn probability {@code
   * scorer} gives the customer's row of {@code population} (matched by customer id); a lifecycle
   * without a row (e.g. a prospect who never bought) gets a plain-rules event.
   *
   * @throws IllegalArgumentException if the scorer returns a value outside [0, 1]
   */
  public static List<LifecycleEvent.ReEvaluation> withScorer(
      List<Lifecycle> lifecycles, CustomerSummaries population, ChurnScorer scorer, Instant at) {
    Objects.requireNonNull(lifecycles, "lifecycles must not be null");
    Objects.requireNonNull(population, "population must not be null");
    Objects.requireNonNull(scorer, "scorer must not be null");
    Objects.requireNonNull(at, "at must not be null");
    List<LifecycleEvent.ReEvaluation> out = new ArrayList<>(lifecycles.size());
    for (Lifecycle l : lifecycles) {
      OptionalInt row = population.indexOf(l.subjectId());
      OptionalDouble p = OptionalDouble.empty();
      if (row.isPresent()) {
        double v = scorer.probability(population, row.getAsInt());
        if (!(v >= 0 && v <= 1)) {
          throw new IllegalArgumentException(
              "churn scorer "
                  + scorer.name()
                  + " must return a probability in [0, 1]"
                  + " but returned "
                  + v
                  + " for customer "
                  + l.subjectId());
        }
        p = OptionalDouble.of(v);
      }
      out.add(new LifecycleEvent.ReEvaluation("re-evaluation@" + at, l.subjectId(), at, p));
    }
    return out;
  }

  /**
   * Applies the events to the lifecycles of the same index with {@code engine}; returns the new
   * lifecycles.
   */
  public static List<Lifecycle> apply(
      LifecycleEngine engine, List<Lifecycle> lifecycles, List<? extends LifecycleEvent> events) {
    Objects.requireNonNull(engine, "engine must not be null");
    if (lifecycles.size() != events.size()) {
      throw new IllegalArgumentException(
          "events must be one per lifecycle ("
              + lifecycles.size()
              + ") but were: "
              + events.size());
    }
    List<Lifecycle> out = new ArrayList<>(lifecycles.size());
    for (int i = 0; i < lifecycles.size(); i++) {
      out.add(engine.apply(lifecycles.get(i), events.get(i)));
    }
    return out;
  }
}
