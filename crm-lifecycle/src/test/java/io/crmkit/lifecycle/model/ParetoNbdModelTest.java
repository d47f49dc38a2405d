package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ParetoNbdModelTest {

  private static final ParetoNbdModel M = ParetoNbdModel.of(1.2, 3.0, 1.5, 4.5);

  @Test
  void reproduces_the_published_cdnow_fit() {
    FitResult<ParetoNbdModel> fit = ParetoNbdModel.fit(TestData.cdnow());
    // Fader & Hardie (2005), "A note on implementing the Pareto/NBD model in MATLAB":
    // r = 0.5533, alpha = 10.5776, s = 0.6061, beta = 11.6650, LL = -9594.97
    assertThat(fit.parameter("r")).isCloseTo(0.5533, within(0.0005));
    assertThat(fit.parameter("alpha")).isCloseTo(10.5776, within(0.005));
    assertThat(fit.parameter("s")).isCloseTo(0.6061, within(0.0005));
    assertThat(fit.parameter("beta")).isCloseTo(11.6650, within(0.01));
    assertThat(fit.logLikelihood()).isCloseTo(-9594.97, within(0.01));
    assertThat(fit.converged()).isTrue();
  }

  @Test
  void analytic_gradient_matches_finite_differences_on_both_branches() {
    double[][] rows = {
      {0, 0, 30},
      {1, 2, 30},
      {5, 20.5, 38.9},
      {40, 100, 120},
      {3, 38.86, 38.86},
      {10_000, 9_000, 10_000},
      {10_000, 0.5, 10_000}
    };
    // alpha >= beta and alpha < beta take the two forms of the hypergeometric function
    ModelChecks.gradientMatchesFiniteDifferences(
        ParetoNbdModel.NAMES,
        new double[] {0.55, 10.58, 0.61, 11.67},
        rows,
        ParetoNbdModel::logLikelihood);
    ModelChecks.gradientMatchesFiniteDifferences(
        ParetoNbdModel.NAMES,
        new double[] {0.8, 14.0, 1.3, 2.5},
        rows,
        ParetoNbdModel::logLikelihood);
  }

  @Test
  void likelihood_stays_finite_for_extreme_histories() {
    for (double[] c :
        new double[][] {
          {10_000, 9_999.9, 10_000}, {10_000, 1, 10_000}, {0, 0, 10_000}, {1, 1e-9, 10_000}
        }) {
      double ll = ParetoNbdModel.of(0.55, 10.58, 0.61, 11.67).logLikelihood(c[0], c[1], c[2]);
      assertThat(ll).as(Arrays.toString(c)).isFinite();
      double pa = ParetoNbdModel.of(0.55, 10.58, 0.61, 11.67).probabilityAlive(c[0], c[1], c[2]);
      assertThat(pa).isBetween(0.0, 1.0);
    }
  }

  @Test
  void likelihood_matches_direct_numerical_integration() {
    for (double[] c : new double[][] {{0, 0, 4}, {2, 1.5, 4}, {3, 3.9, 5}}) {
      double x = c[0];
      double tx = c[1];
      double t = c[2];
      // individual level: λ^x e^{-(λ+μ)T} + λ^x μ/(λ+μ) (e^{-(λ+μ)t_x} - e^{-(λ+μ)T})
      double value =
          ModelChecks.integrateGammaAnd(
              M.r(),
              M.alpha(),
              ModelChecks.gamma(M.s(), M.beta()),
              ModelChecks.upperQuantile(M.s(), M.beta()),
              (lambda, mu) -> {
                double k = lambda + mu;
                return Math.pow(lambda, x)
                    * (Math.exp(-k * t) + mu / k * (Math.exp(-k * tx) - Math.exp(-k * t)));
              });
      assertThat(M.logLikelihood(x, tx, t))
          .as(Arrays.toString(c))
          .isCloseTo(Math.log(value), within(1e-6));
    }
  }

  @Test
  void predictions_match_direct_numerical_integration() {
    double t = 6;
    double x = 2;
    double tx = 1.5;
    double age = 4;
    double hi = ModelChecks.upperQuantile(M.s(), M.beta());
    double lik = Math.exp(M.logLikelihood(x, tx, age));
    double alive =
        ModelChecks.integrateGammaAnd(
            M.r(),
            M.alpha(),
            ModelChecks.gamma(M.s(), M.beta()),
            hi,
            (lambda, mu) -> Math.pow(lambda, x) * Math.exp(-(lambda + mu) * age));
    // alive at T, a customer buys λ/μ (1 - e^{-μ t}) more on average in (T, T + t]
    double future =
        ModelChecks.integrateGammaAnd(
            M.r(),
            M.alpha(),
            ModelChecks.gamma(M.s(), M.beta()),
            hi,
            (lambda, mu) ->
                Math.pow(lambda, x)
                    * Math.exp(-(lambda + mu) * age)
                    * lambda
                    / mu
                    * -Math.expm1(-mu * t));
    assertThat(M.probabilityAlive(x, tx, age)).isCloseTo(alive / lik, within(1e-6));
    assertThat(M.expectedPurchases(t, x, tx, age)).isCloseTo(future / lik, within(1e-6));
    assertThat(M.expectedPurchases(t, 0, 0, 0))
        .isCloseTo(M.expectedPurchasesNewCustomer(t), within(1e-12));
    // s = 1 exactly takes the logarithmic limit
    ParetoNbdModel one = ParetoNbdModel.of(1.2, 3.0, 1.0, 4.5);
    ParetoNbdModel near = ParetoNbdModel.of(1.2, 3.0, 1.0 + 1e-7, 4.5);
    assertThat(one.expectedPurchasesNewCustomer(10))
        .isCloseTo(near.expectedPurchasesNewCustomer(10), within(1e-6));
  }

  @Test
  void fitting_simulated_customers_recovers_the_true_parameters() {
    ParetoNbdModel truth = ParetoNbdModel.of(0.6, 8.0, 0.8, 10.0);
    double[] ages = new double[50_000];
    for (int i = 0; i < ages.length; i++) {
      ages[i] = 26 + (i % 27);
    }
    ModelChecks.recovers(
        ParetoNbdModel.fit(ModelChecks.inDays(truth.simulate(ages, 5L)), 0),
        ParetoNbdModel.NAMES,
        new double[] {truth.r(), truth.alpha(), truth.s(), truth.beta()});
  }

  @Test
  void bad_input_gets_a_clear_error() {
    assertThatThrownBy(() -> ParetoNbdModel.of(1, 1, 0, 1))
        .hasMessageContaining("s must be positive and finite but was: 0.0");
    assertThatThrownBy(() -> M.probabilityAlive(1.5, 1, 4))
        .hasMessageContaining("x must be a whole number");
    assertThatThrownBy(
            () ->
                ParetoNbdModel.fit(
                    WeightedData.of(
                        new double[] {0}, new double[] {0}, new double[] {3}, new double[] {1}),
                    0))
        .isInstanceOf(ModelFitException.class)
        .hasMessageContaining("frequency 0");
  }
}
