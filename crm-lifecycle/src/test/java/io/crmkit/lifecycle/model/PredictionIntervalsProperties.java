package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.summary.CustomerSummaries;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class PredictionIntervalsProperties {

  private static final CustomerSummaries CDNOW = TestData.cdnow();
  private static final FitResult<BgNbdModel> FIT = BgNbdModel.fit(CDNOW);

  @Property(tries = 20)
  void bootstrap_intervals_hold_the_estimate_and_stay_in_range(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    PredictionIntervals p =
        PredictionIntervals.of(FIT).method(IntervalMethod.parametricBootstrap(50, seed));
    CustomerIntervals alive = p.probabilityAlive(CDNOW, 0.8);
    CustomerIntervals purchases = p.expectedPurchases(39, CDNOW, 0.8);

    for (int i = 0; i < CDNOW.size(); i++) {
      assertThat(alive.lower(i)).isBetween(0.0, alive.estimate(i));
      assertThat(alive.upper(i)).isBetween(alive.estimate(i), 1.0);
      assertThat(purchases.lower(i)).isBetween(0.0, purchases.estimate(i));
      assertThat(purchases.upper(i)).isGreaterThanOrEqualTo(purchases.estimate(i)).isFinite();
    }
  }
}
