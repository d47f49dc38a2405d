package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Issue 22: the penalizer is what the documentation says — crmkit minimises (−LL + λ Σ θ²)/n — and
 * not lifetimes' −LL/n + λ Σ θ² on rescaled time. At the penalised estimate the gradient of the
 * log-likelihood equals 2λθ, the stationarity condition of the documented objective.
 */
class PenalizerDefinitionTest {

  @Test
  void the_penalised_estimate_is_the_stationary_point_of_the_documented_objective() {
    WeightedData data = WeightedData.compressed(TestData.cdnow());
    double lambda = 50;
    FitResult<BgNbdModel> fit = BgNbdModel.fit(data, lambda);
    double[] theta =
        fit.model().parameters().values().stream().mapToDouble(Double::doubleValue).toArray();
    double[] g = new double[4];
    BgNbdModel.likelihood(data).gradient(theta, g);
    for (int i = 0; i < 4; i++) {
      // ∂/∂θ (−LL + λ Σ θ²) = 0  ⇔  ∂LL/∂θ = 2λθ
      assertThat(g[i])
          .as(BgNbdModel.NAMES[i])
          .isCloseTo(2 * lambda * theta[i], within(1e-4 * data.customers()));
    }
    // lifetimes' objective −LL/n + λ Σ θ² would need ∂LL/∂θ = 2λnθ: far from what crmkit solves
    assertThat(Math.abs(g[1] - 2 * lambda * data.customers() * theta[1])).isGreaterThan(1_000);
    assertThat(fit.penalizer()).isEqualTo(lambda);
  }
}
