package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Issue 12: predictions are finite and inside their mathematical bounds for every valid model and
 * history, over the whole parameter box [1e-3, 1e3] (log-uniform, with its corners as edge cases).
 */
class PredictionBoundsProperties {

  @Provide
  Arbitrary<Double> box() {
    return Arbitraries.doubles()
        .between(-3, 3)
        .map(e -> Math.pow(10, e))
        .edgeCases(c -> c.add(1e-3).add(1.0).add(1e3));
  }

  @Provide
  Arbitrary<Double> horizons() {
    return Arbitraries.doubles().between(-3, 3).map(e -> Math.pow(10, e));
  }

  @Property(tries = 1500)
  void bgnbd_expected_purchases_are_finite_and_within_the_poisson_bound(
      @ForAll("box") double r,
      @ForAll("box") double alpha,
      @ForAll("box") double a,
      @ForAll("box") double b,
      @ForAll @IntRange(min = 0, max = 2_000) int x,
      @ForAll @DoubleRange(min = 0, max = 1) double share,
      @ForAll("horizons") double age,
      @ForAll("horizons") double t) {
    BgNbdModel m = BgNbdModel.of(r, alpha, a, b);
    double tx = x == 0 ? 0 : share * age;
    double e = m.expectedPurchases(t, x, tx, age);
    // while alive, purchases come at rate λ ~ Gamma(r+x, α+T) and stop at dropout: at most (r+x)
    // t/(α+T) on average
    assertThat(e)
        .as("%s (%d, %f, %f) t=%f", m, x, tx, age, t)
        .isFinite()
        .isNotNegative()
        .isLessThanOrEqualTo((r + x) * t / (alpha + age) * (1 + 1e-9));
    assertThat(m.expectedPurchases(2 * t, x, tx, age))
        .as("%s monotone in t", m)
        .isGreaterThanOrEqualTo(e * (1 - 1e-9));
    assertThat(m.probabilityAlive(x, tx, age)).isBetween(0.0, 1.0);
    assertThat(m.expectedPurchasesNewCustomer(t))
        .isFinite()
        .isNotNegative()
        .isLessThanOrEqualTo(r * t / alpha * (1 + 1e-9));
  }

  @Property(tries = 1500)
  void mbgnbd_expected_purchases_are_finite_and_within_the_poisson_bound_also_for_a_up_to_one(
      @ForAll("box") double r,
      @ForAll("box") double alpha,
      @ForAll("box") double a,
      @ForAll("box") double b,
      @ForAll @IntRange(min = 0, max = 2_000) int x,
      @ForAll @DoubleRange(min = 0, max = 1) double share,
      @ForAll("horizons") double age,
      @ForAll("horizons") double t) {
    MbgNbdModel m = MbgNbdModel.of(r, alpha, a, b);
    double tx = x == 0 ? 0 : share * age;
    double e = m.expectedPurchases(t, x, tx, age);
    assertThat(e)
        .as("%s (%d, %f, %f) t=%f", m, x, tx, age, t)
        .isFinite()
        .isNotNegative()
        .isLessThanOrEqualTo((r + x) * t / (alpha + age) * (1 + 1e-9));
    assertThat(m.expectedPurchases(2 * t, x, tx, age)).isGreaterThanOrEqualTo(e * (1 - 1e-9));
    assertThat(m.probabilityAlive(x, tx, age)).isBetween(0.0, 1.0);
    assertThat(m.expectedPurchasesNewCustomer(t))
        .isFinite()
        .isNotNegative()
        .isLessThanOrEqualTo(r * t / alpha * (1 + 1e-9));
  }

  @Property(tries = 1000)
  void paretonbd_predictions_are_finite_and_bounded(
      @ForAll("box") double r,
      @ForAll("box") double alpha,
      @ForAll("box") double s,
      @ForAll("box") double beta,
      @ForAll @IntRange(min = 0, max = 2_000) int x,
      @ForAll @DoubleRange(min = 0, max = 1) double share,
      @ForAll("horizons") double age,
      @ForAll("horizons") double t) {
    ParetoNbdModel m = ParetoNbdModel.of(r, alpha, s, beta);
    double tx = x == 0 ? 0 : share * age;
    double e = m.expectedPurchases(t, x, tx, age);
    // alive for at most t more: at most E[λ | x, T] t = (r+x) t/(α+T)
    assertThat(e)
        .as("%s (%d, %f, %f) t=%f", m, x, tx, age, t)
        .isFinite()
        .isNotNegative()
        .isLessThanOrEqualTo((r + x) * t / (alpha + age) * (1 + 1e-9));
    assertThat(m.probabilityAlive(x, tx, age)).isBetween(0.0, 1.0);
  }

