package io.crmkit.segmentation.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;

class RfmProperties {

  @Provide
  Arbitrary<List<Double>> valuesWithTies() {
    // few distinct values: many ties
    return Arbitraries.integers()
        .between(0, 12)
        .map(i -> i * 2.5)
        .list()
        .ofMinSize(1)
        .ofMaxSize(200);
  }

  @Provide
  Arbitrary<List<Double>> anyValues() {
    return Arbitraries.oneOf(
        valuesWithTies(),
        wholeNumbers(),
        Arbitraries.doubles().between(0, 1e6).list().ofMinSize(1).ofMaxSize(200));
  }

  @Provide
  Arbitrary<List<Double>> wholeNumbers() {
    // counts and whole days: scored by counting instead of sorting
    return Arbitraries.integers()
        .between(0, 800)
        .map(i -> (double) i)
        .list()
        .ofMinSize(1)
        .ofMaxSize(200);
  }

  @Property(tries = 300)
  void selecting_order_statistics_gives_the_cuts_of_sorting(
      @ForAll("anyValues") List<Double> values,
      @ForAll @IntRange(min = 2, max = 9) int bins,
      @ForAll boolean lowest) {
    TiePolicy ties = lowest ? TiePolicy.LOWEST_RANK : TiePolicy.HIGHEST_RANK;
    double[] v = array(values);
    byte[] bySelection = new byte[v.length];
    byte[] bySorting = new byte[v.length];
    Scoring.score(v, Scoring.quantileCutsBySelection(v, bins, ties), bySelection);
    Scoring.score(v, Scoring.quantileCutsBySorting(v, bins, ties), bySorting);
    assertThat(bySelection).containsExactly(bySorting);
  }

  @Property(tries = 200)
  void order_statistics_equal_the_sorted_array(
      @ForAll @Size(min = 1, max = 400) List<@IntRange(min = 0, max = 30) Integer> ints,
      @ForAll long seed) {
    double[] v = ints.stream().mapToDouble(i -> i * 0.5).toArray();
    double[] sorted = v.clone();
    java.util.Arrays.sort(sorted);
    int[] ranks = new java.util.Random(seed).ints(5, 0, v.length).distinct().sorted().toArray();
    double[] found = OrderStatistics.select(v, ranks);
    for (int r = 0; r < ranks.length; r++) {
      assertThat(found[r]).isEqualTo(sorted[ranks[r]]);
    }
  }

  @Property(tries = 200)
  void counting_whole_numbers_scores_like_sorting(
      @ForAll("wholeNumbers") List<Double> values,
      @ForAll @IntRange(min = 2, max = 9) int bins,
      @ForAll TiePolicy ties) {
    double[] whole = array(values);
    double[] shifted = new double[whole.length];
    for (int i = 0; i < whole.length; i++) {
      shifted[i] = whole[i] + 0.5; // same order and ties, but not whole: sorted
    }
    assertThat(Scoring.quantileCuts(whole, bins, ties)).hasSize(bins - 1);
    RfmScores a = score(whole, bins, ties);
    RfmScores b = score(shifted, bins, ties);
    for (int i = 0; i < whole.length; i++) {
      assertThat(a.cell(i)).isEqualTo(b.cell(i));
    }
  }

  static double[] array(List<Double> v) {
    return v.stream().mapToDouble(Double::doubleValue).toArray();
  }

  static RfmScores score(double[] v, int bins, TiePolicy ties) {
    return RfmScorer.builder().bins(bins).ties(ties).build().score(v, v, v);
  }

  @Property(tries = 200)
  void scores_are_monotone_in_the_value_and_equal_for_equal_values(
      @ForAll("anyValues") List<Double> values,
      @ForAll @IntRange(min = 2, max = 9) int bins,
      @ForAll TiePolicy ties) {
    double[] v = array(values);
    RfmScores s = score(v, bins, ties);
    for (int i = 0; i < v.length; i++) {
      for (int j = 0; j < v.length; j++) {
        if (v[i] < v[j]) {
          assertThat(s.frequency(i)).isLessThanOrEqualTo(s.frequency(j));
          assertThat(s.monetary(i)).isLessThanOrEqualTo(s.monetary(j));
          // recency is in days since the last purchase: more days, lower score
          assertThat(s.recency(i)).isGreaterThanOrEqualTo(s.recency(j));
        } else if (v[i] == v[j]) {
          assertThat(s.cell(i)).isEqualTo(s.cell(j));
        }
      }
      assertThat(s.frequency(i)).isBetween(1, bins);
    }
  }

  @Property(tries = 200)
  void with_distinct_values_each_bin_holds_n_over_k_customers_within_one(
      @ForAll @Size(min = 1, max = 300) @UniqueElements
          List<@net.jqwik.api.constraints.DoubleRange(min = 0, max = 1e6) Double> values,
      @ForAll @IntRange(min = 2, max = 9) int bins,
      @ForAll TiePolicy ties) {
    double[] v = array(values);
    RfmScores s = score(v, bins, ties);
    double expected = (double) v.length / bins;
    for (Dimension d : Dimension.values()) {
      for (int size : s.binSizes(d)) {
        assertThat((double) size).isBetween(expected - 1, expected + 1);
      }
    }
  }

  @Property(tries = 200)
  void scores_do_not_depend_on_the_input_order(
      @ForAll("anyValues") List<Double> values, @ForAll long seed, @ForAll TiePolicy ties) {
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
    RfmScores a = score(v, 5, ties);
    RfmScores b = score(shuffled, 5, ties);
    for (int i = 0; i < v.length; i++) {
      assertThat(b.cell(i)).isEqualTo(a.cell(order.get(i)));
    }
  }

  @Property(tries = 200)
  void threshold_scores_count_the_thresholds_reached(@ForAll("anyValues") List<Double> values) {
    double[] v = array(values);
    RfmScorer scorer =
        RfmScorer.builder()
            .recency(Binning.thresholds(10, 100, 1000))
            .frequency(Binning.thresholds(10, 100, 1000))
            .monetary(Binning.thresholds(10, 100, 1000))
            .build();
    RfmScores s = scorer.score(v, v, v);
    for (int i = 0; i < v.length; i++) {
      int reached = (v[i] >= 10 ? 1 : 0) + (v[i] >= 100 ? 1 : 0) + (v[i] >= 1000 ? 1 : 0);
      int within = (v[i] <= 10 ? 1 : 0) + (v[i] <= 100 ? 1 : 0) + (v[i] <= 1000 ? 1 : 0);
      assertThat(s.frequency(i)).isEqualTo(1 + reached);
      assertThat(s.recency(i)).isEqualTo(1 + within);
    }
  }

  @Property(tries = 100)
  void every_row_lands_in_exactly_the_segment_whose_box_holds_its_cell(
      @ForAll("anyValues") List<Double> values) {
    double[] v = array(values);
    double[] days = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      days[i] = v[v.length - 1 - i];
    }
    RfmScores s = RfmScorer.quintiles().score(days, v, v);
    SegmentTable t = SegmentTable.standard();
    RfmSegments seg = t.assign(s);
    int[] sizes = seg.sizes();
    assertThat(java.util.Arrays.stream(sizes).sum()).isEqualTo(v.length);
    for (int i = 0; i < v.length; i++) {
      assertThat(seg.segment(i).contains(s.recency(i), s.frequency(i), s.monetary(i))).isTrue();
    }
  }
}
