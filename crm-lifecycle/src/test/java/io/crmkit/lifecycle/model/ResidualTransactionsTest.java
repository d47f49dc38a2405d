package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class ResidualTransactionsTest {

  private static final double WEEKLY_15_PERCENT_A_YEAR = Math.log(1.15) / 52;

  /**
   * Pareto/NBD in closed form (FHL 2005, "RFM and CLV"): P(alive) × E[λ | alive] × E[1/(δ + μ) |
   * alive], λ | alive ~ Gamma(r + x, α + T), μ | alive ~ Gamma(s, β + T); the last expectation is
   * ∫₀^∞ e^{−δu} ((β + T)/(β + T + u))^s du, integrated here by the trapezoid rule on a fine
   * logarithmic grid — a different route than the model's quadrature over expected purchases.
   */
  private static double paretoNbdClosedForm(
      ParetoNbdModel m, double delta, double x, double tx, double age) {
    double bt = m.beta() + age;
    double integral = 0;
    double previousU = 0;
    double previousF = 1;
    for (int k = 1; k <= 400_000; k++) {
      double u = 1e-6 * Math.expm1(k * 4e-5 * Math.log(1e12)) / 1;
      double f = Math.exp(-delta * u + m.s() * Math.log(bt / (bt + u)));
      integral += (u - previousU) * (f + previousF) / 2;
      previousU = u;
      previousF = f;
      if (u > 80 / delta) {
        break;
      }
    }
    return m.probabilityAlive(x, tx, age) * (m.r() + x) / (m.alpha() + age) * integral;
  }

  @Test
  void pareto_nbd_dert_equals_the_closed_form_on_cdnow() {
    ParetoNbdModel m = ParetoNbdModel.fit(TestData.cdnow()).model();
    double[][] histories = {{0, 0, 38.86}, {2, 30.43, 38.86}, {7, 35, 38}, {20, 38, 39}};
    for (double[] h : histories) {
      double dert =
          m.discountedExpectedResidualTransactions(WEEKLY_15_PERCENT_A_YEAR, h[0], h[1], h[2]);
      assertThat(dert)
          .as("x=%s", h[0])
          .isCloseTo(
              paretoNbdClosedForm(m, WEEKLY_15_PERCENT_A_YEAR, h[0], h[1], h[2]),
              within(2e-4 * dert));
    }
  }

  @Test
  void bg_nbd_dert_equals_a_stieltjes_sum_of_its_expected_purchases() {
    BgNbdModel m = BgNbdModel.fit(TestData.cdnow()).model();
    double delta = 0.01;
    double x = 2;
    double tx = 30.43;
    double age = 38.86;
    double sum = 0;
    double previous = 0;
    double step = 0.05;
    for (double t = step; t < 4_000; t += step) {
      double e = m.expectedPurchases(t, x, tx, age);
      sum += Math.exp(-delta * (t - step / 2)) * (e - previous);
      previous = e;
    }
    assertThat(m.discountedExpectedResidualTransactions(delta, x, tx, age))
        .isCloseTo(sum, within(1e-4 * sum));
  }

  @Test
  void a_bad_rate_is_refused_naming_the_value() {
    BgNbdModel m = BgNbdModel.of(0.24, 4.41, 0.79, 2.43);
    assertThatThrownBy(() -> m.discountedExpectedResidualTransactions(0, 1, 1, 2))
        .hasMessageContaining("discountRate must be positive and finite")
        .hasMessageContaining("was: 0.0");
  }

  @Property(tries = 300)
  void dert_is_positive_and_falls_as_the_rate_rises(
      @ForAll @DoubleRange(min = 0.05, max = 20) double r,
      @ForAll @DoubleRange(min = 0.5, max = 50) double alpha,
      @ForAll @DoubleRange(min = 0.05, max = 20) double a,
      @ForAll @DoubleRange(min = 0.5, max = 50) double b,
      @ForAll @IntRange(min = 0, max = 30) int x,
      @ForAll @DoubleRange(min = 0.001, max = 0.5) @Scale(4) double delta) {
    BgNbdModel m = BgNbdModel.of(r, alpha, a, b);
    double age = 52;
    double tx = x == 0 ? 0 : 40;
    double low = m.discountedExpectedResidualTransactions(delta, x, tx, age);
    double high = m.discountedExpectedResidualTransactions(2 * delta, x, tx, age);

    assertThat(low).isFinite().isGreaterThan(0);
    assertThat(high).isLessThanOrEqualTo(low * (1 + 1e-9));
  }
}
