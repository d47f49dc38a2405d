package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.junit.jupiter.api.Test;

class GammaGammaModelTest {

  @Test
  void reproduces_the_published_cdnow_fit() {
    CustomerSummaries s = TestData.cdnowWithSpend();
    FitResult<GammaGammaModel> fit = GammaGammaModel.fit(s);
    // Fader, Hardie & Lee (2005), "RFM and CLV": p = 6.25, q = 3.74, gamma = 15.44 on the 946
    // returning customers
    assertThat(fit.observations()).isEqualTo(946);
    assertThat(fit.parameter("p")).isCloseTo(6.25, within(0.005));
    assertThat(fit.parameter("q")).isCloseTo(3.74, within(0.005));
    // printed as 15.44; the maximum of the likelihood is at 15.4477 (as the Python lifetimes
    // package finds too)
    assertThat(fit.parameter("v"))
        .isCloseTo(15.44, within(0.01))
        .isCloseTo(15.4477, within(0.0005));
    assertThat(fit.converged()).isTrue();
    // the population mean spend per transaction and a published customer expectation
    GammaGammaModel m = fit.model();
    assertThat(m.populationMeanSpend()).isCloseTo(6.25 * 15.44 / 2.74, within(0.1));
    // the note's example: a customer with x = 2 and zbar = 22.35 (customer 1) is expected to spend
    // (p*gamma + p*x*zbar)/(p*x + q - 1) per transaction
    assertThat(m.conditionalExpectedSpend(2, 22.35))
        .isCloseTo((m.p() * m.v() + m.p() * 2 * 22.35) / (m.p() * 2 + m.q() - 1), within(1e-12))
        .isBetween(22.35, m.populationMeanSpend());
    assertThat(m.conditionalExpectedSpend(0, 0)).isCloseTo(m.populationMeanSpend(), within(1e-12));
  }

  @Test
  void the_likelihood_sums_per_customer_terms_and_its_gradient_matches_finite_differences() {
    SpendData d =
        SpendData.of(new double[] {1, 2, 2, 7, 30}, new double[] {10, 22.35, 5.5, 40, 18});
    LogLikelihood ll = GammaGammaModel.likelihood(d);
    double[] p = {6.25, 3.74, 15.44};
    GammaGammaModel m = GammaGammaModel.of(p[0], p[1], p[2]);
    double direct = 0;
    for (int i = 0; i < d.rows(); i++) {
      direct += m.logLikelihood(d.x(i), d.zbar(i));
    }
    assertThat(ll.value(p)).isCloseTo(direct, within(1e-9));
    double[] g = new double[3];
    ll.gradient(p, g);
    for (int j = 0; j < 3; j++) {
      double h = 1e-5 * p[j];
      double[] up = p.clone();
      double[] down = p.clone();
      up[j] += h;
      down[j] -= h;
      double fd = (ll.value(up) - ll.value(down)) / (2 * h);
      assertThat(g[j])
          .as("d/d%s", GammaGammaModel.NAMES[j])
          .isCloseTo(fd, within(1e-6 * Math.max(1, Math.abs(fd))));
    }
  }

  @Test
  void the_density_of_the_mean_spend_matches_numerical_integration_over_nu() {
    // f(zbar | x) = ∫ Gamma(zbar; p x, nu x) Gamma(nu; q, gamma) d nu
    GammaGammaModel m = GammaGammaModel.of(2.5, 3.0, 12.0);
    GammaDistribution nuDist = new GammaDistribution(m.q(), 1 / m.v());
    for (double[] c : new double[][] {{1, 8}, {3, 20}, {6, 2.5}}) {
      double x = c[0];
      double z = c[1];
      double value =
          Quadrature.integrate(
              nu ->
                  nu <= 0
                      ? 0
                      : new GammaDistribution(m.p() * x, 1 / (nu * x)).density(z)
                          * nuDist.density(nu),
              0,
              6,
              60);
      assertThat(m.logLikelihood(x, z)).isCloseTo(Math.log(value), within(1e-6));
    }
  }

