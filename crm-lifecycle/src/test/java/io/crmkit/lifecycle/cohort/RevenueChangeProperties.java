package io.crmkit.lifecycle.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RevenueChangeProperties {

  @Provide
  Arbitrary<PeriodRevenue> periods() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 1_000_000),
            Arbitraries.longs().between(0, 5_000_000),
            Arbitraries.doubles().between(0.01, 5_000),
            Arbitraries.doubles().between(0, 1e6))
        .as(
            (c, extra, aov, refunds) ->
                c == 0
                    ? new PeriodRevenue(0, 0, 0, refunds)
                    : new PeriodRevenue(c, c + extra, (c + extra) * aov, refunds));
  }

  @Property(tries = 1000)
  void the_effects_sum_to_the_change(
      @ForAll("periods") PeriodRevenue before, @ForAll("periods") PeriodRevenue after) {
    RevenueChange c = RevenueChange.between(before, after);
    // Rounding error grows with the magnitudes of the terms summed, not with the net change (which
    // can cancel to ~0 while the terms are ~1e10): bound it by a few thousand ulps of their sum.
    double scale =
        Math.max(
            1,
            Math.abs(c.customerEffect())
                + Math.abs(c.frequencyEffect())
                + Math.abs(c.orderValueEffect())
                + Math.abs(c.refundEffect())
                + before.purchaseRevenue()
                + after.purchaseRevenue()
                + before.refunds()
                + after.refunds());

    assertThat(c.customerEffect() + c.frequencyEffect() + c.orderValueEffect() + c.refundEffect())
        .isCloseTo(c.change(), within(1e-12 * scale));
  }

  @Property(tries = 500)
  void swapping_the_periods_negates_every_effect(
      @ForAll("periods") PeriodRevenue a, @ForAll("periods") PeriodRevenue b) {
    RevenueChange forward = RevenueChange.between(a, b);
    RevenueChange back = RevenueChange.between(b, a);
    double scale = 1e-9 * Math.max(1, Math.max(a.purchaseRevenue(), b.purchaseRevenue()));

    assertThat(back.customerEffect()).isCloseTo(-forward.customerEffect(), within(scale));
    assertThat(back.frequencyEffect()).isCloseTo(-forward.frequencyEffect(), within(scale));
    assertThat(back.orderValueEffect()).isCloseTo(-forward.orderValueEffect(), within(scale));
    assertThat(back.refundEffect()).isEqualTo(-forward.refundEffect());
  }

  @Property(tries = 300)
  void no_change_means_no_effects(@ForAll("periods") PeriodRevenue p) {
    RevenueChange c = RevenueChange.between(p, p);

    assertThat(
            new double[] {
              c.customerEffect(), c.frequencyEffect(), c.orderValueEffect(), c.refundEffect()
            })
        .containsOnly(0.0);
  }
}
