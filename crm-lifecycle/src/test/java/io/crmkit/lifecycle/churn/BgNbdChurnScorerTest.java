package io.crmkit.lifecycle.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.lifecycle.model.BgNbdModel;
import org.junit.jupiter.api.Test;

class BgNbdChurnScorerTest {

  /** The published CDNOW fit (Fader, Hardie & Lee 2005). */
  static final BgNbdModel CDNOW = BgNbdModel.of(0.243, 4.414, 0.793, 2.426);

  static ChurnScorer scorer() {
    return BgNbdChurnScorer.of(CDNOW);
  }

  @Test
  void churn_is_one_minus_probability_alive_by_eq_11() {
    CustomerSummaries s = Populations.of(new double[] {1, 4, 20, 40});
    // eq. 11 evaluated by hand: 1 / (1 + a/(b+x-1) ((α+T)/(α+t_x))^(r+x))
    double odds = 0.793 / (2.426 + 3) * Math.pow((4.414 + 40) / (4.414 + 20), 0.243 + 4);
    assertThat(scorer().probability(s, 0)).isCloseTo(1 - 1 / (1 + odds), within(1e-14));
  }

  @Test
  void single_purchasers_are_alive_in_bg_nbd() {
    assertThat(scorer().probability(Populations.of(new double[] {1, 0, 0, 50}), 0)).isZero();
  }

  @Test
  void the_generic_adapter_gives_the_same_scores() {
    ChurnScorer generic =
        ChurnScorer.fromProbabilityAlive(
            "bg/nbd", (s, i) -> CDNOW.probabilityAlive(s.frequency(i), s.recency(i), s.age(i)));
    assertThat(generic.probabilities(Populations.contractDefault()))
        .containsExactly(scorer().probabilities(Populations.contractDefault()));
  }

  @Test
  void the_generic_adapter_rejects_a_probability_outside_the_unit_interval() {
    ChurnScorer broken = ChurnScorer.fromProbabilityAlive("broken", (s, i) -> 1.5);
    assertThatThrownBy(() -> broken.probability(Populations.contractDefault(), 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("P(alive) of broken for customer 1 must be in [0, 1] but was: 1.5");
  }
}
