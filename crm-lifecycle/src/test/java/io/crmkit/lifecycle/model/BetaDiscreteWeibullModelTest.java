package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The beta-discrete-Weibull contractual model. */
class BetaDiscreteWeibullModelTest {

  // Fader & Hardie (2007), "How to project customer retention", the "regular" and "high end"
  // cohorts of 1,000 customers over 7 years
  private static final long[] REGULAR = {1000, 631, 468, 382, 326, 289, 262, 241};
  private static final long[] HIGH_END = {1000, 869, 743, 653, 593, 551, 517, 491};

  @Test
  void at_c_1_it_is_the_shifted_beta_geometric_model_exactly() {
    BetaDiscreteWeibullModel bdw = BetaDiscreteWeibullModel.of(0.704, 1.182, 1);
    ShiftedBetaGeometricModel sbg = bdw.atC1();
    for (int t = 0; t <= 20; t++) {
      assertThat(bdw.survival(t)).isCloseTo(sbg.survival(t), within(1e-14));
      if (t > 0) {
        // S(t−1) − S(t) against sBG's B(α+1, β+t−1)/B(α, β): equal up to the rounding of the
        // difference
        assertThat(bdw.churnProbability(t)).isCloseTo(sbg.churnProbability(t), within(1e-14));
        assertThat(bdw.retentionRate(t)).isCloseTo(sbg.retentionRate(t), within(1e-14));
      }
    }
    for (long[] n : new long[][] {REGULAR, HIGH_END}) {
      assertThat(BetaDiscreteWeibullModel.logLikelihood(0.704, 1.182, 1, n, null))
          .isCloseTo(ShiftedBetaGeometricModel.logLikelihood(0.704, 1.182, n, null), within(1e-9));
    }
  }

  /**
   * On Fader &amp; Hardie's cohorts the sBG fit (α = 0.704, β = 1.182 and α = 0.668, β = 3.806; LL
   * −1680.27 and −1611.16) is nested in BdW's: BdW's likelihood is at least sBG's, and its c above
   * 1 says each customer's churn rises with tenure once heterogeneity is accounted for. (No
   * published BdW estimates for these cohorts were found; the values here are this fit's.)
   */
  @Test
  void nests_the_sbg_fit_on_the_regular_and_high_end_cohorts() {
    for (long[] n : new long[][] {REGULAR, HIGH_END}) {
      FitResult<BetaDiscreteWeibullModel> bdw = BetaDiscreteWeibullModel.fit(n);
      FitResult<ShiftedBetaGeometricModel> sbg = ShiftedBetaGeometricModel.fit(n);
      assertThat(bdw.usable()).as("%s", bdw).isTrue();
      assertThat(bdw.logLikelihood()).isGreaterThanOrEqualTo(sbg.logLikelihood());
      assertThat(bdw.parameter("c")).isGreaterThan(1);
      // the fitted survival curve reproduces the counts it was fitted to within a few customers
      BetaDiscreteWeibullModel m = bdw.model();
      double[] projected = m.projectedSurvivors((double) n[0], n.length - 1);
      for (int t = 0; t < n.length; t++) {
        assertThat(projected[t]).isCloseTo((double) n[t], within(15.0));
      }
    }
    assertThat(ShiftedBetaGeometricModel.fit(REGULAR).logLikelihood())
        .isCloseTo(-1680.27, within(0.01));
  }

  @Test
  void the_gradient_matches_central_differences() {
    double[][] points = {{0.7, 1.2, 1}, {0.3, 2, 0.5}, {2, 0.8, 1.7}};
    for (double[] p : points) {
      for (long[] n : new long[][] {REGULAR, HIGH_END}) {
        double[] g = new double[3];
        BetaDiscreteWeibullModel.logLikelihood(p[0], p[1], p[2], n, g);
        for (int j = 0; j < 3; j++) {
          double h = 1e-6 * p[j];
          double[] up = p.clone();
          double[] down = p.clone();
          up[j] += h;
          down[j] -= h;
          double fd =
              (BetaDiscreteWeibullModel.logLikelihood(up[0], up[1], up[2], n, null)
                      - BetaDiscreteWeibullModel.logLikelihood(down[0], down[1], down[2], n, null))
                  / (2 * h);
          assertThat(g[j]).isCloseTo(fd, within(1e-5 * Math.max(1, Math.abs(fd))));
        }
      }
    }
  }

  @Test
  void recovers_simulated_parameters_within_three_standard_errors() {
    BetaDiscreteWeibullModel truth = BetaDiscreteWeibullModel.of(0.8, 2.5, 0.6);
    long[] n = truth.simulateSurvivors(20_000, 12, 3);
    FitResult<BetaDiscreteWeibullModel> fit = BetaDiscreteWeibullModel.fit(n);
    assertThat(fit.usable()).as("%s", fit).isTrue();
    truth
        .parameters()
        .forEach(
            (name, value) ->
                assertThat(fit.parameter(name))
                    .as("%s: %s", name, fit)
                    .isCloseTo(value, within(3 * fit.standardError(name))));
  }

  @Test
  void refuses_counts_without_a_shape_to_estimate() {
    assertThatThrownBy(() -> BetaDiscreteWeibullModel.fit(1000, 600))
        .isInstanceOf(ModelFitException.class)
        .hasMessageContaining("two later counts");
    assertThatThrownBy(() -> BetaDiscreteWeibullModel.fit(1000, 900, 950))
        .isInstanceOf(ModelFitException.class)
        .hasMessageContaining("survivors[2]");
    assertThat(BetaDiscreteWeibullModel.of(1, 2, 0.5).toString())
        .isEqualTo("BdW(alpha=1.0000, beta=2.0000, c=0.5000)");
  }

  @Property(tries = 300)
  void survival_is_a_probability_that_does_not_rise(
      @ForAll @DoubleRange(min = 0.01, max = 50) double alpha,
      @ForAll @DoubleRange(min = 0.01, max = 50) double beta,
      @ForAll @DoubleRange(min = 0.05, max = 5) double c,
      @ForAll @IntRange(min = 1, max = 500) int t) {
    BetaDiscreteWeibullModel m = BetaDiscreteWeibullModel.of(alpha, beta, c);
    double now = m.survival(t);
    assertThat(now).isBetween(0.0, 1.0).isLessThanOrEqualTo(m.survival(t - 1));
    assertThat(m.retentionRate(t)).isBetween(0.0, 1.0);
    assertThat(m.churnProbability(t)).isBetween(0.0, 1.0);
    assertThat(
            BetaDiscreteWeibullModel.logLikelihood(
                alpha, beta, c, new long[] {100, 80, 70, 70, 10}, null))
        .isFinite()
        .isNegative();
  }
}
