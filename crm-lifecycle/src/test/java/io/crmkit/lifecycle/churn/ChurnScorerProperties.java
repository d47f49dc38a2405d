package io.crmkit.lifecycle.churn;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class ChurnScorerProperties {

  static final List<ChurnScorer> SCORERS =
      List.of(
          InactivityScorer.of(3),
          InactivityScorer.of(0.5).withSteepness(7),
          BgNbdChurnScorer.of(BgNbdChurnScorerTest.CDNOW),
          ContractualChurnScorer.of(
              "sbg", ContractualChurnScorerTest.SBG, ContractualChurnScorer.periodsFromAge(4)));

  @Provide
  Arbitrary<CustomerSummaries> populations() {
    return Populations.populations();
  }

  @Provide
  Arbitrary<ChurnScorer> scorers() {
    Arbitrary<ChurnScorer> single = Arbitraries.of(SCORERS);
    Arbitrary<ChurnScorer> max = single.list().ofMinSize(1).ofMaxSize(3).map(ChurnScorer::maximum);
    Arbitrary<ChurnScorer> blend =
        single
            .list()
            .ofMinSize(1)
            .ofMaxSize(3)
            .flatMap(
                list ->
                    Arbitraries.doubles()
                        .between(0.01, 5)
                        .array(double[].class)
                        .ofSize(list.size())
                        .map(w -> ChurnScorer.weightedBlend(list, w)));
    return Arbitraries.oneOf(single, max, blend);
  }

  @Property(tries = 200)
  boolean probabilities_are_in_the_unit_interval(
      @ForAll("scorers") ChurnScorer scorer, @ForAll("populations") CustomerSummaries population) {
    for (double p : scorer.probabilities(population)) {
      if (!(p >= 0 && p <= 1)) {
        return false;
      }
    }
    return true;
  }

  @Property(tries = 200)
  boolean composition_stays_between_the_lowest_and_highest_component(
      @ForAll("populations") CustomerSummaries population,
      @ForAll @DoubleRange(min = 0.01, max = 10) double w1,
      @ForAll @DoubleRange(min = 0.01, max = 10) double w2) {
    ChurnScorer a = SCORERS.get(0);
    ChurnScorer b = SCORERS.get(2);
    double[] blend = ChurnScorer.weightedBlend(List.of(a, b), w1, w2).probabilities(population);
    double[] max = ChurnScorer.maximum(a, b).probabilities(population);
    double[] pa = a.probabilities(population);
    double[] pb = b.probabilities(population);
    for (int i = 0; i < blend.length; i++) {
      double lo = Math.min(pa[i], pb[i]);
      double hi = Math.max(pa[i], pb[i]);
      if (blend[i] < lo - 1e-15 || blend[i] > hi + 1e-15 || max[i] != hi) {
        return false;
      }
    }
    return true;
  }

  @Property(tries = 200)
  boolean inactivity_score_never_decreases_while_silent(
      @ForAll @IntRange(min = 0, max = 30) int x,
      @ForAll @DoubleRange(min = 0.1, max = 100) double recency,
      @ForAll @DoubleRange(min = 0, max = 50) double silence,
      @ForAll @DoubleRange(min = 0, max = 50) double more,
      @ForAll @DoubleRange(min = 0.1, max = 10) double k,
      @ForAll @DoubleRange(min = 0.1, max = 10) double populationGap) {
    double tx = x == 0 ? 0 : recency;
    InactivityScorer rule = InactivityScorer.of(k).withPopulationGap(populationGap);
    CustomerSummaries before =
        CustomerSummaries.builder(TimeScale.WEEKS).add("1", x, tx, tx + silence, 1).build();
    CustomerSummaries later =
        CustomerSummaries.builder(TimeScale.WEEKS).add("1", x, tx, tx + silence + more, 1).build();
    return rule.probability(later, 0) >= rule.probability(before, 0);
  }

  @Property(tries = 200)
  boolean risk_band_index_never_decreases_with_probability(
      @ForAll @DoubleRange(min = 0, max = 1) double p,
      @ForAll @DoubleRange(min = 0, max = 1) double q) {
    RiskBands b = RiskBands.standard();
    return b.indexOf(Math.min(p, q)) <= b.indexOf(Math.max(p, q));
  }
}
