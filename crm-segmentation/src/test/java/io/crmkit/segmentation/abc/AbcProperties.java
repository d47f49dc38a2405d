package io.crmkit.segmentation.abc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class AbcProperties {

  @Provide
  Arbitrary<List<Double>> values() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, 8).map(i -> i * 10.0).list().ofMinSize(1).ofMaxSize(200),
        Arbitraries.doubles().between(0, 1e5).list().ofMinSize(1).ofMaxSize(200));
  }

  @Provide
  Arbitrary<AbcClassifier> classifiers() {
    return Arbitraries.oneOf(
        Arbitraries.of(AbcClassifier.byValue(), AbcClassifier.byCustomerCount()),
        Arbitraries.doubles().between(0.05, 0.6).map(a -> AbcClassifier.byValue(a, 0.3)),
        Arbitraries.doubles().between(0.05, 0.6).map(a -> AbcClassifier.byCustomerCount(a, 0.3)));
  }

  static double[] array(List<Double> v) {
    return v.stream().mapToDouble(Double::doubleValue).toArray();
  }

  @Property(tries = 200)
  void class_shares_sum_to_100_percent(
      @ForAll("values") List<Double> values, @ForAll("classifiers") AbcClassifier c) {
    AbcResult r = c.classify(array(values));
    double customers = r.report().stream().mapToDouble(AbcClassReport::customerShare).sum();
    double value = r.report().stream().mapToDouble(AbcClassReport::valueShare).sum();
    assertThat(customers).isCloseTo(1.0, within(1e-9));
    if (r.total() > 0) {
      assertThat(value).isCloseTo(1.0, within(1e-9));
    }
    assertThat(r.report().stream().mapToInt(AbcClassReport::customers).sum())
        .isEqualTo(values.size());
  }

  @Property(tries = 200)
  void radix_sort_equals_a_comparison_sort(
      @ForAll("values") List<Double> values,
      @ForAll @IntRange(min = 0, max = 5) int minRadixLength) {
    double[] a = array(values);
    double[] b = a.clone();
    NonNegativeSort.sort(a, minRadixLength);
    java.util.Arrays.sort(b);
    assertThat(a).containsExactly(b);
  }

  @Property(tries = 200)
  void gini_lies_in_0_inclusive_to_1_exclusive(@ForAll("values") List<Double> values) {
    double g = AbcClassifier.byValue().classify(array(values)).gini();
    assertThat(g).isGreaterThanOrEqualTo(0).isLessThan(1);
  }

  @Property(tries = 200)
  void gini_is_0_when_all_values_are_equal(
      @ForAll @DoubleRange(min = 0, max = 1e9) double value,
      @ForAll @IntRange(min = 1, max = 500) int n) {
    double[] v = new double[n];
    java.util.Arrays.fill(v, value);
    assertThat(AbcClassifier.byValue().classify(v).gini()).isZero();
  }

  @Property(tries = 200)
  void gini_equals_the_mean_absolute_difference_formula(@ForAll("values") List<Double> values) {
    double[] v = array(values);
    double sum = 0;
    double diff = 0;
    for (double x : v) {
      sum += x;
      for (double y : v) {
        diff += Math.abs(x - y);
      }
    }
    double n = v.length;
    double expected = sum == 0 ? 0 : diff / (2 * n * sum);
    assertThat(AbcClassifier.byValue().classify(v).gini()).isCloseTo(expected, within(1e-9));
  }

  @Property(tries = 200)
  void a_higher_value_never_gets_a_worse_class(
      @ForAll("values") List<Double> values, @ForAll("classifiers") AbcClassifier c) {
    double[] v = array(values);
    AbcResult r = c.classify(v);
    for (int i = 0; i < v.length; i++) {
      for (int j = 0; j < v.length; j++) {
        if (v[i] >= v[j]) {
          assertThat(r.classIndex(i)).isLessThanOrEqualTo(r.classIndex(j));
        }
      }
    }
  }

  @Property(tries = 200)
  void class_A_makes_at_least_its_value_share(@ForAll("values") List<Double> values) {
    AbcResult r = AbcClassifier.byValue().classify(array(values));
    if (r.total() > 0) {
      assertThat(r.report(AbcClass.A).valueShare()).isGreaterThanOrEqualTo(0.8 - 1e-12);
      assertThat(r.report(AbcClass.A).valueShare() + r.report(AbcClass.B).valueShare())
          .isGreaterThanOrEqualTo(0.95 - 1e-12);
    }
  }

  @Property(tries = 200)
  void customer_count_mode_fills_A_to_at_least_its_share_and_no_further_than_the_boundary_tie_group(
      @ForAll("values") List<Double> values) {
    double[] v = array(values);
    AbcResult r = AbcClassifier.byCustomerCount().classify(v);
    int n = v.length;
    int a = r.report(AbcClass.A).customers();
    assertThat(a).isGreaterThanOrEqualTo((int) Math.ceil(0.2 * n - 1e-9));
    // without the lowest value of A (its tie group), A would fall short of 20%
    double lowestA = Double.POSITIVE_INFINITY;
    int tied = 0;
    for (int i = 0; i < n; i++) {
      if (r.classOf(i) == AbcClass.A) {
        if (v[i] < lowestA) {
          lowestA = v[i];
          tied = 0;
        }
        if (v[i] == lowestA) {
          tied++;
        }
      }
    }
    assertThat(a - tied).isLessThan((int) Math.ceil(0.2 * n - 1e-9));
    assertThat(a + r.report(AbcClass.B).customers())
        .isGreaterThanOrEqualTo((int) Math.ceil(0.5 * n - 1e-9));
  }

  @Property(tries = 200)
  void classes_do_not_depend_on_the_input_order(
      @ForAll("values") List<Double> values,
      @ForAll long seed,
      @ForAll("classifiers") AbcClassifier c) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    double[] v = array(values);
    double[] shuffled = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      shuffled[i] = v[order.get(i)];
    }
    AbcResult a = c.classify(v);
    AbcResult b = c.classify(shuffled);
    for (int i = 0; i < v.length; i++) {
      assertThat(b.classOf(i)).isEqualTo(a.classOf(order.get(i)));
    }
    assertThat(b.gini()).isCloseTo(a.gini(), within(1e-12));
  }

  @Property(tries = 200)
  void pareto_curve_rises_from_0_to_1_above_the_lorenz_curve(
      @ForAll("values") List<Double> values) {
    AbcResult r = AbcClassifier.byValue().classify(array(values));
    List<CurvePoint> p = r.paretoCurve();
    for (int s = 1; s < p.size(); s++) {
      assertThat(p.get(s).valueShare()).isGreaterThanOrEqualTo(p.get(s - 1).valueShare());
      assertThat(p.get(s).valueShare())
          .isGreaterThanOrEqualTo(r.lorenzCurve().get(s).valueShare() - 1e-12);
    }
    if (r.total() > 0) {
      assertThat(p.get(100).valueShare()).isCloseTo(1, within(1e-12));
    }
  }
}
