package io.crmkit.segmentation.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.CustomerSummary;
import io.crmkit.core.summary.TimeScale;
import org.junit.jupiter.api.Test;

class RfmScorerTest {

  static double[] seq(double... v) {
    return v;
  }

  @Test
  void ten_distinct_values_fill_five_bins_with_two_each() {
    double[] v = seq(10, 1, 9, 2, 8, 3, 7, 4, 6, 5);
    RfmScores s = RfmScorer.quintiles().score(v, v, v);
    assertThat(s.binSizes(Dimension.FREQUENCY)).containsExactly(2, 2, 2, 2, 2);
    assertThat(s.frequency(1)).isEqualTo(1); // value 1
    assertThat(s.frequency(0)).isEqualTo(5); // value 10
    assertThat(s.monetary(9)).isEqualTo(3); // value 5: rank 4 → floor(4·5/10)+1
  }

  @Test
  void fewer_days_since_last_purchase_score_higher_recency() {
    double[] days = seq(1, 400, 30, 200, 90);
    double[] ones = seq(1, 1, 1, 1, 1);
    RfmScores s = RfmScorer.quintiles().score(days, ones, ones);
    assertThat(new int[] {s.recency(0), s.recency(2), s.recency(4), s.recency(3), s.recency(1)})
        .containsExactly(5, 4, 3, 2, 1);
  }

  @Test
  void tie_policies_move_a_tie_group_but_never_split_it() {
    double[] v = seq(1, 1, 1, 1, 1, 1, 2, 3, 4, 5);
    double[] days = new double[10];
    assertThat(
            RfmScorer.builder()
                .ties(TiePolicy.LOWEST_RANK)
                .build()
                .score(days, v, v)
                .binSizes(Dimension.FREQUENCY))
        .containsExactly(6, 0, 0, 2, 2);
    assertThat(
            RfmScorer.builder()
                .ties(TiePolicy.MIDDLE_RANK)
                .build()
                .score(days, v, v)
                .binSizes(Dimension.FREQUENCY))
        .containsExactly(0, 6, 0, 2, 2);
    assertThat(
            RfmScorer.builder()
                .ties(TiePolicy.HIGHEST_RANK)
                .build()
                .score(days, v, v)
                .binSizes(Dimension.FREQUENCY))
        .containsExactly(0, 0, 6, 2, 2);
  }

  @Test
  void all_equal_recency_gets_one_score() {
    double[] days = seq(7, 7, 7, 7);
    RfmScores s = RfmScorer.quintiles().score(days, days, days);
    assertThat(s.binSizes(Dimension.RECENCY)).containsExactly(4, 0, 0, 0, 0);
  }

  @Test
  void fixed_thresholds_score_frequency_upwards_and_recency_within_days() {
    RfmScorer scorer =
        RfmScorer.builder()
            .recency(Binning.thresholds(30, 90))
            .frequency(Binning.thresholds(2, 5))
            .monetary(Binning.thresholds(100))
            .build();
    RfmScores s =
        scorer.score(seq(0, 30, 31, 90, 91), seq(1, 2, 4, 5, 9), seq(99.99, 100, 0, 500, 1));
    assertThat(s.recencyScores()).containsExactly(3, 3, 2, 2, 1);
    assertThat(s.frequencyScores()).containsExactly(1, 2, 2, 3, 3);
    assertThat(s.monetaryScores()).containsExactly(1, 2, 1, 2, 1);
    assertThat(s.cell(0)).isEqualTo("311");
    assertThat(s.cellCode(3)).isEqualTo(232);
  }

  @Test
  void bins_may_differ_per_dimension() {
    double[] v = seq(1, 2, 3, 4, 5, 6);
    RfmScores s =
        RfmScorer.builder()
            .recency(Binning.quantiles(3))
            .frequency(Binning.quantiles(2))
            .build()
            .score(v, v, v);
    assertThat(s.binSizes(Dimension.RECENCY)).containsExactly(2, 2, 2);
    assertThat(s.binSizes(Dimension.FREQUENCY)).containsExactly(3, 3);
    assertThat(s.binSizes(Dimension.MONETARY)).hasSize(5);
  }

