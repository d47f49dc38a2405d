package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/**
 * Issue 21's shared-work scoring and spend paths give the numbers of the per-customer formulas:
 * BG/NBD's P(alive) column (logarithms remembered per value) and the BG/NBD family's curves of
 * alive expectations (series of all horizons together) to the bit, and the Gamma-Gamma kernel on
 * weight-1 rows (logarithms of mantissa products) the likelihood of the same rows with explicit
 * weights; and CustomerLifetimeValue's one-pass BG/NBD score the numbers of the column methods, to
 * the bit.
 */
class ScoringKernelProperties {

  /** A customer (x, t_x, T) on a grid of days, so values repeat, with a mean spend. */
  record Customer(int x, double tx, double age, double zbar) {}

  @Provide
  Arbitrary<List<Customer>> customers() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 30),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.integers().between(1, 400),
            Arbitraries.doubles().between(0.01, 300))
        .as(
            (x, share, days, z) -> {
              double age = days / 7.0;
              double tx = x == 0 ? 0 : Math.rint(share * days) / 7.0;
              return new Customer(x, tx, age, x == 0 ? 0 : Math.rint(z * 100) / 100 + 0.01);
            })
        .list()
        .ofMinSize(1)
        .ofMaxSize(60);
  }

  @Provide
  Arbitrary<double[]> parameters() {
    return Combinators.combine(
            Arbitraries.doubles().between(0.05, 5),
            Arbitraries.doubles().between(0.2, 50),
            Arbitraries.doubles().between(0.05, 5),
            Arbitraries.doubles().between(0.05, 10))
        .as((r, alpha, a, b) -> new double[] {r, alpha, a, b});
  }

  private static CustomerSummaries summaries(List<Customer> customers) {
    CustomerSummaries.Builder b = CustomerSummaries.builder(TimeScale.WEEKS);
    int id = 0;
    for (Customer c : customers) {
      b.add(Integer.toString(id++), c.x(), c.tx(), c.age(), c.zbar());
    }
    return b.build();
  }

  @Property(tries = 300)
  void bgnbd_alive_column_is_the_per_customer_probability_to_the_bit(
      @ForAll("customers") List<Customer> customers, @ForAll("parameters") double[] p) {
    CustomerSummaries s = summaries(customers);
    BgNbdModel m = BgNbdModel.of(p[0], p[1], p[2], p[3]);
    double[] column = m.probabilityAlive(s);
    for (int i = 0; i < s.size(); i++) {
      assertThat(column[i])
          .as("%s row %d", m, i)
          .isEqualTo(m.probabilityAlive(s.frequency(i), s.recency(i), s.age(i)));
    }
  }

  /**
   * Up to 700 customers with frequencies to 100 and T of up to 2,000 days: past the directly
   * indexed frequencies (64) and the first sizes of the one-pass score's tables of T values.
   */
  @Provide
  Arbitrary<List<Customer>> manyCustomers() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 100),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.integers().between(1, 2000),
            Arbitraries.doubles().between(0.01, 300))
        .as(
            (x, share, days, z) -> {
              double age = days / 7.0;
              double tx = x == 0 ? 0 : Math.rint(share * days) / 7.0;
              return new Customer(x, tx, age, x == 0 ? 0 : Math.rint(z * 100) / 100 + 0.01);
            })
        .list()
        .ofMinSize(1)
        .ofMaxSize(700);
  }

  @Property(tries = 100)
  void bgnbd_one_pass_score_is_the_column_methods_to_the_bit(
      @ForAll("manyCustomers") List<Customer> customers,
      @ForAll("parameters") double[] p,
      @ForAll @DoubleRange(min = 0.2, max = 30) double pp,
      @ForAll @DoubleRange(min = 1.05, max = 30) double q,
      @ForAll @DoubleRange(min = 0.1, max = 100) double v,
      @ForAll @DoubleRange(min = 0, max = 200) double horizon) {
    CustomerSummaries s = summaries(customers);
    BgNbdModel m = BgNbdModel.of(p[0], p[1], p[2], p[3]);
    CustomerLifetimeValue clv =
        CustomerLifetimeValue.monthsOfWeeklyModel(m, GammaGammaModel.of(pp, q, v), 12, 0.01);
    CustomerScores scores = clv.score(s, horizon);
    assertThat(scores.probabilityAlive()).as("%s", m).containsExactly(m.probabilityAlive(s));
    assertThat(scores.expectedPurchases())
        .as("%s", m)
        .containsExactly(m.expectedPurchases(horizon, s));
    assertThat(scores.lifetimeValue()).as("%s", m).containsExactly(clv.values(s));
  }

  @Property(tries = 300)
  void alive_curves_of_all_horizons_are_the_single_horizon_expectations_to_the_bit(
      @ForAll("parameters") double[] p,
      @ForAll @DoubleRange(min = 0, max = 400) double x,
      @ForAll @DoubleRange(min = 0.1, max = 500) double age,
      @ForAll @DoubleRange(min = 0.01, max = 30) double step) {
    double whole = Math.rint(x);
    double[] t = new double[14];
    for (int k = 1; k < t.length; k++) {
      t[k] = k * step; // t[0] = 0
    }
    t[t.length - 1] = 52;
    double[] out = new double[t.length];
    BgNbdModel bg = BgNbdModel.of(p[0], p[1], p[2], p[3]);
    bg.expectedPurchasesIfAlive(t, whole, age, out);
    for (int k = 0; k < t.length; k++) {
      assertThat(out[k])
          .as("%s t=%s", bg, t[k])
          .isEqualTo(bg.expectedPurchasesIfAlive(t[k], whole, age));
    }
    MbgNbdModel mbg = MbgNbdModel.of(p[0], p[1], p[2], p[3]);
    mbg.expectedPurchasesIfAlive(t, whole, age, out);
    for (int k = 0; k < t.length; k++) {
      assertThat(out[k])
          .as("%s t=%s", mbg, t[k])
          .isEqualTo(mbg.expectedPurchasesIfAlive(t[k], whole, age));
    }
  }

  @Property(tries = 300)
  void gamma_gamma_kernel_on_weight_one_rows_is_the_likelihood_with_explicit_weights(
      @ForAll("customers") List<Customer> customers,
      @ForAll @DoubleRange(min = 0.2, max = 30) double pp,
      @ForAll @DoubleRange(min = 0.2, max = 30) double q,
      @ForAll @DoubleRange(min = 0.1, max = 100) double v) {
    CustomerSummaries s = summaries(customers);
    int returning = 0;
    for (Customer c : customers) {
      returning += c.x() > 0 ? 1 : 0;
    }
    if (returning == 0) {
      return;
    }
    SpendData unit = SpendData.uncompressed(s);
    assertThat(unit.unitWeights()).isTrue();
    double[] x = new double[unit.rows()];
    double[] z = new double[unit.rows()];
    double[] w = new double[unit.rows()];
    for (int i = 0; i < x.length; i++) {
      x[i] = unit.x(i);
      z[i] = unit.zbar(i);
      w[i] = 1;
    }
    SpendData weighted = SpendData.of(x, z, w);
    assertThat(weighted.unitWeights()).isFalse();
    double[] par = {pp, q, v};
    SecondOrderLikelihood fast = new GammaGammaLikelihood(unit);
    SecondOrderLikelihood reference = new GammaGammaLikelihood(weighted);
    double[] g = new double[3];
    double[] gRef = new double[3];
    double[][] h = new double[3][3];
    double[][] hRef = new double[3][3];
    double value = fast.evaluate(par, g, h);
    double expected = reference.evaluate(par, gRef, hRef);
    // the sums of logarithms differ by rounding: bounded by their terms' magnitudes
    double magnitude = 0;
    for (int i = 0; i < x.length; i++) {
      magnitude += (pp * x[i] + q) * Math.abs(Math.log(v + x[i] * z[i])) + Math.abs(Math.log(z[i]));
    }
    assertThat(value).isCloseTo(expected, within(1e-12 * (1 + magnitude + Math.abs(expected))));
    double size = 1 + Math.abs(gRef[0]) + Math.abs(gRef[1]) + Math.abs(gRef[2]);
    for (int j = 0; j < 3; j++) {
      assertThat(g[j]).isCloseTo(gRef[j], within(1e-12 * (size + magnitude)));
      for (int k = 0; k < 3; k++) {
        assertThat(h[j][k]).isEqualTo(hRef[j][k]);
      }
    }
  }
}
