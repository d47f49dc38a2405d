package io.crmkit.lifecycle.clv;

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
    assertThat(BgNbdModel.of(0.24, 4.4, 1.0, 2.4).expectedPurchasesNewCustomer(39)).isFinite().isPositive();
  }

  @Test
  void bgnbd_stays_under_its_bound_where_the_series_overflowed() {
    // large a and b with a long horizon: the closed form's series overflowed and cancelled
    BgNbdModel m = BgNbdModel.of(50, 0.01, 900, 800);
    double e = m.expectedPurchases(1000, 100, 5, 6);
    assertThat(e).isFinite().isNotNegative().isLessThanOrEqualTo((50 + 100) * 1000 / 6.01);
  }

  @Test
  void the_closed_form_is_kept_where_it_converges_so_published_predictions_do_not_move() {
    BgNbdModel m = BgNbdModel.of(0.2426, 4.4135, 0.7929, 2.4259);
    double inner = -SpecialFunctions.scaledHyp2f1Minus1(0.7929 + 2.4259 - 1 - 0.2426, 0.7929 - 1, 0.7929 + 2.4259 + 2 - 1,
        4.4135 + 38.86, 39);
    double closed = (0.7929 + 2.4259 + 2 - 1) / (0.7929 - 1) * inner;
    assertThat(m.expectedPurchasesIfAlive(39, 2, 38.86)).isCloseTo(closed, within(1e-14));
  }
}
