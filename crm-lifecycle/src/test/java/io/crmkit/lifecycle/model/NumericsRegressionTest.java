package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Issue 12: the predictions that were −∞, NaN, refused or out of bounds. */
class NumericsRegressionTest {

  @Test
  void mbgnbd_predicts_for_a_below_one_as_fitted_on_cdnow_and_agrees_with_simulation() {
    MbgNbdModel m = MbgNbdModel.fit(TestData.cdnow()).model();
    assertThat(m.a()).isLessThan(1); // 0.891 on CDNOW
    double predicted = m.expectedPurchasesNewCustomer(52);
    int n = 200_000;
    double[] ages = new double[n];
    java.util.Arrays.fill(ages, 52);
    WeightedData sim = m.simulate(ages, 12);
    double mean = 0;
    for (int i = 0; i < sim.rows(); i++) {
      mean += sim.weight(i) * sim.x(i);
    }
    mean /= sim.customers();
    assertThat(predicted).isCloseTo(1.42, within(0.02)).isCloseTo(mean, within(0.03));
    assertThat(m.expectedPurchases(52, 2, 30.43, 38.86)).isFinite().isPositive();
  }

  @Test
  void bgnbd_at_exactly_a_equal_one_is_the_limit_of_its_neighbours() {
    double at = BgNbdModel.of(0.24, 4.4, 1.0, 2.4).expectedPurchases(39, 2, 30.43, 38.86);
    double below = BgNbdModel.of(0.24, 4.4, 1 - 1e-4, 2.4).expectedPurchases(39, 2, 30.43, 38.86);
    double above = BgNbdModel.of(0.24, 4.4, 1 + 1e-4, 2.4).expectedPurchases(39, 2, 30.43, 38.86);
    assertThat(at).isBetween(Math.min(below, above) - 1e-6, Math.max(below, above) + 1e-6);
    assertThat(BgNbdModel.of(0.24, 4.4, 1.0, 2.4).expectedPurchasesNewCustomer(39))
        .isFinite()
        .isPositive();
  }

  @Test
  void bgnbd_stays_under_its_bound_where_the_series_overflowed() {
    // large a and b with a long horizon: the closed form's series overflowed and cancelled
    BgNbdModel m = BgNbdModel.of(50, 0.01, 900, 800);
    double e = m.expectedPurchases(1000, 100, 5, 6);
    assertThat(e).isFinite().isNotNegative().isLessThanOrEqualTo((50 + 100) * 1000 / 6.01);
  }

  @Test
  void sbg_residual_lifetime_at_small_discount_rates_ends_and_equals_the_direct_sum() {
    ShiftedBetaGeometricModel m = ShiftedBetaGeometricModel.of(0.668, 3.806);
    for (double d : new double[] {0.005, 0.0001}) {
      int n = 4;
      // Σ_{t≥1} S(n+t)/S(n) / (1+d)^(t−1), S(t+1)/S(t) = (β+t)/(α+β+t)
      double direct = 0;
      double ratio = 1;
      double discount = 1;
      for (int t = 1; t < 5_000_000; t++) {
        ratio *= (m.beta() + n + t - 1) / (m.alpha() + m.beta() + n + t - 1);
        direct += ratio * discount;
        discount /= 1 + d;
        if (ratio * discount < 1e-15 * direct) {
          break;
        }
      }
      assertThat(m.discountedExpectedResidualLifetime(d, n))
          .as("d=%s", d)
          .isCloseTo(direct, within(1e-7 * direct));
    }
    // a rate so small the series needed billions of terms
    assertThat(m.discountedExpectedResidualLifetime(1e-12, 4)).isFinite().isPositive();
  }

  @Test
  void the_closed_form_is_kept_where_it_converges_so_published_predictions_do_not_move() {
    BgNbdModel m = BgNbdModel.of(0.2426, 4.4135, 0.7929, 2.4259);
    double inner =
        -SpecialFunctions.scaledHyp2f1Minus1(
            0.7929 + 2.4259 - 1 - 0.2426, 0.7929 - 1, 0.7929 + 2.4259 + 2 - 1, 4.4135 + 38.86, 39);
    double closed = (0.7929 + 2.4259 + 2 - 1) / (0.7929 - 1) * inner;
    assertThat(m.expectedPurchasesIfAlive(39, 2, 38.86)).isCloseTo(closed, within(1e-14));
  }
}
