package io.crmkit.lifecycle.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.summary.CustomerSummaries;
import org.junit.jupiter.api.Test;

class InactivityScorerTest {

  static ChurnScorer scorer() {
    return InactivityScorer.of(3);
  }

  @Test
  void own_gap_is_the_mean_time_between_purchases() {
    // 4 repeat purchases in 20 weeks: gap 5; silent 20 weeks = 4 gaps; ρ = 20 / 15
    CustomerSummaries s = Populations.of(new double[] {1, 4, 20, 40});
    double rho = 20.0 / 15.0;
    assertThat(InactivityScorer.of(3).typicalGap(s, 0)).isEqualTo(5.0);
    assertThat(InactivityScorer.of(3).probability(s, 0))
        .isCloseTo(rho * rho / (1 + rho * rho), within(1e-15));
  }

  @Test
  void rule_fires_at_one_half_when_silence_reaches_k_gaps() {
    CustomerSummaries s = Populations.of(new double[] {1, 4, 20, 35});
    assertThat(InactivityScorer.of(3).probability(s, 0)).isCloseTo(0.5, within(1e-15));
    assertThat(InactivityScorer.of(3).withSteepness(8).probability(s, 0))
        .isCloseTo(0.5, within(1e-15));
  }

  @Test
  void fires_only_when_silent_for_longer_than_k_gaps() {
    CustomerSummaries s =
        Populations.of(new double[] {1, 4, 20, 35}, new double[] {2, 4, 20, 35.01});
    assertThat(InactivityScorer.of(3).fires(s, 0)).isFalse();
    assertThat(InactivityScorer.of(3).fires(s, 1)).isTrue();
  }

  @Test
  void single_purchasers_use_the_median_gap_of_repeat_buyers() {
    // repeat-buyer gaps 5, 2, 10 -> median 5; single purchaser silent 15 = 3 gaps -> 0.5 at k = 3
    CustomerSummaries s =
        Populations.of(
            new double[] {1, 4, 20, 40},
            new double[] {2, 3, 6, 6},
            new double[] {3, 1, 10, 30},
            new double[] {4, 0, 0, 15});
    InactivityScorer rule = InactivityScorer.of(3);
    assertThat(rule.populationGap(s)).isEqualTo(5.0);
    assertThat(rule.typicalGap(s, 3)).isEqualTo(5.0);
    assertThat(rule.probability(s, 3)).isCloseTo(0.5, within(1e-15));
  }

  @Test
  void a_fixed_population_gap_replaces_the_median() {
    CustomerSummaries s = Populations.of(new double[] {1, 4, 20, 40}, new double[] {4, 0, 0, 15});
    assertThat(InactivityScorer.of(3).withPopulationGap(10).probability(s, 1))
        .isCloseTo(1 / (1 + 4.0), within(1e-15)); // ρ = 15 / 30
  }

  @Test
  void a_customer_who_just_bought_scores_zero() {
    CustomerSummaries s = Populations.of(new double[] {1, 4, 20, 20});
    assertThat(InactivityScorer.of(3).probability(s, 0)).isZero();
  }

  @Test
  void reasons_state_silence_and_gap() {
    CustomerSummaries s = Populations.of(new double[] {1, 4, 20, 40});
    Reason r = InactivityScorer.of(3).reasons(s, 0).get(0);
    assertThat(r.description())
        .isEqualTo(
            "silent 20.0 weeks, 4.0× the customer's typical gap of 5.0 weeks (rule fires at 3×)");
    assertThat(r.contribution()).isEqualTo(InactivityScorer.of(3).probability(s, 0));
  }

  @Test
  void rejects_a_non_positive_k() {
    assertThatThrownBy(() -> InactivityScorer.of(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("k must be positive and finite but was: 0.0");
  }

  @Test
  void name_shows_k() {
    assertThat(InactivityScorer.of(3).name()).isEqualTo("inactivity(k=3)");
    assertThat(InactivityScorer.of(2.5).name()).isEqualTo("inactivity(k=2.5)");
  }
}
