package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import org.junit.jupiter.api.Test;

class PredictionIntervalsTest {

  /** Three customer histories in weeks: (x, t_x, T). */
  private static final double[][] PROBES = {{1, 10, 39}, {2, 30.43, 38.86}, {8, 37, 39}};

  private static CustomerSummaries probes() {
    int[] x = new int[PROBES.length];
    double[] tx = new double[PROBES.length];
    double[] age = new double[PROBES.length];
    double[] spend = new double[PROBES.length];
    String[] ids = new String[PROBES.length];
    for (int i = 0; i < PROBES.length; i++) {
      ids[i] = "p" + i;
      x[i] = (int) PROBES[i][0];
      tx[i] = PROBES[i][1];
      age[i] = PROBES[i][2];
      spend[i] = 20 + 10 * i;
    }
    return CustomerSummaries.ofColumns(TimeScale.WEEKS, ids, x, tx, age, spend);
  }

  @Test
  void ninety_percent_intervals_cover_the_true_predictions_85_to_95_percent_of_200_simulations() {
    BgNbdModel truth = BgNbdModel.of(0.5, 6.0, 1.2, 2.8);
    double[] ages = new double[10_000];
    for (int i = 0; i < ages.length; i++) {
      ages[i] = 26 + (i % 27);
    }
    CustomerSummaries probes = probes();
    int runs = 200;
    int[][] covered =
        new int[4][PROBES.length]; // delta E[X], bootstrap E[X], delta P(alive), bootstrap P(alive)
    for (int run = 0; run < runs; run++) {
      FitResult<BgNbdModel> fit = BgNbdModel.fit(truth.simulate(ages, 7_000L + run), 0);
      PredictionIntervals delta = PredictionIntervals.of(fit);
      PredictionIntervals bootstrap = delta.method(IntervalMethod.parametricBootstrap(200, run));
      CustomerIntervals[] intervals = {
        delta.expectedPurchases(39, probes, 0.90), bootstrap.expectedPurchases(39, probes, 0.90),
        delta.probabilityAlive(probes, 0.90), bootstrap.probabilityAlive(probes, 0.90)
      };
      for (int i = 0; i < PROBES.length; i++) {
        double[] h = PROBES[i];
        double[] truths = {
          truth.expectedPurchases(39, h[0], h[1], h[2]),
          truth.expectedPurchases(39, h[0], h[1], h[2]),
          truth.probabilityAlive(h[0], h[1], h[2]),
          truth.probabilityAlive(h[0], h[1], h[2])
        };
        for (int k = 0; k < 4; k++) {
          if (intervals[k].lower(i) <= truths[k] && truths[k] <= intervals[k].upper(i)) {
            covered[k][i]++;
          }
        }
      }
    }
    String[] names = {"delta E[X]", "bootstrap E[X]", "delta P(alive)", "bootstrap P(alive)"};
    for (int k = 0; k < 4; k++) {
      for (int i = 0; i < PROBES.length; i++) {
        assertThat(covered[k][i] / (double) runs)
            .as("coverage of %s for probe %d", names[k], i)
            .isBetween(0.85, 0.95);
      }
    }
  }

  @Test
  void intervals_contain_the_estimate_stay_in_range_and_repeat_with_the_seed() {
    FitResult<BgNbdModel> fit = BgNbdModel.fit(TestData.cdnow());
    CustomerSummaries s = TestData.cdnow();
    PredictionIntervals bootstrap =
        PredictionIntervals.of(fit).method(IntervalMethod.parametricBootstrap(100, 5L));

    CustomerIntervals alive = bootstrap.probabilityAlive(s, 0.9);
    CustomerIntervals again = bootstrap.probabilityAlive(s, 0.9);
    CustomerIntervals delta = PredictionIntervals.of(fit).probabilityAlive(s, 0.9);

    assertThat(alive.size()).isEqualTo(s.size());
    assertThat(again.lowers()).containsExactly(alive.lowers());
    for (int i = 0; i < s.size(); i++) {
      assertThat(alive.lower(i)).isBetween(0.0, alive.estimate(i));
      assertThat(alive.upper(i)).isBetween(alive.estimate(i), 1.0);
      assertThat(delta.lower(i)).isBetween(0.0, delta.estimate(i));
      assertThat(delta.upper(i)).isBetween(delta.estimate(i), 1.0);
      assertThat(alive.estimate(i))
          .isCloseTo(
              fit.model().probabilityAlive(s.frequency(i), s.recency(i), s.age(i)), within(1e-12));
    }
    assertThat(alive.toString())
        .contains("P(alive)")
        .contains("2357 customers")
        .contains("bootstrap (100 draws");
  }

