package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class BgBbModelTest {

  private static final BgBbModel M = BgBbModel.of(1.204, 0.750, 0.657, 2.783);

  /** donations.csv: frequency,recency,periods,weights. */
  static WeightedData donations() {
    List<double[]> rows = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    BgBbModelTest.class.getResourceAsStream(
                        "/io/crmkit/lifecycle/data/donations.csv")),
                StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        rows.add(Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    double[][] cols = new double[4][rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      for (int j = 0; j < 4; j++) {
        cols[j][i] = rows.get(i)[j];
      }
    }
    return WeightedData.of(cols[0], cols[1], cols[2], cols[3]);
  }

  @Test
  void reproduces_the_published_donations_fit() {
    FitResult<BgBbModel> fit = BgBbModel.fit(donations(), 0);
    // Fader, Hardie & Shang (2010): alpha = 1.204, beta = 0.750, gamma = 0.657, delta = 2.783, LL =
    // -33,225.6
    assertThat(fit.observations()).isEqualTo(11_104);
    assertThat(fit.parameter("alpha")).isCloseTo(1.204, within(0.0005));
    assertThat(fit.parameter("beta")).isCloseTo(0.750, within(0.0005));
    assertThat(fit.parameter("gamma")).isCloseTo(0.657, within(0.0005));
    assertThat(fit.parameter("delta")).isCloseTo(2.783, within(0.0005));
    assertThat(fit.logLikelihood()).isCloseTo(-33_225.6, within(0.05));
    assertThat(fit.converged()).isTrue();
  }

  @Test
  void analytic_gradient_matches_finite_differences() {
    ModelChecks.gradientMatchesFiniteDifferences(
        BgBbModel.NAMES,
        new double[] {1.204, 0.750, 0.657, 2.783},
        new double[][] {
          {0, 0, 6}, {1, 1, 6}, {3, 5, 6}, {6, 6, 6}, {2, 4, 10}, {5_000, 9_000, 10_000}
        },
        BgBbModel::logLikelihood);
  }

  @Test
  void likelihood_and_predictions_match_direct_numerical_integration() {
    double x = 2;
    double tx = 4;
    double n = 6;
    // individual level: p^x (1-p)^{n-x} (1-θ)^n + Σ_{i=0}^{n-t_x-1} p^x (1-p)^{t_x-x+i} θ
    // (1-θ)^{t_x+i}
    double value =
        integrate(
            (p, th) -> {
              double alive = Math.pow(p, x) * Math.pow(1 - p, n - x) * Math.pow(1 - th, n);
              double dead = 0;
              for (int i = 0; i < n - tx; i++) {
                dead +=
                    Math.pow(p, x) * Math.pow(1 - p, tx - x + i) * th * Math.pow(1 - th, tx + i);
              }
              return alive + dead;
            });
    assertThat(M.logLikelihood(x, tx, n)).isCloseTo(Math.log(value), within(1e-6));
    double pAlive =
        integrate((p, th) -> Math.pow(p, x) * Math.pow(1 - p, n - x) * Math.pow(1 - th, n + 1))
            / value;
    assertThat(M.probabilityAlive(x, tx, n)).isCloseTo(pAlive, within(1e-6));
    // alive at n, each later opportunity k = 1..5 is reached with (1-θ)^k and brings p
    double future =
        integrate(
                (p, th) -> {
                  double e = 0;
                  for (int k = 1; k <= 5; k++) {
                    e += p * Math.pow(1 - th, k);
                  }
                  return Math.pow(p, x) * Math.pow(1 - p, n - x) * Math.pow(1 - th, n) * e;
                })
            / value;
    assertThat(M.expectedPurchases(5, x, tx, n)).isCloseTo(future, within(1e-6));
    assertThat(M.expectedPurchases(5, 0, 0, 0))
        .isCloseTo(M.expectedPurchasesNewCustomer(5), within(1e-12));
    double sum = 0;
    double mean = 0;
    for (int k = 0; k <= 6; k++) {
      sum += M.probabilityOfPurchases(k, 6);
      mean += k * M.probabilityOfPurchases(k, 6);
    }
    assertThat(sum).isCloseTo(1, within(1e-12));
    assertThat(mean).isCloseTo(M.expectedPurchasesNewCustomer(6), within(1e-10));
  }

  private static double integrate(java.util.function.DoubleBinaryOperator f) {
    java.util.function.DoubleUnaryOperator bp = ModelChecks.beta(M.alpha(), M.beta());
    java.util.function.DoubleUnaryOperator bt = ModelChecks.beta(M.gamma(), M.delta());
    // p = u², θ = v² tame the density singularities at 0; the ones at 1 are integrable and mild
    // here
    return Quadrature.integrate(
        u ->
            2
                * u
                * bp.applyAsDouble(u * u)
                * Quadrature.integrate(
                    v -> 2 * v * bt.applyAsDouble(v * v) * f.applyAsDouble(u * u, v * v), 0, 1, 60),
        0,
        1,
        60);
  }

  @Test
  void fitting_simulated_donors_recovers_the_true_parameters() {
    double[] n = new double[50_000];
    Arrays.fill(n, 6);
    ModelChecks.recovers(
        BgBbModel.fit(compress(M.simulate(n, 3L)), 0),
        BgBbModel.NAMES,
        new double[] {M.alpha(), M.beta(), M.gamma(), M.delta()});
  }

  private static WeightedData compress(WeightedData d) {
    double[] x = new double[d.rows()];
    double[] tx = new double[d.rows()];
    double[] t = new double[d.rows()];
    for (int i = 0; i < d.rows(); i++) {
      x[i] = d.x(i);
      tx[i] = d.tx(i);
      t[i] = d.age(i);
    }
    return WeightedData.compress(x, tx, t);
  }

  @Test
  void bad_input_gets_a_clear_error() {
    assertThatThrownBy(
            () ->
                BgBbModel.fit(
                    WeightedData.of(
                        new double[] {3}, new double[] {2}, new double[] {6}, new double[] {1}),
                    0))
        .isInstanceOf(ModelFitException.class)
        .hasMessageContaining("frequency 3.0 of row 0 must be at most its recency 2.0");
    assertThatThrownBy(
            () ->
                BgBbModel.fit(
                    WeightedData.of(
                        new double[] {1}, new double[] {1.5}, new double[] {6}, new double[] {1}),
                    0))
        .hasMessageContaining("whole numbers of opportunities");
    assertThatThrownBy(() -> M.expectedPurchases(2.5, 1, 1, 6))
        .hasMessageContaining("whole number of opportunities");
    assertThatThrownBy(() -> M.probabilityAlive(2, 1, 6)).hasMessageContaining("x <= t_x <= n");
  }
}
