package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import org.junit.jupiter.api.Test;

/** Intervals by the nonparametric bootstrap over customers. */
class NonparametricBootstrapTest {

  private static final BgNbdModel TRUTH = BgNbdModel.of(0.5, 6.0, 1.2, 2.8);
  private static final double[][] PROBES = {{1, 10, 39}, {8, 37, 39}};

  private static CustomerSummaries summaries(WeightedData d) {
    int n = (int) d.customers();
    String[] ids = new String[n];
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    int at = 0;
    for (int i = 0; i < d.rows(); i++) {
      for (int w = 0; w < d.weight(i); w++, at++) {
        ids[at] = "c" + at;
        x[at] = (int) d.x(i);
        tx[at] = d.tx(i);
        age[at] = d.age(i);
      }
    }
    return CustomerSummaries.ofColumns(TimeScale.WEEKS, ids, x, tx, age, new double[n]);
  }

  private static CustomerSummaries probes() {
    String[] ids = new String[PROBES.length];
    int[] x = new int[PROBES.length];
    double[] tx = new double[PROBES.length];
    double[] age = new double[PROBES.length];
    for (int i = 0; i < PROBES.length; i++) {
      ids[i] = "p" + i;
      x[i] = (int) PROBES[i][0];
      tx[i] = PROBES[i][1];
      age[i] = PROBES[i][2];
    }
    return CustomerSummaries.ofColumns(TimeScale.WEEKS, ids, x, tx, age, new double[PROBES.length]);
  }

  private static double[] ages(int n) {
    double[] ages = new double[n];
    for (int i = 0; i < n; i++) {
      ages[i] = 26 + (i % 27);
    }
    return ages;
  }

  /**
   * 200 simulated shops of 2,000 customers, 40 refits each: the 90% interval of expected purchases
   * covers the true value 85–95% of the time.
   */
  @Test
  void ninety_percent_intervals_cover_the_true_expected_purchases_85_to_95_percent_of_the_time() {
    double[] ages = ages(2000);
    CustomerSummaries probes = probes();
    int runs = 200;
    int[] covered = new int[PROBES.length];
    for (int run = 0; run < runs; run++) {
      CustomerSummaries data = summaries(TRUTH.simulate(ages, 9_000L + run));
      FitResult<BgNbdModel> fit = BgNbdModel.fit(data);
      CustomerIntervals e =
          PredictionIntervals.of(fit)
              .resampling(data, BgNbdModel::fit)
              .method(IntervalMethod.nonparametricBootstrap(40, run))
              .expectedPurchases(39, probes, 0.90);
      for (int i = 0; i < PROBES.length; i++) {
        double[] h = PROBES[i];
        double truth = TRUTH.expectedPurchases(39, h[0], h[1], h[2]);
        if (e.lower(i) <= truth && truth <= e.upper(i)) {
          covered[i]++;
        }
      }
    }
    for (int i = 0; i < PROBES.length; i++) {
      assertThat(covered[i] / (double) runs).as("coverage for probe %d", i).isBetween(0.85, 0.95);
    }
  }

  @Test
  void intervals_repeat_with_the_seed_and_need_the_data() {
    CustomerSummaries data = summaries(TRUTH.simulate(ages(1000), 5));
    FitResult<BgNbdModel> fit = BgNbdModel.fit(data);
    PredictionIntervals base = PredictionIntervals.of(fit);
    IntervalMethod method = IntervalMethod.nonparametricBootstrap(25, 3);
    CustomerIntervals a =
        base.resampling(data, BgNbdModel::fit).method(method).probabilityAlive(probes(), 0.8);
    CustomerIntervals b =
        base.method(method).resampling(data, BgNbdModel::fit).probabilityAlive(probes(), 0.8);
    assertThat(a.lowers()).containsExactly(b.lowers());
    assertThat(a.uppers()).containsExactly(b.uppers());
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.lower(i)).isLessThan(a.upper(i)).isBetween(0.0, 1.0);
      assertThat(a.estimate(i)).isBetween(a.lower(i), a.upper(i));
    }
    assertThat(a.method().toString())
        .isEqualTo("nonparametric bootstrap (25 resamples of the customers, seed 3)");
    assertThatThrownBy(() -> base.method(method).probabilityAlive(probes(), 0.8))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("resampling(data, refit)");
    assertThatThrownBy(() -> IntervalMethod.nonparametricBootstrap(10, 1))
        .hasMessage("draws must be from 20 to 100000 but was: 10");
  }
}
