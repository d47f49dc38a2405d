package io.crmkit.lifecycle.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.summary.CustomerSummaries;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompositionTest {

  static final ChurnScorer BGNBD = BgNbdChurnScorer.of(BgNbdChurnScorerTest.CDNOW);
  static final ChurnScorer RULE = InactivityScorer.of(3);

  static ChurnScorer scorer() {
    return ChurnScorer.weightedBlend(List.of(BGNBD, ChurnScorer.maximum(BGNBD, RULE)), 1, 3);
  }

  @Test
  void maximum_takes_the_highest_probability_and_its_reasons() {
    CustomerSummaries s = Populations.of(new double[] {1, 0, 0, 50});
    ChurnScorer max = ChurnScorer.maximum(BGNBD, RULE);
    assertThat(max.probability(s, 0)).isEqualTo(RULE.probability(s, 0)).isPositive();
    assertThat(max.reasons(s, 0)).isEqualTo(RULE.reasons(s, 0));
    assertThat(max.name()).isEqualTo("max(bg/nbd, inactivity(k=3))");
  }

  @Test
  void blend_is_the_normalised_weighted_mean() {
    CustomerSummaries s = Populations.contractDefault();
    ChurnScorer blend = ChurnScorer.weightedBlend(List.of(BGNBD, RULE), 1, 3);
    for (int i = 0; i < s.size(); i++) {
      assertThat(blend.probability(s, i))
          .isCloseTo(0.25 * BGNBD.probability(s, i) + 0.75 * RULE.probability(s, i), within(1e-15));
    }
    assertThat(blend.name()).isEqualTo("blend(0.25×bg/nbd, 0.75×inactivity(k=3))");
    assertThat(blend.reasons(s, 0))
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.description()).contains(": "));
  }

  @Test
  void blend_rejects_negative_or_all_zero_weights() {
    assertThatThrownBy(() -> ChurnScorer.weightedBlend(List.of(BGNBD, RULE), 1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weights[1] must be finite and not negative but was: -1.0");
    assertThatThrownBy(() -> ChurnScorer.weightedBlend(List.of(BGNBD, RULE), 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weights must not all be zero but were [0.0, 0.0]");
    assertThatThrownBy(() -> ChurnScorer.weightedBlend(List.of(BGNBD, RULE), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("weights must number as many as scorers (2)");
  }
}