  @Test
  void the_delta_interval_narrows_as_the_data_grow() {
    BgNbdModel truth = BgNbdModel.of(0.5, 6.0, 1.2, 2.8);
    CustomerSummaries probes = probes();
    double[] widths = new double[2];
    int[] sizes = {2_000, 50_000};
    for (int k = 0; k < 2; k++) {
      double[] ages = new double[sizes[k]];
      java.util.Arrays.fill(ages, 39);
      CustomerIntervals ci =
          PredictionIntervals.of(BgNbdModel.fit(truth.simulate(ages, 3L), 0))
              .expectedPurchases(39, probes, 0.9);
      widths[k] = ci.upper(1) - ci.lower(1);
    }
    // the standard error falls as 1/sqrt(n): 25 times the data, about a fifth of the width
    assertThat(widths[1] / widths[0]).isBetween(0.1, 0.35);
  }

  @Test
  void lifetime_value_intervals_combine_both_fits() {
    CustomerSummaries s = TestData.cdnowWithSpend();
    FitResult<BgNbdModel> bg = BgNbdModel.fit(s);
    FitResult<GammaGammaModel> gg = GammaGammaModel.fit(s);
    PredictionIntervals both = PredictionIntervals.of(bg).withSpend(gg);

    CustomerIntervals clv =
        both.lifetimeValue(
            (t, g) -> CustomerLifetimeValue.monthsOfWeeklyModel(t, g, 12, 0.01), s, 0.9);
    CustomerIntervals clvBootstrap =
        both.method(IntervalMethod.parametricBootstrap(400, 11L))
            .lifetimeValue(
                (t, g) -> CustomerLifetimeValue.monthsOfWeeklyModel(t, g, 12, 0.01), s, 0.9);

    double[] values =
        CustomerLifetimeValue.monthsOfWeeklyModel(bg.model(), gg.model(), 12, 0.01).values(s);
    int agreeing = 0;
    for (int i = 0; i < s.size(); i++) {
      assertThat(clv.estimate(i)).isCloseTo(values[i], within(1e-9 * Math.max(1, values[i])));
      assertThat(clv.lower(i)).isLessThanOrEqualTo(clv.estimate(i)).isGreaterThanOrEqualTo(0);
      assertThat(clvBootstrap.lower(i))
          .isLessThanOrEqualTo(clvBootstrap.estimate(i))
          .isGreaterThanOrEqualTo(0);
      double deltaWidth = clv.upper(i) - clv.lower(i);
      double bootstrapWidth = clvBootstrap.upper(i) - clvBootstrap.lower(i);
      if (bootstrapWidth > 0.67 * deltaWidth && bootstrapWidth < 1.5 * deltaWidth) {
        agreeing++;
      }
    }
    // two approximations of one sampling distribution: their widths agree for nearly every customer
    assertThat(agreeing).isGreaterThan(s.size() * 9 / 10);
    assertThatThrownBy(() -> PredictionIntervals.of(bg).expectedSpend(s, 0.9))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("withSpend");
  }

  @Test
  void bad_arguments_are_refused_naming_the_value() {
    PredictionIntervals p = PredictionIntervals.of(BgNbdModel.fit(TestData.cdnow()));

    assertThatThrownBy(() -> p.probabilityAlive(TestData.cdnow(), 0))
        .hasMessageContaining("level must be between 0 and 1");
    assertThatThrownBy(() -> IntervalMethod.parametricBootstrap(5, 1))
        .hasMessageContaining("draws must be from 20 to 100000 but was: 5");
    assertThatThrownBy(() -> p.expectedPurchases(-1, TestData.cdnow(), 0.9))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
