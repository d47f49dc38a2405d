package io.crmkit.testing.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.lifecycle.churn.ChurnAssessment;
import io.crmkit.lifecycle.churn.ChurnScorer;
import io.crmkit.lifecycle.churn.RiskBands;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ChurnScorer} must meet: extend it in a test, implement {@link
 * #scorer()} and, to score a population of your own, override {@link #population()}.
 *
 * @since 0.1
 */
public abstract class ChurnScorerContract {

  /** For subclasses. */
  protected ChurnScorerContract() {}

  /** Returns the scorer under test. */
  protected abstract ChurnScorer scorer();

  /**
   * Returns the population the contract scores; by default six customers in weeks (repeat buyers,
   * single purchasers, one customer acquired today), each with an average order value of 10.
   */
  protected CustomerSummaries population() {
    double[][] rows = {
      {4, 20, 40}, {0, 0, 30}, {1, 2, 3}, {12, 40, 41}, {0, 0, 0}, {2, 30, 90},
    };
    CustomerSummaries.Builder b = CustomerSummaries.builder(TimeScale.WEEKS);
    for (int i = 0; i < rows.length; i++) {
      b.add(Integer.toString(i + 1), (int) rows[i][0], rows[i][1], rows[i][2], 10.0);
    }
    return b.build();
  }

  @Test
  void has_a_name() {
    assertThat(scorer().name()).isNotBlank();
  }

  @Test
  void probabilities_are_in_the_unit_interval() {
    for (double p : scorer().probabilities(population())) {
      assertThat(p).isBetween(0.0, 1.0);
    }
  }

  @Test
  void vectorised_scores_equal_row_scores() {
    CustomerSummaries s = population();
    double[] all = scorer().probabilities(s);
    assertThat(all).hasSize(s.size());
    for (int i = 0; i < s.size(); i++) {
      assertThat(all[i]).isEqualTo(scorer().probability(s, i));
    }
  }

  @Test
  void scores_are_deterministic() {
    assertThat(scorer().probabilities(population()))
        .containsExactly(scorer().probabilities(population()));
  }

  @Test
  void assessment_carries_probability_band_and_reasons() {
    CustomerSummaries s = population();
    for (int i = 0; i < s.size(); i++) {
      ChurnAssessment a = scorer().assess(s, i);
      assertThat(a.probability()).isEqualTo(scorer().probability(s, i));
      assertThat(a.band()).isEqualTo(RiskBands.standard().bandOf(a.probability()));
      assertThat(a.customerId()).isEqualTo(s.customerId(i));
      assertThat(a.reasons()).allSatisfy(r -> assertThat(r.description()).isNotBlank());
    }
  }
}
