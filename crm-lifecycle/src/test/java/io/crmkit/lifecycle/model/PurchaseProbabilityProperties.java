package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * P(n purchases), P(alive at T + t) and the regular-buying models over random parameters and
 * histories: probabilities in [0, 1] that sum to 1, survival non-increasing in t, finite for
 * extreme histories.
 */
class PurchaseProbabilityProperties {

  @Provide
  Arbitrary<TransactionModel> models() {
    Arbitrary<Double> shape = Arbitraries.doubles().between(0.05, 5);
    Arbitrary<Double> scale = Arbitraries.doubles().between(0.5, 50);
    Arbitrary<Integer> k = Arbitraries.integers().between(1, 6);
    return Arbitraries.oneOf(
        Combinators.combine(shape, scale, shape, shape).as(BgNbdModel::of),
        Combinators.combine(shape, scale, shape, shape).as(MbgNbdModel::of),
        Combinators.combine(shape, scale, shape, scale).as(ParetoNbdModel::of),
        Combinators.combine(k, shape, scale, shape, shape).as(BgCnbdModel::of),
        Combinators.combine(k, shape, scale, shape, shape).as(MbgCnbdModel::of));
  }

  @Provide
  Arbitrary<BgBbModel> discreteModels() {
    Arbitrary<Double> p = Arbitraries.doubles().between(0.1, 5);
    return Combinators.combine(p, p, p, p).as(BgBbModel::of);
  }

  @Property(tries = 200)
  void probabilities_are_in_the_unit_interval_and_survival_does_not_increase(
      @ForAll("models") TransactionModel m,
      @ForAll @IntRange(min = 0, max = 10_000) int x,
      @ForAll @DoubleRange(min = 0, max = 1) double recencyShare,
      @ForAll @DoubleRange(min = 0.1, max = 10_000) double age,
      @ForAll @DoubleRange(min = 0.1, max = 100) double t,
      @ForAll @IntRange(min = 0, max = 20) int n) {
    double tx = x == 0 ? 0 : recencyShare * age;
    for (int count : new int[] {n, x}) {
      double p = m.probabilityOfPurchases(count, t, x, tx, age);
      assertThat(p).as("%s P(%s | %s, %s, %s)", m, count, x, tx, age).isBetween(0.0, 1.0);
    }
    assertThat(m.probabilityOfPurchasesNewCustomer(n, t)).isBetween(0.0, 1.0);
    double now = m.probabilityAliveAt(0, x, tx, age);
    double soon = m.probabilityAliveAt(t, x, tx, age);
    double later = m.probabilityAliveAt(2 * t, x, tx, age);
    assertThat(now).isEqualTo(m.probabilityAlive(x, tx, age));
    assertThat(soon).as("%s at T+t", m).isBetween(0.0, now + 1e-12);
    assertThat(later).as("%s at T+2t", m).isBetween(0.0, soon + 1e-12);
  }

  @Property(tries = 100)
  void probabilities_sum_to_one(
      @ForAll("models") TransactionModel m,
      @ForAll @IntRange(min = 0, max = 30) int x,
      @ForAll @DoubleRange(min = 0, max = 1) double recencyShare,
      @ForAll @DoubleRange(min = 1, max = 100) double age,
      @ForAll @DoubleRange(min = 0.1, max = 52) double t) {
    double tx = x == 0 ? 0 : recencyShare * age;
    double sum = 0;
    double newSum = 0;
    double largest = 0;
    for (int n = 0; n < 3_000; n++) {
      double p = m.probabilityOfPurchases(n, t, x, tx, age);
      double q = m.probabilityOfPurchasesNewCustomer(n, t);
      sum += p;
      newSum += q;
      largest = Math.max(largest, n);
      if (n > 5 && 1 - sum < 1e-10 && 1 - newSum < 1e-10) {
        break;
      }
    }
    assertThat(sum).as("%s (%s, %s, %s) t=%s", m, x, tx, age, t).isBetween(1 - 1e-7, 1 + 1e-7);
    assertThat(newSum).as("%s new t=%s", m, t).isBetween(1 - 1e-7, 1 + 1e-7);
  }

  @Property(tries = 200)
  void bgbb_probabilities_are_in_the_unit_interval_sum_to_one_and_survival_does_not_increase(
      @ForAll("discreteModels") BgBbModel m,
      @ForAll @IntRange(min = 0, max = 200) int n,
      @ForAll @DoubleRange(min = 0, max = 1) double xShare,
      @ForAll @DoubleRange(min = 0, max = 1) double gapShare,
      @ForAll @IntRange(min = 1, max = 30) int t) {
    int x = (int) Math.floor(xShare * n);
    int tx = x == 0 ? 0 : x + (int) Math.floor(gapShare * (n - x));
    double sum = 0;
    for (int c = 0; c <= t; c++) {
      double p = m.probabilityOfPurchases(c, t, x, tx, n);
      assertThat(p).isBetween(0.0, 1.0);
      sum += p;
    }
    assertThat(sum).isBetween(1 - 1e-9, 1 + 1e-9);
    double soon = m.probabilityAliveAt(t, x, tx, n);
    assertThat(soon).isBetween(0.0, m.probabilityAliveAt(0, x, tx, n) + 1e-12);
    assertThat(m.probabilityAliveAt(2 * t, x, tx, n)).isBetween(0.0, soon + 1e-12);
  }

  @Property(tries = 200)
  void regular_buying_kernels_are_finite_with_probabilities_alive_in_the_unit_interval(
      @ForAll @IntRange(min = 1, max = 12) int k,
      @ForAll @DoubleRange(min = 0.01, max = 20) double r,
      @ForAll @DoubleRange(min = 0.01, max = 100) double alpha,
      @ForAll @DoubleRange(min = 0.01, max = 20) double a,
      @ForAll @DoubleRange(min = 0.01, max = 20) double b,
      @ForAll @IntRange(min = 0, max = 10_000) int x,
      @ForAll @DoubleRange(min = 0, max = 1) double recencyShare,
      @ForAll @DoubleRange(min = 0.01, max = 10_000) double age) {
    double tx = x == 0 ? 0 : recencyShare * age;
    double[] g = new double[4];
    for (boolean mbg : new boolean[] {false, true}) {
      double ll = CnbdKernel.logKernel(k, mbg, new double[] {r, alpha, a, b}, x, tx, age, g);
      assertThat(ll).as("k=%s mbg=%s", k, mbg).isFinite();
      for (double v : g) {
        assertThat(v).isFinite();
      }
    }
    BgCnbdModel bg = BgCnbdModel.of(k, r, alpha, a, b);
    MbgCnbdModel mbg = MbgCnbdModel.of(k, r, alpha, a, b);
    assertThat(bg.probabilityAlive(x, tx, age)).isBetween(0.0, 1.0);
    assertThat(mbg.probabilityAlive(x, tx, age)).isBetween(0.0, 1.0);
    assertThat(bg.expectedPurchases(10, x, tx, age)).isFinite().isNotNegative();
    assertThat(mbg.expectedPurchases(10, x, tx, age)).isFinite().isNotNegative();
  }
}