  @Test
  void fitting_simulated_spend_recovers_the_true_parameters() {
    GammaGammaModel truth = GammaGammaModel.of(4.0, 5.0, 20.0);
    double[] x = new double[50_000];
    for (int i = 0; i < x.length; i++) {
      x[i] = 1 + i % 9;
    }
    SpendData d = SpendData.of(x, truth.simulateMeanSpend(x, 7L));
    FitResult<GammaGammaModel> fit = GammaGammaModel.fit(d, 0);
    double[] t = {truth.p(), truth.q(), truth.v()};
    for (int j = 0; j < 3; j++) {
      String n = GammaGammaModel.NAMES[j];
      assertThat(Math.abs(fit.parameter(n) - t[j]))
          .as("%s: %s", n, fit)
          .isLessThan(3 * fit.standardError(n));
    }
  }

  @Test
  void the_independence_check_measures_the_frequency_spend_correlation() {
    GammaGammaModel.IndependenceCheck cdnow =
        GammaGammaModel.independenceCheck(TestData.cdnowWithSpend());
    // CDNOW: frequency and mean spend are nearly uncorrelated (about 0.11), the model's premise
    // holds
    assertThat(cdnow.correlation()).isBetween(0.0, 0.2);
    assertThat(cdnow.warning()).isFalse();
    CustomerSummaries correlated =
        CustomerSummaries.builder(TimeScale.WEEKS)
            .add("a", 1, 5, 10, 10)
            .add("b", 2, 5, 10, 20)
            .add("c", 3, 5, 10, 30)
            .add("d", 4, 5, 10, 41)
            .build();
    assertThat(GammaGammaModel.independenceCheck(correlated).warning()).isTrue();
    assertThat(GammaGammaModel.independenceCheck(correlated).toString()).contains("WARNING");
  }

  @Test
  void compressed_and_raw_spend_rows_give_the_same_fit() {
    CustomerSummaries s = TestData.cdnowWithSpend();
    SpendData compressed = SpendData.of(s);
    double[] x = new double[compressed.rows()];
    java.util.List<double[]> raw = new java.util.ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      if (s.frequency(i) > 0) {
        raw.add(new double[] {s.frequency(i), s.monetaryValue(i)});
      }
    }
    double[] rx = raw.stream().mapToDouble(r -> r[0]).toArray();
    double[] rz = raw.stream().mapToDouble(r -> r[1]).toArray();
    SpendData uncompressed = SpendData.of(rx, rz);
    assertThat(compressed.rows()).isLessThan(uncompressed.rows());
    assertThat(compressed.customers()).isEqualTo(946).isEqualTo(uncompressed.customers());
    assertThat(x).hasSize(compressed.rows());
    FitResult<GammaGammaModel> a = GammaGammaModel.fit(uncompressed, 0);
    FitResult<GammaGammaModel> b = GammaGammaModel.fit(compressed, 0);
    for (String n : GammaGammaModel.NAMES) {
      assertThat(b.parameter(n)).isCloseTo(a.parameter(n), within(1e-6));
    }
  }

  @Test
  void bad_input_gets_a_clear_error() {
    assertThatThrownBy(
            () ->
                GammaGammaModel.fit(
                    CustomerSummaries.builder(TimeScale.WEEKS).add("1", 0, 0, 10, 0).build()))
        .isInstanceOf(ModelFitException.class)
        .hasMessageContaining("no customers with repeat purchases");
    assertThatThrownBy(() -> SpendData.of(new double[] {1}, new double[] {-2}))
        .hasMessageContaining("mean spend of row 0 must be positive and finite but was: -2.0");
    assertThatThrownBy(() -> SpendData.of(new double[] {1.5}, new double[] {2}))
        .hasMessageContaining("frequency of row 0 must be a whole number above 0 but was: 1.5");
    assertThatThrownBy(() -> GammaGammaModel.of(1, 0.5, 1).conditionalExpectedSpend(1, 1))
        .hasMessageContaining("q <= 1");
    assertThatThrownBy(() -> GammaGammaModel.of(Double.NaN, 1, 1))
        .hasMessageContaining("p must be positive");
  }
}
