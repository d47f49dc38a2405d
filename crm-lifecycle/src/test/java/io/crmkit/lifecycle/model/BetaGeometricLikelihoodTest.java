package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The cached likelihood of BG/NBD and MBG/NBD equals the sum of the per-customer functions. */
class BetaGeometricLikelihoodTest {

  @Test
  void cached_value_and_gradient_equal_the_sum_over_rows() {
    double[] x = {0, 0, 1, 2, 2, 7, 40, 10_000};
    double[] tx = {0, 0, 3.5, 10, 20.25, 30, 50, 9_000};
    double[] age = {5, 38, 38, 38, 38.86, 40, 52, 10_000};
    double[] w = {3, 1, 2, 1, 5, 1, 1, 2};
    WeightedData d = WeightedData.of(x, tx, age, w);
    double[] p = {0.3, 4.2, 0.9, 2.1};
    for (boolean modified : new boolean[] {false, true}) {
      WeightedLikelihood.RowLikelihood row =
          modified
              ? MbgNbdModel::logLikelihood
              : (q, xi, ti, ai, g) ->
                  BgNbdModel.logLikelihood(q[0], q[1], q[2], q[3], xi, ti, ai, g);
      LogLikelihood direct = new WeightedLikelihood(BgNbdModel.NAMES, d, row);
      LogLikelihood cached = new BetaGeometricLikelihood(d, modified);
      assertThat(cached.value(p)).isCloseTo(direct.value(p), within(1e-8));
      double[] g1 = new double[4];
      double[] g2 = new double[4];
      cached.gradient(p, g1);
      direct.gradient(p, g2);
      for (int j = 0; j < 4; j++) {
        assertThat(g1[j])
            .as("modified=%s d/d%s", modified, BgNbdModel.NAMES[j])
            .isCloseTo(g2[j], within(1e-8 * Math.max(1, Math.abs(g2[j]))));
      }
      assertThat(cached.observations()).isEqualTo(16);
    }
  }
}