  @Property(tries = 1000)
  void bgbb_predictions_are_finite_and_at_most_one_per_opportunity(
      @ForAll("box") double alpha,
      @ForAll("box") double beta,
      @ForAll("box") double gamma,
      @ForAll("box") double delta,
      @ForAll @IntRange(min = 0, max = 200) int x,
      @ForAll @IntRange(min = 0, max = 200) int extra,
      @ForAll @IntRange(min = 0, max = 200) int silence,
      @ForAll @IntRange(min = 1, max = 200) int t) {
    BgBbModel m = BgBbModel.of(alpha, beta, gamma, delta);
    int tx = x == 0 ? 0 : x + extra;
    int n = tx + silence;
    double e = m.expectedPurchases(t, x, tx, n);
    assertThat(e)
        .as("%s (%d, %d, %d) t=%d", m, x, tx, n, t)
        .isFinite()
        .isNotNegative()
        .isLessThanOrEqualTo(t);
    assertThat(m.probabilityAlive(x, tx, n)).isBetween(0.0, 1.0);
    assertThat(m.expectedPurchasesNewCustomer(t)).isFinite().isNotNegative().isLessThanOrEqualTo(t);
  }

  @Property(tries = 600)
  void clv_is_finite_and_not_negative_for_every_model_of_the_box(
      @ForAll("box") double p1,
      @ForAll("box") double p2,
      @ForAll("box") double p3,
      @ForAll("box") double p4,
      @ForAll("box") double gp,
      @ForAll("box") double gq,
      @ForAll("box") double gv,
      @ForAll @IntRange(min = 0, max = 500) int x,
      @ForAll @DoubleRange(min = 0, max = 1) double share,
      @ForAll("horizons") double age) {
    GammaGammaModel spend = GammaGammaModel.of(gp, 1 + gq, gv);
    double tx = x == 0 ? 0 : share * age;
    for (TransactionModel m :
        new TransactionModel[] {
          BgNbdModel.of(p1, p2, p3, p4),
          MbgNbdModel.of(p1, p2, p3, p4),
          ParetoNbdModel.of(p1, p2, p3, p4)
        }) {
      double v =
          CustomerLifetimeValue.monthsOfWeeklyModel(m, spend, 12, 0.01).value(x, tx, age, 25);
      assertThat(v).as("%s %s (%d, %f, %f)", m, spend, x, tx, age).isFinite().isNotNegative();
    }
  }

  @Property(tries = 400)
  void the_pareto_integral_by_quadrature_agrees_with_the_series_where_both_apply(
      @ForAll("box") double r,
      @ForAll("box") double alpha,
      @ForAll("box") double s,
      @ForAll("box") double beta,
      @ForAll @IntRange(min = 0, max = 300) int x,
      @ForAll @DoubleRange(min = 0, max = 1) double share,
      @ForAll("horizons") double age) {
    double tx = share * age;
    net.jqwik.api.Assume.that(
        Math.abs(alpha - beta) / (Math.max(alpha, beta) + tx) <= 0.99 && age - tx > 1e-3 * age);
    double[] g1 = new double[4];
    double[] g2 = new double[4];
    double series = ParetoNbdModel.logIntegral(r, alpha, s, beta, x, tx, age, g1);
    double quad = ParetoNbdIntegral.logIntegral(r, alpha, s, beta, x, tx, age, g2);
    assertThat(quad)
        .isCloseTo(
            series, org.assertj.core.api.Assertions.within(1e-8 * Math.max(1, Math.abs(series))));
    for (int j = 0; j < 4; j++) {
      assertThat(g2[j])
          .isCloseTo(
              g1[j], org.assertj.core.api.Assertions.within(1e-6 * Math.max(1, Math.abs(g1[j]))));
    }
  }

  @Property(tries = 800)
  void the_quadrature_agrees_with_the_closed_form_where_the_series_converges(
      @ForAll("box") double a,
      @ForAll("box") double b,
      @ForAll("box") double r,
      @ForAll @IntRange(min = 0, max = 100) int x,
      @ForAll("horizons") double s,
      @ForAll("horizons") double t) {
    net.jqwik.api.Assume.that(Math.abs(a - 1) > 1e-3 && t / s > 1e-3);
    double inner =
        -SpecialFunctions.scaledHyp2f1Minus1OrNaN(
            a + b + x - 1 - (r + x), a - 1, a + b + x - 1, s, t);
    double closed = (a + b + x - 1) / (a - 1) * inner;
    net.jqwik.api.Assume.that(closed >= 0 && closed <= (r + x) * t / s);
    assertThat(BetaGeometricExpectation.quadrature(a, b + x, r + x, t / s))
        .isCloseTo(closed, org.assertj.core.api.Assertions.withinPercentage(1e-4));
  }
}
