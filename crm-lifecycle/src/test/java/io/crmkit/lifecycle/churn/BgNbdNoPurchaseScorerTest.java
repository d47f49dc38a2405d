package io.crmkit.lifecycle.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.lifecycle.model.BgNbdModel;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.special.Beta;
import org.junit.jupiter.api.Test;

class BgNbdNoPurchaseScorerTest {

  static ChurnScorer scorer() {
    return BgNbdNoPurchaseScorer.within(BgNbdChurnScorerTest.CDNOW, 39);
  }

  @Test
  void a_new_customer_matches_the_model_probability_of_zero_purchases() {
    // x = 0, T = 0: P(X(t) = 0) for a just-acquired customer is (α/(α+t))^r (no drop-out before a
    // purchase)
    CustomerSummaries s = Populations.of(new double[] {1, 0, 0, 0});
    BgNbdModel m = BgNbdChurnScorerTest.CDNOW;
    assertThat(scorer().probability(s, 0))
        .isCloseTo(Math.pow(m.alpha() / (m.alpha() + 39), m.r()), within(1e-14));
  }

  @Test
  void matches_numerical_integration_over_rate_and_drop_out_probability() {
    // P(quiet) = [B(a,b+x) E[λ^x e^{-λ(T+t)}] + B(a+1,b+x-1) E[λ^x e^{-λ t_x}]]
    //          / [B(a,b+x) E[λ^x e^{-λT}]     + B(a+1,b+x-1) E[λ^x e^{-λ t_x}]],  λ ~ Gamma(r, α)
    BgNbdModel m = BgNbdModel.of(0.8, 6, 0.9, 3);
    int x = 2;
    double tx = 10;
    double age = 30;
    double t = 20;
    GammaDistribution g = new GammaDistribution(m.r(), 1 / m.alpha());
    IterativeLegendreGaussIntegrator integrator =
        new IterativeLegendreGaussIntegrator(32, 1e-11, 1e-14);
    java.util.function.DoubleUnaryOperator moment =
        s ->
            integrator.integrate(
                1_000_000,
                u -> 2 * u * g.density(u * u) * Math.pow(u * u, x) * Math.exp(-u * u * s),
                0,
                4.5);
    double alive = Math.exp(Beta.logBeta(m.a(), m.b() + x));
    double dead = Math.exp(Beta.logBeta(m.a() + 1, m.b() + x - 1));
    double expected =
        (alive * moment.applyAsDouble(age + t) + dead * moment.applyAsDouble(tx))
            / (alive * moment.applyAsDouble(age) + dead * moment.applyAsDouble(tx));
    CustomerSummaries s = Populations.of(new double[] {1, x, tx, age});
    assertThat(BgNbdNoPurchaseScorer.within(m, t).probability(s, 0))
        .isCloseTo(expected, within(1e-8));
  }

  @Test
  void single_purchasers_are_ranked_by_age() {
    CustomerSummaries s = Populations.of(new double[] {1, 0, 0, 5}, new double[] {2, 0, 0, 50});
    assertThat(scorer().probability(s, 1)).isGreaterThan(scorer().probability(s, 0));
    assertThat(scorer().name()).isEqualTo("bg/nbd P(no purchase in 39)");
  }
}
