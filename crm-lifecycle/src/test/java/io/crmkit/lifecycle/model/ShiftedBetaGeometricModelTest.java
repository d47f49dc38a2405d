package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShiftedBetaGeometricModelTest {

  // Fader & Hardie (2007), "How to project customer retention", the two cohorts of 1,000 customers
  // over 7 years
  private static final long[] REGULAR = {1000, 631, 468, 382, 326, 289, 262, 241};
  private static final long[] HIGH_END = {1000, 869, 743, 653, 593, 551, 517, 491};

  @Test
  void reproduces_the_published_fits() {
    FitResult<ShiftedBetaGeometricModel> regular = ShiftedBetaGeometricModel.fit(REGULAR);
    assertThat(regular.parameter("alpha")).isCloseTo(0.704, within(0.0005));
    assertThat(regular.parameter("beta")).isCloseTo(1.182, within(0.0005));
    FitResult<ShiftedBetaGeometricModel> highEnd = ShiftedBetaGeometricModel.fit(HIGH_END);
    assertThat(highEnd.parameter("alpha")).isCloseTo(0.668, within(0.0005));
    assertThat(highEnd.parameter("beta")).isCloseTo(3.806, within(0.0005));
    assertThat(highEnd.converged()).isTrue();
    assertThat(highEnd.observations()).isEqualTo(1000);
  }

  @Test
  void survival_retention_and_churn_agree() {
    ShiftedBetaGeometricModel m = ShiftedBetaGeometricModel.of(0.668, 3.806);
    assertThat(m.survival(0)).isEqualTo(1.0);
    double s = 1;
    for (int t = 1; t <= 12; t++) {
      assertThat(m.churnProbability(t)).isCloseTo(m.survival(t - 1) - m.survival(t), within(1e-12));
      assertThat(m.retentionRate(t)).isCloseTo(m.survival(t) / m.survival(t - 1), within(1e-12));
      s *= m.retentionRate(t);
      assertThat(m.survival(t)).isCloseTo(s, within(1e-12));
      if (t > 1) {
        assertThat(m.retentionRate(t)).isGreaterThan(m.retentionRate(t - 1));
      }
      assertThat(m.probabilityOfNotRenewing(t))
          .isCloseTo(1 - m.retentionRate(t + 1), within(1e-12));
    }
  }

  @Test
  void discounted_expected_residual_lifetime_equals_the_discounted_sum_of_survival() {
    ShiftedBetaGeometricModel m = ShiftedBetaGeometricModel.of(0.668, 3.806);
    for (int n : new int[] {0, 1, 4}) {
      double d = 0.1;
      double direct = 0;
      for (int t = 1; t < 20_000; t++) {
        direct += m.survival(n + t) / m.survival(n) / Math.pow(1 + d, t - 1);
      }
      assertThat(m.discountedExpectedResidualLifetime(d, n))
          .as("n=%d", n)
          .isCloseTo(direct, within(1e-9));
    }
  }

  @Test
  void gradient_matches_finite_differences_and_simulated_cohorts_recover_the_truth() {
    double[] p = {0.7, 1.2};
    double[] g = new double[2];
    ShiftedBetaGeometricModel.logLikelihood(p[0], p[1], REGULAR, g);
    for (int j = 0; j < 2; j++) {
      double h = 1e-6;
      double[] up = p.clone();
      double[] down = p.clone();
      up[j] += h;
      down[j] -= h;
      double fd =
          (ShiftedBetaGeometricModel.logLikelihood(up[0], up[1], REGULAR, null)
                  - ShiftedBetaGeometricModel.logLikelihood(down[0], down[1], REGULAR, null))
              / (2 * h);
      assertThat(g[j]).isCloseTo(fd, within(1e-5 * Math.max(1, Math.abs(fd))));
    }
    ShiftedBetaGeometricModel truth = ShiftedBetaGeometricModel.of(0.9, 2.5);
    long[] survivors = truth.simulateSurvivors(50_000, 8, 9L);
    assertThat(survivors).hasSize(9);
    ModelChecks.recovers(
        ShiftedBetaGeometricModel.fit(survivors),
        ShiftedBetaGeometricModel.NAMES,
        new double[] {0.9, 2.5});
  }

  @Test
  void bad_input_gets_a_clear_error() {
    assertThatThrownBy(() -> ShiftedBetaGeometricModel.fit(1000))
        .isInstanceOf(ModelFitException.class)
        .hasMessageContaining("at least one later count");
    assertThatThrownBy(() -> ShiftedBetaGeometricModel.fit(1000, 900, 950))
        .hasMessageContaining("survivors[2] must be between 0 and survivors[1] = 900 but was: 950");
    assertThatThrownBy(() -> ShiftedBetaGeometricModel.fit(100, 100, 100))
        .hasMessageContaining("nobody churned");
    assertThatThrownBy(() -> ShiftedBetaGeometricModel.fit(0, 0))
        .hasMessageContaining("cohort size");
    assertThatThrownBy(() -> ShiftedBetaGeometricModel.of(1, 1).retentionRate(0))
        .hasMessageContaining("at least 1");
    assertThatThrownBy(
            () -> ShiftedBetaGeometricModel.of(1, 1).discountedExpectedResidualLifetime(0, 1))
        .hasMessageContaining("discountRate must be positive");
  }
}
