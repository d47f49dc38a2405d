package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConfidenceIntervalTest {

  @Test
  void the_cdnow_interval_is_the_log_scale_wald_interval_of_the_standard_error() {
    FitResult<BgNbdModel> fit = BgNbdModel.fit(TestData.cdnow());
    ConfidenceInterval r = fit.confidenceInterval("r", 0.95);

    double se = fit.standardError("r");
    assertThat(r.estimate()).isEqualTo(fit.parameter("r"));
    assertThat(Math.log(r.upper() / r.estimate()))
        .isCloseTo(1.959963985 * se / r.estimate(), within(1e-8));
    assertThat(Math.log(r.estimate() / r.lower()))
        .isCloseTo(1.959963985 * se / r.estimate(), within(1e-8));
    assertThat(r.contains(0.2426)).isTrue(); // FHL (2005): r = 0.243
    assertThat(fit.confidenceInterval("r", 0.5).upper()).isLessThan(r.upper());
    assertThat(r.toString()).startsWith("r = 0.24").contains("95% CI");
  }

  @Test
  void a_bad_level_or_name_is_refused() {
    FitResult<BgNbdModel> fit = BgNbdModel.fit(TestData.cdnow());

    assertThatThrownBy(() -> fit.confidenceInterval("r", 1.0))
        .hasMessageContaining("level must be between 0 and 1")
        .hasMessageContaining("1.0");
    assertThatThrownBy(() -> fit.confidenceInterval("rho", 0.9))
        .hasMessageContaining("no parameter named 'rho'");
  }

  @Test
  void ninety_percent_intervals_cover_the_true_parameters_85_to_95_percent_of_200_simulations() {
    BgNbdModel truth = BgNbdModel.of(0.5, 6.0, 1.2, 2.8);
    double[] trueValues = {truth.r(), truth.alpha(), truth.a(), truth.b()};
    double[] ages =
        new double[10_000]; // at 4,000 the log-scale interval of a covers 84%: asymptotics need the
    // customers
    for (int i = 0; i < ages.length; i++) {
      ages[i] = 26 + (i % 27);
    }
    int[] covered = new int[4];
    int runs = 200;
    for (int run = 0; run < runs; run++) {
      FitResult<BgNbdModel> fit = BgNbdModel.fit(truth.simulate(ages, 1_000L + run), 0);
      for (int j = 0; j < 4; j++) {
        if (fit.confidenceInterval(BgNbdModel.NAMES[j], 0.90).contains(trueValues[j])) {
          covered[j]++;
        }
      }
    }
    for (int j = 0; j < 4; j++) {
      assertThat(covered[j] / (double) runs)
          .as("coverage of %s", BgNbdModel.NAMES[j])
          .isBetween(0.85, 0.95);
    }
  }
}
