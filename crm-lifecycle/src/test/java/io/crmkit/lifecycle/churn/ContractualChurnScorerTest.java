package io.crmkit.lifecycle.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.summary.CustomerSummaries;
import org.apache.commons.math3.special.Beta;
import org.junit.jupiter.api.Test;

class ContractualChurnScorerTest {

  // shifted-beta-geometric: S(t) = B(α, β + t) / B(α, β); churn at t+1 given t survived = α / (α +
  // β + t)
  static final double ALPHA = 0.668;
  static final double BETA = 3.806;
  static final RetentionCurve SBG =
      t -> Math.exp(Beta.logBeta(ALPHA, BETA + t) - Beta.logBeta(ALPHA, BETA));

  static ChurnScorer scorer() {
    return ContractualChurnScorer.of("sbg", SBG, ContractualChurnScorer.periodsFromAge(10));
  }

  @Test
  void sbg_curve_gives_its_closed_form_churn_rate() {
    for (int t = 0; t < 20; t++) {
      assertThat(SBG.probabilityNotRenewing(t))
          .isCloseTo(ALPHA / (ALPHA + BETA + t), within(1e-12));
    }
  }

  @Test
  void completed_periods_come_from_age() {
    CustomerSummaries s = Populations.of(new double[] {1, 4, 20, 39.9});
    assertThat(((ContractualChurnScorer) scorer()).periods(s, 0)).isEqualTo(3);
    assertThat(scorer().probability(s, 0)).isCloseTo(ALPHA / (ALPHA + BETA + 3), within(1e-12));
  }

  @Test
  void retention_rates_multiply_into_a_survival_curve() {
    RetentionCurve c = RetentionCurve.ofRetentionRates(t -> t == 1 ? 0.6 : 0.9);
    assertThat(c.survival(3)).isCloseTo(0.6 * 0.9 * 0.9, within(1e-15));
    assertThat(c.probabilityNotRenewing(0)).isCloseTo(0.4, within(1e-15));
    assertThat(c.probabilityNotRenewing(2)).isCloseTo(0.1, within(1e-15));
  }

  @Test
  void an_increasing_curve_is_rejected() {
    RetentionCurve bad = t -> t == 0 ? 0.5 : 0.8;
    assertThatThrownBy(() -> bad.probabilityNotRenewing(0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "retention curve must be in [0, 1] and non-increasing but S(0) = 0.5 and S(1) = 0.8");
  }
}
