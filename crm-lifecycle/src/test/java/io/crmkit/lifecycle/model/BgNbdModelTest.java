package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BgNbdModelTest {

  @Test
  void reproduces_the_published_cdnow_fit() {
    FitResult<BgNbdModel> fit = BgNbdModel.fit(TestData.cdnow());
    // Fader, Hardie & Lee (2005): r = 0.243, alpha = 4.414, a = 0.793, b = 2.426, LL = -9582.4
    assertThat(fit.parameter("r")).isCloseTo(0.243, within(0.0005));
    assertThat(fit.parameter("alpha")).isCloseTo(4.414, within(0.0005));
    assertThat(fit.parameter("a")).isCloseTo(0.793, within(0.0005));
    assertThat(fit.parameter("b")).isCloseTo(2.426, within(0.0005));
    assertThat(fit.logLikelihood()).isCloseTo(-9582.4, within(0.05));
    assertThat(fit.converged()).isTrue();
    assertThat(fit.observations()).isEqualTo(2357);
    assertThat(fit.standardErrors().values())
        .allSatisfy(se -> assertThat(se).isPositive().isFinite());
  }

  @Test
  void compressed_and_raw_rows_give_the_same_fit() {
    CustomerSummaries s = TestData.cdnow();
    FitResult<BgNbdModel> raw = BgNbdModel.fit(WeightedData.uncompressed(s), 0);
    FitResult<BgNbdModel> compressed = BgNbdModel.fit(WeightedData.compressed(s), 0);
    assertThat(WeightedData.compressed(s).rows()).isLessThan(s.size());
    for (String p : BgNbdModel.NAMES) {
      assertThat(compressed.parameter(p)).isCloseTo(raw.parameter(p), within(1e-6));
    }
    assertThat(compressed.logLikelihood()).isCloseTo(raw.logLikelihood(), within(1e-6));
  }

  @Test
  void analytic_gradient_matches_finite_differences() {
    double[][] cases = {
      {0, 0, 30}, {1, 2, 30}, {5, 20.5, 38.9}, {40, 100, 120}, {10_000, 9_000, 10_000}
    };
    double[] p = {0.243, 4.414, 0.793, 2.426};
    for (double[] c : cases) {
      double[] g = new double[4];
      BgNbdModel.logLikelihood(p[0], p[1], p[2], p[3], c[0], c[1], c[2], g);
      for (int j = 0; j < 4; j++) {
        double h = 1e-4 * p[j]; // central differences: truncation O(h²), rounding O(eps·|LL|/h)
        double[] up = p.clone();
        double[] down = p.clone();
        up[j] += h;
        down[j] -= h;
        double fd =
            (BgNbdModel.logLikelihood(up[0], up[1], up[2], up[3], c[0], c[1], c[2], null)
                    - BgNbdModel.logLikelihood(
                        down[0], down[1], down[2], down[3], c[0], c[1], c[2], null))
                / (2 * h);
        assertThat(g[j])
            .as("d/d%s at %s", BgNbdModel.NAMES[j], Arrays.toString(c))
            .isCloseTo(fd, within(1e-5 * Math.max(1, Math.abs(fd))));
      }
    }
  }

  @Test
  void likelihood_matches_direct_numerical_integration_over_the_heterogeneity() {
    BgNbdModel m = BgNbdModel.of(1.3, 2.5, 1.8, 3.2);
    double[][] cases = {{0, 0, 4}, {2, 1.5, 4}, {3, 3.9, 5}};
    for (double[] c : cases) {
      double x = c[0];
      double tx = c[1];
      double t = c[2];
      // individual likelihood: (1-p)^x λ^x e^{-λT} + δ p (1-p)^{x-1} λ^x e^{-λ t_x}
      double value =
          ModelChecks.integrateGammaAnd(
              m.r(),
              m.alpha(),
              ModelChecks.beta(m.a(), m.b()),
              1,
              (lambda, p) ->
                  Math.pow(1 - p, x) * Math.pow(lambda, x) * Math.exp(-lambda * t)
                      + (x > 0
                          ? p
                              * Math.pow(1 - p, x - 1)
                              * Math.pow(lambda, x)
                              * Math.exp(-lambda * tx)
                          : 0));
      assertThat(m.logLikelihood(x, tx, t))
          .as("case %s", Arrays.toString(c))
          .isCloseTo(Math.log(value), within(1e-6));
    }
  }

  @Test
  void fitting_simulated_customers_recovers_the_true_parameters() {
    BgNbdModel truth = BgNbdModel.of(0.5, 6.0, 1.2, 2.8);
    double[] ages = new double[50_000];
    for (int i = 0; i < ages.length; i++) {
      ages[i] = 26 + (i % 27); // cohorts acquired over half a year, observed to one date
    }
    WeightedData sim = truth.simulate(ages, 42L);
    FitResult<BgNbdModel> fit = BgNbdModel.fit(sim, 0);
    double[] trueValues = {truth.r(), truth.alpha(), truth.a(), truth.b()};
    for (int j = 0; j < 4; j++) {
      String name = BgNbdModel.NAMES[j];
      assertThat(Math.abs(fit.parameter(name) - trueValues[j]))
          .as("%s: %s", name, fit)
          .isLessThan(3 * fit.standardError(name));
    }
  }

  @Test
  void predictions_match_the_paper_for_a_cdnow_customer() {
    BgNbdModel m = BgNbdModel.fit(TestData.cdnow()).model();
    // FHL (2005) section 5: a customer with x = 2, t_x = 30.43, T = 38.86 expects 1.226 purchases
    // in the next 39 weeks
    assertThat(m.expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.226, within(0.001));
    assertThat(m.expectedPurchasesNewCustomer(0)).isZero();
    assertThat(m.expectedPurchasesNewCustomer(39))
        .isGreaterThan(m.expectedPurchasesNewCustomer(20))
        .isPositive();
    assertThat(m.probabilityAlive(0, 0, 38.86)).isEqualTo(1.0);
    assertThat(m.probabilityAlive(2, 30.43, 38.86)).isBetween(0.0, 1.0);
  }

  @Test
  void the_purchase_count_distribution_sums_to_one_and_has_the_expected_mean() {
    BgNbdModel m = BgNbdModel.of(0.243, 4.414, 0.793, 2.426);
    for (double t : new double[] {1, 39, 78}) {
      double total = 0;
      double mean = 0;
      for (int n = 0; n < 3_000; n++) {
        double p = m.probabilityOfPurchases(n, t);
        assertThat(p).isBetween(0.0, 1.0);
        total += p;
        mean += n * p;
      }
      assertThat(total).as("t=%f", t).isCloseTo(1, within(1e-9));
      assertThat(mean).as("t=%f", t).isCloseTo(m.expectedPurchasesNewCustomer(t), within(1e-6));
    }
    assertThat(m.probabilityOfPurchases(0, 0)).isEqualTo(1);
    assertThatThrownBy(() -> m.probabilityOfPurchases(-1, 1))
        .hasMessageContaining("n must not be negative");
  }

  @Test
  void degenerate_data_gets_a_clear_error() {
    assertThatThrownBy(
            () ->
                BgNbdModel.fit(
                    CustomerSummaries.builder(TimeScale.WEEKS).add("1", 0, 0, 10, 0).build()))
        .isInstanceOf(ModelFitException.class)
        .hasMessageContaining("every customer has frequency 0");
    assertThatThrownBy(() -> BgNbdModel.fit(CustomerSummaries.builder(TimeScale.WEEKS).build()))
        .isInstanceOf(ModelFitException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(
            () ->
                WeightedData.of(
                    new double[] {1}, new double[] {5}, new double[] {4}, new double[] {1}))
        .hasMessageContaining(
            "T of row 0 must be finite and at least its recency 5.0 but was: 4.0");
    assertThatThrownBy(
            () ->
                WeightedData.of(
                    new double[] {-1}, new double[] {0}, new double[] {4}, new double[] {1}))
        .hasMessageContaining("frequency of row 0");
    assertThatThrownBy(
            () ->
                WeightedData.of(
                    new double[] {1},
                    new double[] {Double.NaN},
                    new double[] {4},
                    new double[] {1}))
        .hasMessageContaining("recency of row 0");
    assertThatThrownBy(() -> BgNbdModel.of(0, 1, 1, 1)).hasMessageContaining("r must be positive");
  }
}
