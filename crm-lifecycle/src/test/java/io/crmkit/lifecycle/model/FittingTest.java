package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import org.junit.jupiter.api.Test;

/**
 * The maximum-likelihood machinery shared by the models: penaliser, diagnostics, degenerate input.
 */
class FittingTest {

  @Test
  void the_l2_penalizer_shrinks_the_parameters_and_costs_likelihood() {
    WeightedData d = WeightedData.compressed(TestData.cdnow());
    FitResult<BgNbdModel> plain = BgNbdModel.fit(d, 0);
    FitResult<BgNbdModel> penalized = BgNbdModel.fit(d, 0.1);
    double plainNorm = 0;
    double penalizedNorm = 0;
    for (double v : plain.parameters().values()) {
      plainNorm += v * v;
    }
    for (double v : penalized.parameters().values()) {
      penalizedNorm += v * v;
    }
    assertThat(penalizedNorm).isLessThan(plainNorm);
    assertThat(penalized.logLikelihood()).isLessThan(plain.logLikelihood());
    // the penalised optimum balances the two: LL + 0.1 Σθ² is minimal there, not at the plain fit
    double atPlain = -plain.logLikelihood() + 0.1 * plainNorm;
    double atPenalized = -penalized.logLikelihood() + 0.1 * penalizedNorm;
    assertThat(atPenalized).isLessThan(atPlain);
    assertThatThrownBy(() -> BgNbdModel.fit(d, -1))
        .hasMessageContaining("penalizer must be finite and not negative");
  }

  @Test
  void compressed_and_raw_rows_give_the_same_fit_for_every_continuous_model() {
    CustomerSummaries s = TestData.cdnow();
    WeightedData raw = WeightedData.uncompressed(s);
    WeightedData compressed = WeightedData.compressed(s);
    assertThat(compressed.rows())
        .isEqualTo(1016); // distinct (frequency, recency, T) lines of the CSV, counted with sort -u
    assertThat(compressed.customers()).isEqualTo(raw.customers());
    java.util.List<java.util.function.Function<WeightedData, FitResult<? extends TransactionModel>>>
        fits =
            java.util.List.of(
                d -> MbgNbdModel.fit(d, 0),
                d -> ParetoNbdModel.fit(d, 0),
                d -> BgNbdModel.fit(d, 0));
    for (var fit : fits) {
      FitResult<? extends TransactionModel> a = fit.apply(raw);
      FitResult<? extends TransactionModel> b = fit.apply(compressed);
      for (String name : a.parameters().keySet()) {
        assertThat(b.parameter(name))
            .as("%s %s", a.model().name(), name)
            .isCloseTo(a.parameter(name), within(1e-6 * Math.max(1, a.parameter(name))));
      }
      assertThat(b.logLikelihood()).isCloseTo(a.logLikelihood(), within(1e-6));
    }
  }

  @Test
  void fit_results_carry_diagnostics() {
    FitResult<BgNbdModel> fit = BgNbdModel.fit(TestData.cdnow());
    assertThat(fit.aic()).isCloseTo(2 * 4 - 2 * fit.logLikelihood(), within(1e-9));
    assertThat(fit.bic()).isCloseTo(4 * Math.log(2357) - 2 * fit.logLikelihood(), within(1e-9));
    assertThat(fit.iterations()).isPositive();
    double[][] cov = fit.covariance();
    assertThat(cov).hasDimensions(4, 4);
    assertThat(Math.sqrt(cov[0][0])).isCloseTo(fit.standardError("r"), within(1e-12));
    assertThat(cov[1][2]).isCloseTo(cov[2][1], within(1e-12));
    assertThat(fit.toString()).contains("r=0.2426", "converged");
    assertThatThrownBy(() -> fit.parameter("s")).hasMessageContaining("no parameter named 's'");
  }

  @Test
  void degenerate_input_gets_a_clear_error_never_nan_parameters() {
    CustomerSummaries allZero =
        CustomerSummaries.builder(TimeScale.WEEKS)
            .add("a", 0, 0, 10, 0)
            .add("b", 0, 0, 20, 0)
            .build();
    assertThatThrownBy(() -> ParetoNbdModel.fit(allZero)).isInstanceOf(ModelFitException.class);
    assertThatThrownBy(() -> MbgNbdModel.fit(allZero)).isInstanceOf(ModelFitException.class);
    assertThatThrownBy(() -> GammaGammaModel.fit(allZero)).isInstanceOf(ModelFitException.class);
    assertThatThrownBy(
            () ->
                WeightedData.of(
                    new double[] {1},
                    new double[] {1},
                    new double[] {Double.NaN},
                    new double[] {1}))
        .isInstanceOf(ModelFitException.class)
        .hasMessageContaining("T of row 0");
    assertThatThrownBy(
            () ->
                WeightedData.of(
                    new double[] {1}, new double[] {1}, new double[] {2}, new double[] {0}))
        .hasMessageContaining("weight of row 0 must be positive");
    assertThatThrownBy(
            () -> WeightedData.compress(new double[] {1, 2}, new double[] {1}, new double[] {2}))
        .hasMessageContaining("one length");
    // compression merges -0.0 and 0.0 and keeps first-seen order
    WeightedData c =
        WeightedData.compress(
            new double[] {0, 0, 1}, new double[] {-0.0, 0.0, 1}, new double[] {5, 5, 5});
    assertThat(c.rows()).isEqualTo(2);
    assertThat(c.weight(0)).isEqualTo(2);
    assertThat(c.x(1)).isEqualTo(1);
  }
}
