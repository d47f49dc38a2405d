package io.crmkit.sales.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import io.crmkit.lifecycle.stage.Stage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Pipeline reports over random deals moved at random along the allowed moves. */
class SalesPipelineProperties {

  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final Currency EUR = Currency.getInstance("EUR");
  private final SalesPipeline pipeline = SalesPipeline.standard();

  /**
   * Per deal: amount in whole euros, close month offset, then move choices (index into the allowed
   * targets).
   */
  @Provide
  Arbitrary<List<List<Integer>>> deals() {
    return Arbitraries.integers()
        .between(0, 9)
        .list()
        .ofMinSize(2)
        .ofMaxSize(8)
        .list()
        .ofMaxSize(12);
  }

  private List<Deal> build(List<List<Integer>> spec) {
    List<Deal> out = new ArrayList<>();
    for (int i = 0; i < spec.size(); i++) {
      List<Integer> s = spec.get(i);
      Deal d =
          pipeline.open(
              "d" + i,
              CustomerId.of("c"),
              "",
              Money.of(BigDecimal.valueOf(100L * (s.get(0) + 1)), EUR),
              LocalDate.of(2024, 1 + s.get(1), 15),
              T0.plus(Duration.ofDays(i)));
      Instant at = T0.plus(Duration.ofDays(i));
      for (int k = 2; k < s.size() && pipeline.isOpen(d); k++) {
        List<Stage> targets = pipeline.definition().manualTargets(d.stage());
        at = at.plus(Duration.ofDays(s.get(k) + 1));
        d = pipeline.move(d, "m" + k, at, targets.get(s.get(k) % targets.size()), "step");
      }
      out.add(d);
    }
    return out;
  }

  @Property(tries = 200)
  void weighted_value_is_the_probability_weighted_sum_of_open_deals(
      @ForAll("deals") List<List<Integer>> spec) {
    List<Deal> deals = build(spec);
    BigDecimal expected = BigDecimal.ZERO;
    BigDecimal open = BigDecimal.ZERO;
    for (Deal d : deals) {
      if (pipeline.isOpen(d)) {
        expected =
            expected.add(
                d.amount()
                    .amount()
                    .multiply(BigDecimal.valueOf(pipeline.winProbability(d.stage()))));
        open = open.add(d.amount().amount());
      }
    }
    BigDecimal weighted = pipeline.weightedValue(deals, EUR).amount();
    assertThat(weighted).isEqualByComparingTo(expected);
    assertThat(weighted).isLessThanOrEqualTo(open);
  }

  @Property(tries = 200)
  void forecast_adds_up_to_weighted_open_value_plus_won_amounts(
      @ForAll("deals") List<List<Integer>> spec) {
    List<Deal> deals = build(spec);
    BigDecimal won =
        deals.stream()
            .filter(d -> d.stage().equals(SalesPipeline.WON))
            .map(d -> d.amount().amount())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal forecast =
        pipeline.forecastByCloseMonth(deals, EUR, ZoneOffset.UTC).values().stream()
            .map(Money::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(forecast).isEqualByComparingTo(pipeline.weightedValue(deals, EUR).amount().add(won));
  }

  @Property(tries = 200)
  void conversion_counts_stay_within_their_cohort(@ForAll("deals") List<List<Integer>> spec) {
    List<Deal> deals = build(spec);
    List<StageConversion> rates = pipeline.conversionRates(deals);
    assertThat(rates.get(0).entered()).isEqualTo(deals.size());
    for (StageConversion c : rates) {
      assertThat(c.converted()).isBetween(0L, c.entered());
    }
    long won = deals.stream().filter(d -> d.stage().equals(SalesPipeline.WON)).count();
    assertThat(rates.get(0).converted()).isGreaterThanOrEqualTo(won);
  }
}
