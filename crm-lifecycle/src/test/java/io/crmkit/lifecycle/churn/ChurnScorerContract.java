package io.crmkit.lifecycle.churn;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.summary.CustomerSummaries;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ChurnScorer} must meet; a test of an implementation extends this class
 * and supplies the scorer and a population to score.
 */
abstract class ChurnScorerContract {

  protected abstract ChurnScorer scorer();

  protected CustomerSummaries population() {
    return Populations.of(
        new double[] {1, 4, 20, 40},
        new double[] {2, 0, 0, 30},
        new double[] {3, 1, 2, 3},
        new double[] {4, 12, 40, 41},
        new double[] {5, 0, 0, 0},
        new double[] {6, 2, 30, 90});
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