  @Test
  void scores_summaries_with_recency_in_days_and_total_spend() {
    CustomerSummaries sums =
        CustomerSummaries.builder(TimeScale.WEEKS)
            .add(row("1", 0, 0, 10, 0, 20, 1))
            .add(row("2", 3, 8, 10, 30, 110, 4))
            .add(row("3", 1, 2, 3, 50, 60, 3))
            .build();
    RfmScores s = RfmScorer.quantiles(3).score(sums);
    assertThat(s.recencyDays(0)).isCloseTo(70, within(1e-9));
    assertThat(s.recencyDays(1)).isCloseTo(14, within(1e-9));
    assertThat(s.recencyDays(2)).isCloseTo(7, within(1e-9));
    assertThat(s.recencyScores()).containsExactly(1, 2, 3);
    assertThat(s.frequencyScores()).containsExactly(1, 3, 2);
    assertThat(s.monetaryScores()).containsExactly(1, 3, 2);
    assertThat(s.value(1)).isEqualTo(110);

    RfmScores mean =
        RfmScorer.builder()
            .bins(3)
            .monetaryMeasure(MonetaryMeasure.MEAN_TRANSACTION_VALUE)
            .frequencyMeasure(FrequencyMeasure.PURCHASE_PERIODS)
            .build()
            .score(sums);
    assertThat(mean.monetaryValue(1)).isCloseTo(27.5, within(1e-12));
    assertThat(mean.frequencyValue(1)).isEqualTo(4);
    // 20, 27.5, 20: the two 20s tie at ranks 0-1 and share score 1; 27.5 at rank 2 scores
    // floor(2·3/3)+1 = 3
    assertThat(mean.monetaryScores()).containsExactly(1, 3, 1);
  }

  static CustomerSummary row(
      String id, int x, double tx, double t, double zbar, double total, int count) {
    return CustomerSummary.of(
        io.crmkit.core.customer.CustomerId.of(id), x, tx, t, zbar, total, count);
  }

  @Test
  void bad_input_is_refused_with_the_field_and_row() {
    RfmScorer q = RfmScorer.quintiles();
    assertThatThrownBy(() -> q.score(seq(1, -1), seq(1, 1), seq(1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recencyDays")
        .hasMessageContaining("row 1");
    assertThatThrownBy(() -> q.score(seq(1, 1), seq(1, Double.NaN), seq(1, 1)))
        .hasMessageContaining("frequencies")
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> q.score(seq(1, 1), seq(1), seq(1, 1)))
        .hasMessageContaining("equal lengths");
    assertThatThrownBy(() -> Binning.quantiles(10))
        .hasMessageContaining("bins must be between 2 and 9 but was: 10");
    assertThatThrownBy(() -> Binning.thresholds(5, 2)).hasMessageContaining("strictly ascending");
    assertThatThrownBy(() -> Binning.thresholds()).hasMessageContaining("thresholds must number");
  }

  @Test
  void selection_and_sorting_agree_on_a_large_population_with_heavy_ties() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    double[] v = new double[200_000];
    for (int i = 0; i < v.length; i++) {
      // 30% at one price, the rest spread with cents: ties inside and across the quantile
      // boundaries
      v[i] = random.nextInt(10) < 3 ? 9.99 : random.nextInt(100_000) / 100.0 + 0.001;
    }
    for (TiePolicy ties : new TiePolicy[] {TiePolicy.LOWEST_RANK, TiePolicy.HIGHEST_RANK}) {
      for (int bins = 2; bins <= 9; bins++) {
        byte[] a = new byte[v.length];
        byte[] b = new byte[v.length];
        Scoring.score(v, Scoring.quantileCutsBySelection(v, bins, ties), a);
        Scoring.score(v, Scoring.quantileCutsBySorting(v, bins, ties), b);
        assertThat(a).as("%s, %d bins", ties, bins).containsExactly(b);
      }
    }
  }

  @Test
  void large_whole_numbers_are_scored_by_selection_not_counting() {
    double[] v = {1e12, 1e12 + 1, 1e12 + 2, 1e12 + 3, 1e12 + 4};
    assertThat(RfmScorer.quintiles().score(v, v, v).monetaryScores())
        .containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void empty_population_scores_to_empty_columns() {
    RfmScores s = RfmScorer.quintiles().score(new double[0], new double[0], new double[0]);
    assertThat(s.size()).isZero();
    assertThat(SegmentTable.standard().assign(s).report())
        .allSatisfy(r -> assertThat(r.customers()).isZero());
  }

  @Test
  void to_string_shows_bins_and_rows() {
    double[] v = seq(3, 1, 2);
    assertThat(RfmScorer.quintiles().score(v, v, v).toString())
        .contains("RfmScores[3 rows")
        .contains("bin sizes");
    assertThat(RfmScorer.quintiles().toString())
        .contains("5 quantile bins")
        .contains("TOTAL_SPEND");
  }
}
