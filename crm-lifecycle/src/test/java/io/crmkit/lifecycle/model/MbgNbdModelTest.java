package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MbgNbdModelTest {

  private static final MbgNbdModel M = MbgNbdModel.of(1.3, 2.5, 1.8, 3.2);

  @Test
  void analytic_gradient_matches_finite_differences() {
    ModelChecks.gradientMatchesFiniteDifferences(
        MbgNbdModel.NAMES,
        new double[] {0.25, 4.4, 0.8, 2.4},
        new double[][] {
          {0, 0, 30}, {1, 2, 30}, {5, 20.5, 38.9}, {40, 100, 120}, {10_000, 9_000, 10_000}
        },
        MbgNbdModel::logLikelihood);
  }

  @Test
  void likelihood_matches_direct_numerical_integration() {
    for (double[] c : new double[][] {{0, 0, 4}, {2, 1.5, 4}, {3, 3.9, 5}}) {
      double x = c[0];
      double tx = c[1];
      double t = c[2];
      // individual level: λ^x [(1-p)^{x+1} e^{-λT} + p (1-p)^x e^{-λ t_x}]
      double value =
          ModelChecks.integrateGammaAnd(
              M.r(),
              M.alpha(),
              ModelChecks.beta(M.a(), M.b()),
              1,
              (lambda, p) ->
                  Math.pow(lambda, x)
                      * (Math.pow(1 - p, x + 1) * Math.exp(-lambda * t)
                          + p * Math.pow(1 - p, x) * Math.exp(-lambda * tx)));
      assertThat(M.logLikelihood(x, tx, t))
          .as(Arrays.toString(c))
          .isCloseTo(Math.log(value), within(1e-6));
    }
  }

  @Test
  void predictions_match_direct_numerical_integration() {
    double t = 6;
    // a new customer: survives the first purchase w.p. 1-p, then buys (1 - e^{-λpt})/p on average
    double expected =
        ModelChecks.integrateGammaAnd(
            M.r(),
            M.alpha(),
            ModelChecks.beta(M.a(), M.b()),
            1,
            (lambda, p) -> (1 - p) / p * -Math.expm1(-lambda * p * t));
    assertThat(M.expectedPurchasesNewCustomer(t)).isCloseTo(expected, within(1e-6));
    // a customer with history (x, t_x, T): posterior over (λ, p) of being alive, times the
    // expectation while alive
    double x = 2;
    double tx = 1.5;
    double age = 4;
    double lik = Math.exp(M.logLikelihood(x, tx, age));
    double alive =
        ModelChecks.integrateGammaAnd(
            M.r(),
            M.alpha(),
            ModelChecks.beta(M.a(), M.b()),
            1,
            (lambda, p) -> Math.pow(lambda, x) * Math.pow(1 - p, x + 1) * Math.exp(-lambda * age));
    double future =
        ModelChecks.integrateGammaAnd(
            M.r(),
            M.alpha(),
            ModelChecks.beta(M.a(), M.b()),
            1,
            (lambda, p) ->
                Math.pow(lambda, x)
                    * Math.pow(1 - p, x + 1)
                    * Math.exp(-lambda * age)
                    * -Math.expm1(-lambda * p * t)
                    / p);
    assertThat(M.probabilityAlive(x, tx, age)).isCloseTo(alive / lik, within(1e-6));
    assertThat(M.expectedPurchases(t, x, tx, age)).isCloseTo(future / lik, within(1e-6));
    assertThat(M.expectedPurchases(t, 0, 0, 0))
        .isCloseTo(M.expectedPurchasesNewCustomer(t), within(1e-12));
  }

  @Test
  void fits_cdnow_and_recovers_simulated_parameters() {
    FitResult<MbgNbdModel> cdnow = MbgNbdModel.fit(TestData.cdnow());
    assertThat(cdnow.converged()).isTrue();
    // nested in spirit with BG/NBD: a similar fit, P(alive) < 1 for customers without repeat
    // purchases
    assertThat(cdnow.model().probabilityAlive(0, 0, 38.86)).isBetween(0.0, 1.0).isLessThan(1.0);
    MbgNbdModel truth = MbgNbdModel.of(0.5, 6.0, 1.2, 2.8);
    double[] ages = new double[50_000];
    for (int i = 0; i < ages.length; i++) {
      ages[i] = 26 + (i % 27);
    }
    ModelChecks.recovers(
        MbgNbdModel.fit(truth.simulate(ages, 11L), 0),
        MbgNbdModel.NAMES,
        new double[] {truth.r(), truth.alpha(), truth.a(), truth.b()});
  }

  @Test
  void bad_input_gets_a_clear_error() {
    assertThatThrownBy(() -> MbgNbdModel.of(1, -1, 1, 1))
        .hasMessageContaining("alpha must be positive and finite but was: -1.0");
    assertThatThrownBy(() -> M.probabilityAlive(2, 5, 4))
        .hasMessageContaining("T must be finite and at least t_x = 5.0");
    assertThatThrownBy(() -> M.expectedPurchases(-1, 2, 1, 4))
        .hasMessageContaining("t must be finite and not negative");
  }
}
