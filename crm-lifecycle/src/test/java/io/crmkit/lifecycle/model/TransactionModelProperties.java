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

/** Invariants every transaction model keeps, over random parameters and histories. */
class TransactionModelProperties {

  @Provide
  Arbitrary<TransactionModel> models() {
    Arbitrary<Double> shape = Arbitraries.doubles().between(0.05, 5);
    Arbitrary<Double> scale = Arbitraries.doubles().between(0.5, 50);
    Arbitrary<Double> beta = Arbitraries.doubles().between(1.05, 8); // a > 1: finite expectations
    return Arbitraries.oneOf(
        Combinators.combine(shape, scale, beta, shape).as(BgNbdModel::of),
        Combinators.combine(shape, scale, beta, shape).as(MbgNbdModel::of),
        Combinators.combine(shape, scale, shape, scale).as(ParetoNbdModel::of),
        Combinators.combine(
                shape, scale, Arbitraries.doubles().between(1e-4, 2).ofScale(5), shape, scale)
            .as(GgomNbdModel::of));
  }

  @Provide
  Arbitrary<BgBbModel> discreteModels() {
    Arbitrary<Double> p = Arbitraries.doubles().between(0.1, 5);
    return Combinators.combine(p, p, p, p).as(BgBbModel::of);
  }

  @Property(tries = 300)
  void probabilities_stay_in_the_unit_interval_and_expectations_grow_with_the_horizon(
      @ForAll("models") TransactionModel m,
      @ForAll @IntRange(min = 0, max = 10_000) int x,
      @ForAll @DoubleRange(min = 0, max = 1) double recencyShare,
      @ForAll @DoubleRange(min = 0.1, max = 10_000) double age,
      @ForAll @DoubleRange(min = 0.1, max = 100) double t) {
    double tx = x == 0 ? 0 : recencyShare * age;
    double p = m.probabilityAlive(x, tx, age);
    assertThat(p).as("%s P(alive | %d, %f, %f)", m, x, tx, age).isBetween(0.0, 1.0);
    double e1 = m.expectedPurchases(t, x, tx, age);
    double e2 = m.expectedPurchases(2 * t, x, tx, age);
    assertThat(e1).as("%s", m).isNotNegative().isFinite();
    assertThat(e2).as("%s", m).isGreaterThanOrEqualTo(e1).isFinite();
    assertThat(m.expectedPurchasesNewCustomer(2 * t))
        .isGreaterThanOrEqualTo(m.expectedPurchasesNewCustomer(t));
  }

  @Property(tries = 200)
  void expectations_factor_into_alive_probability_and_alive_expectation(
      @ForAll("models") TransactionModel m,
      @ForAll @IntRange(min = 0, max = 50) int x,
      @ForAll @DoubleRange(min = 0, max = 1) double recencyShare,
      @ForAll @DoubleRange(min = 0.1, max = 200) double age,
      @ForAll @DoubleRange(min = 0, max = 100) double t) {
    double tx = x == 0 ? 0 : recencyShare * age;
    assertThat(m.expectedPurchases(t, x, tx, age))
        .isCloseTo(
            m.probabilityAliveAtEnd(x, tx, age) * m.expectedPurchasesIfAlive(t, x, age),
            org.assertj.core.api.Assertions.within(
                1e-12 * Math.max(1, m.expectedPurchases(t, x, tx, age))));
    // vectorised scoring (with its shared per-(x, T) work) equals customer-by-customer scoring
    io.crmkit.core.summary.CustomerSummaries s =
        io.crmkit.core.summary.CustomerSummaries.builder(io.crmkit.core.summary.TimeScale.WEEKS)
            .add("a", x, tx, age, 10)
            .add("b", x, tx / 2, age, 10)
            .add("c", 0, 0, age, 0)
            .build();
    double[] v = m.expectedPurchases(t, s);
    for (int i = 0; i < s.size(); i++) {
      assertThat(v[i]).isEqualTo(m.expectedPurchases(t, s.frequency(i), s.recency(i), s.age(i)));
    }
  }

  @Property(tries = 300)
  void probability_alive_falls_as_the_silence_grows(
      @ForAll("models") TransactionModel m,
      @ForAll @IntRange(min = 1, max = 200) int x,
      @ForAll @DoubleRange(min = 0, max = 50) double tx,
      @ForAll @DoubleRange(min = 0, max = 50) double silence,
      @ForAll @DoubleRange(min = 0.01, max = 50) double more) {
    double before = m.probabilityAlive(x, tx, tx + silence);
    double after = m.probabilityAlive(x, tx, tx + silence + more);
    assertThat(after).as("%s x=%d t_x=%f", m, x, tx).isLessThanOrEqualTo(before + 1e-12);
  }

  @Property(tries = 200)
  void likelihoods_are_finite_for_large_frequencies_and_ages(
      @ForAll("models") TransactionModel m,
      @ForAll @IntRange(min = 0, max = 10_000) int x,
      @ForAll @DoubleRange(min = 0, max = 1) double recencyShare,
      @ForAll @DoubleRange(min = 1, max = 10_000) double age) {
    double tx = x == 0 ? 0 : recencyShare * age;
    assertThat(m.logLikelihood(x, tx, age)).as("%s (%d, %f, %f)", m, x, tx, age).isFinite();
  }

  @Property(tries = 200)
  void bgbb_probabilities_stay_bounded_and_fall_with_silence(
      @ForAll("discreteModels") BgBbModel m,
      @ForAll @IntRange(min = 0, max = 30) int x,
      @ForAll @IntRange(min = 0, max = 30) int extra,
      @ForAll @IntRange(min = 0, max = 30) int silence) {
    int tx = x == 0 ? 0 : x + extra;
    int n = tx + silence;
    double p = m.probabilityAlive(x, tx, n);
    assertThat(p).isBetween(0.0, 1.0);
    assertThat(m.probabilityAlive(x, tx, n + 1)).isLessThanOrEqualTo(p + 1e-12);
    assertThat(m.expectedPurchases(4, x, tx, n))
        .isGreaterThanOrEqualTo(m.expectedPurchases(2, x, tx, n));
    assertThat(Double.isFinite(m.logLikelihood(x, tx, n))).isTrue();
    assertThat(m.expectedPurchases(3, x, tx, n))
        .isCloseTo(
            m.probabilityAliveAtEnd(x, tx, n) * m.expectedPurchasesIfAlive(3, x, n),
            org.assertj.core.api.Assertions.within(1e-12));
  }
}
