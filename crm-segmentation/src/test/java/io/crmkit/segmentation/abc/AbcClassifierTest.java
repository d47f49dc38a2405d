package io.crmkit.segmentation.abc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbcClassifierTest {

  // total 100, shuffled
  static final double[] VALUES = {3, 50, 1, 8, 0, 20, 2, 10, 1, 5};

  @Test
  void value_mode_puts_the_customers_making_the_first_80_percent_in_A() {
    AbcResult r = AbcClassifier.byValue().classify(VALUES);
    // 50, 20, 10 start before 80 → A; 8, 5, 3 start before 95 → B; 2, 1, 1, 0 → C
    assertThat(r.classOf(1)).isEqualTo(AbcClass.A);
    assertThat(r.classOf(7)).isEqualTo(AbcClass.A);
    assertThat(r.classOf(3)).isEqualTo(AbcClass.B);
    assertThat(r.classOf(0)).isEqualTo(AbcClass.B);
    assertThat(r.classOf(6)).isEqualTo(AbcClass.C);
    assertThat(r.report(AbcClass.A)).isEqualTo(new AbcClassReport(AbcClass.A, 3, 80, 0.3, 0.8));
    assertThat(r.report(AbcClass.B)).isEqualTo(new AbcClassReport(AbcClass.B, 3, 16, 0.3, 0.16));
    assertThat(r.report(AbcClass.C).customers()).isEqualTo(4);
    assertThat(r.report(AbcClass.C).valueShare()).isCloseTo(0.04, within(1e-12));
    assertThat(r.total()).isEqualTo(100);
  }

  @Test
  void customer_count_mode_takes_the_top_20_and_next_30_percent() {
    AbcResult r = AbcClassifier.byCustomerCount().classify(VALUES);
    assertThat(r.report()).extracting(AbcClassReport::customers).containsExactly(2, 3, 5);
    assertThat(r.report(AbcClass.A).value()).isEqualTo(70);
  }

  @Test
  void ties_at_a_boundary_stay_together_in_the_better_class() {
    AbcResult r = AbcClassifier.byCustomerCount().classify(new double[] {5, 5, 5, 5, 1});
    assertThat(r.report()).extracting(AbcClassReport::customers).containsExactly(4, 0, 1);
    assertThat(AbcClassifier.byValue().classify(new double[] {0, 0}).report(AbcClass.C).customers())
        .isEqualTo(2);
  }

  @Test
  void gini_matches_hand_computation() {
    assertThat(AbcClassifier.byValue().classify(new double[] {4, 1, 3, 2}).gini())
        .isCloseTo(0.25, within(1e-15));
    assertThat(AbcClassifier.byValue().classify(new double[] {0, 0, 1, 0}).gini())
        .isCloseTo(0.75, within(1e-15));
    assertThat(AbcClassifier.byValue().classify(new double[] {7, 7, 7}).gini()).isZero();
  }

  @Test
  void pareto_and_lorenz_curves_run_from_0_to_1() {
    AbcResult r = AbcClassifier.byValue().classify(VALUES);
    List<CurvePoint> p = r.paretoCurve();
    assertThat(p).hasSize(101);
    assertThat(p.get(0)).isEqualTo(new CurvePoint(0, 0));
    assertThat(p.get(10).valueShare()).isCloseTo(0.5, within(1e-12)); // the top customer holds 50
    assertThat(p.get(30).valueShare()).isCloseTo(0.8, within(1e-12));
    assertThat(p.get(100).valueShare()).isCloseTo(1, within(1e-12));
    assertThat(r.lorenzCurve().get(50).valueShare())
        .isCloseTo(0.07, within(1e-12)); // 0, 1, 1, 2, 3
  }

  @Test
  void classifies_summary_columns_functions_and_objects() {
    CustomerSummaries s =
        CustomerSummaries.builder(TimeScale.WEEKS)
            .add("1", 2, 3, 5, 40)
            .add("2", 1, 1, 5, 10)
            .add("3", 0, 0, 5, 0)
            .build();
    AbcResult byTotal =
        AbcClassifier.byValue().classify(s, SummaryMeasure.TOTAL_SPEND); // 80, 10, 0
    assertThat(byTotal.classOf(0)).isEqualTo(AbcClass.A);
    assertThat(byTotal.classOf(1)).isEqualTo(AbcClass.B);
    assertThat(byTotal.classOf(2)).isEqualTo(AbcClass.C);
    AbcResult byFunction = AbcClassifier.byValue().classify(s, i -> i == 2 ? 100 : 1);
    assertThat(byFunction.classOf(2)).isEqualTo(AbcClass.A);
    AbcResult byObject =
        AbcClassifier.byCustomerCount(0.5, 0.25)
            .classify(List.of("a", "bbbb", "cc", "ddd"), String::length);
    assertThat(byObject.classOf(1)).isEqualTo(AbcClass.A);
    assertThat(byObject.classOf(0)).isEqualTo(AbcClass.C);
  }

  @Test
  void bad_values_and_shares_are_refused() {
    assertThatThrownBy(() -> AbcClassifier.byValue().classify(new double[] {1, Double.NaN}))
        .hasMessage("value must be finite but row 1 was: NaN");
    assertThatThrownBy(() -> AbcClassifier.byValue(0.9, 0.2)).hasMessageContaining("bShare");
    assertThatThrownBy(() -> AbcClassifier.byCustomerCount(0, 0.2))
        .hasMessageContaining("aShare must be in (0, 1)");
  }

  @Test
  void negative_values_count_as_zero_and_rank_last() {
    AbcResult r = AbcClassifier.byValue().classify(new double[] {-30, 90, 10});
    assertThat(r.total()).isEqualTo(100);
    assertThat(r.value(0)).isZero();
    assertThat(r.classOf(0)).isEqualTo(AbcClass.C);
    assertThat(r.classOf(1)).isEqualTo(AbcClass.A);
    assertThat(r.classOf(2)).isEqualTo(AbcClass.B);
    assertThat(r.gini()).isBetween(0.0, 1.0);
  }

  @Test
  void radix_sort_orders_a_large_mixed_array_like_arrays_sort() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    double[] a = new double[100_000];
    for (int i = 0; i < a.length; i++) {
      int kind = random.nextInt(4);
      a[i] =
          kind == 0
              ? 0.0
              : kind == 1
                  ? random.nextInt(1000) / 100.0
                  : kind == 2 ? random.nextDouble() * 1e9 : Double.MIN_VALUE * random.nextInt(5);
    }
    double[] b = a.clone();
    NonNegativeSort.sort(a);
    java.util.Arrays.sort(b);
    assertThat(a).containsExactly(b);
  }

  @Test
  void empty_population_has_empty_classes_and_zero_gini() {
    AbcResult r = AbcClassifier.byValue().classify(new double[0]);
    assertThat(r.size()).isZero();
    assertThat(r.gini()).isZero();
    assertThat(r.toString()).contains("0 customers");
  }
}
