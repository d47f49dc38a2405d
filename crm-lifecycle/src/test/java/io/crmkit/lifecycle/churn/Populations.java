package io.crmkit.lifecycle.churn;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Small populations of summaries (times in weeks) for churn tests and properties. */
final class Populations {

  private Populations() {}

  /**
   * Rows {id, frequency, recency, T}: "1" repeat buyer with gap 5 silent 20, "2" single purchaser
   * silent 30.
   */
  static CustomerSummaries of(double[]... rows) {
    CustomerSummaries.Builder b = CustomerSummaries.builder(TimeScale.WEEKS);
    for (double[] r : rows) {
      b.add(Long.toString((long) r[0]), (int) r[1], r[2], r[3], 10.0);
    }
    return b.build();
  }

  /** The six customers crm-testing's {@code ChurnScorerContract} scores by default. */
  static CustomerSummaries contractDefault() {
    return of(
        new double[] {1, 4, 20, 40},
        new double[] {2, 0, 0, 30},
        new double[] {3, 1, 2, 3},
        new double[] {4, 12, 40, 41},
        new double[] {5, 0, 0, 0},
        new double[] {6, 2, 30, 90});
  }

  /** One valid summary row {frequency, recency, T}. */
  static Arbitrary<double[]> rows() {
    Arbitrary<Integer> x = Arbitraries.integers().between(0, 40);
    Arbitrary<Double> t = Arbitraries.doubles().between(0, 80).ofScale(2);
    Arbitrary<Double> share = Arbitraries.doubles().between(0, 1).ofScale(3);
    return Combinators.combine(x, t, share)
        .as(
            (f, age, s) -> {
              double recency = f == 0 ? 0 : Math.max(0.01, Math.min(age, s * age));
              return new double[] {f, recency, Math.max(age, recency)};
            });
  }

  /** Populations of 1 to 30 customers. */
  static Arbitrary<CustomerSummaries> populations() {
    return rows()
        .list()
        .ofMinSize(1)
        .ofMaxSize(30)
        .map(
            list -> {
              CustomerSummaries.Builder b = CustomerSummaries.builder(TimeScale.WEEKS);
              for (int i = 0; i < list.size(); i++) {
                double[] r = list.get(i);
                b.add(Integer.toString(i + 1), (int) r[0], r[1], r[2], 10.0);
              }
              return b.build();
            });
  }
}
