package io.crmkit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.segmentation.abc.AbcClassifier;
import io.crmkit.segmentation.abc.AbcResult;
import io.crmkit.segmentation.abc.SummaryMeasure;
import io.crmkit.segmentation.rfm.RfmScorer;
import io.crmkit.segmentation.rfm.RfmScores;
import io.crmkit.segmentation.rfm.ScoreBox;
import io.crmkit.segmentation.rfm.SegmentDefinition;
import io.crmkit.segmentation.rfm.SegmentTable;
import io.crmkit.segmentation.rfm.TiePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Invariants of the distributed cuts: whatever the values and ties, the scores are
 * crm-segmentation's.
 */
class SparkRfmProperties {

  private static final StructType SCHEMA = SparkSummaries.outputSchema(true, false);

  @Property(tries = 8)
  void exact_quantile_scores_equal_crm_segmentation_for_any_ties(
      @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 6) Integer> frequencies,
      @ForAll @IntRange(min = 2, max = 9) int bins,
      @ForAll TiePolicy ties) {
    Dataset<Row> spark = dataset(frequencies);
    CustomerSummaries core = SparkSummaries.collect(spark, TimeScale.DAYS);
    RfmScorer scorer = RfmScorer.builder().bins(bins).ties(ties).build();
    RfmScores expected = scorer.score(core);

    SparkRfm.Cuts cuts = SparkRfm.exactCuts(spark, TimeScale.DAYS, scorer);
    Map<String, Row> actual =
        SparkBtydTest.byId(
            SparkRfm.score(
                spark,
                TimeScale.DAYS,
                scorer,
                SegmentTable.of(
                    bins,
                    bins,
                    bins,
                    List.of(
                        SegmentDefinition.of(
                            "all", "none", ScoreBox.of(1, bins, 1, bins, 1, bins)))),
                cuts));
    for (int i = 0; i < core.size(); i++) {
      assertThat((String) actual.get(core.id(i)).getAs(SparkRfm.CELL)).isEqualTo(expected.cell(i));
    }
  }

  @Property(tries = 8)
  void abc_classes_equal_crm_segmentation_for_any_values(
      @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 6) Integer> frequencies) {
    Dataset<Row> spark = dataset(frequencies);
    CustomerSummaries core = SparkSummaries.collect(spark, TimeScale.DAYS);
    AbcResult expected = AbcClassifier.byValue().classify(core, SummaryMeasure.TOTAL_SPEND);
    Map<String, Row> actual =
        SparkBtydTest.byId(
            SparkAbc.classify(spark, AbcClassifier.byValue(), SummaryMeasure.TOTAL_SPEND));
    for (int i = 0; i < core.size(); i++) {
      assertThat((String) actual.get(core.id(i)).getAs(SparkAbc.CLASS))
          .isEqualTo(expected.classOf(i).name());
    }
  }

  /** Summaries with many ties: frequency f, recency and spend from it. */
  private static Dataset<Row> dataset(List<Integer> frequencies) {
    List<Row> rows = new ArrayList<>();
    java.sql.Date day = java.sql.Date.valueOf("2020-01-01");
    for (int i = 0; i < frequencies.size(); i++) {
      int f = frequencies.get(i);
      double recency = f == 0 ? 0 : 10.0 * (i % 3 + f);
      rows.add(
          RowFactory.create(
              (long) i,
              f,
              recency,
              100.0,
              f == 0 ? 0.0 : 5.0 * (i % 2 + 1),
              12.5 * f + (i % 4),
              f + 1,
              day,
              day));
    }
    return SparkTests.spark().createDataFrame(rows, SCHEMA).coalesce(2);
  }
}
