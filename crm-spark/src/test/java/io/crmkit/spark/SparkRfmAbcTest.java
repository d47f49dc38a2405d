package io.crmkit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.segmentation.abc.AbcClassifier;
import io.crmkit.segmentation.abc.AbcResult;
import io.crmkit.segmentation.abc.SummaryMeasure;
import io.crmkit.segmentation.rfm.Binning;
import io.crmkit.segmentation.rfm.MonetaryMeasure;
import io.crmkit.segmentation.rfm.RfmScorer;
import io.crmkit.segmentation.rfm.RfmScores;
import io.crmkit.segmentation.rfm.RfmSegments;
import io.crmkit.segmentation.rfm.SegmentTable;
import io.crmkit.segmentation.rfm.TiePolicy;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;

class SparkRfmAbcTest {

  private static Dataset<Row> cdnow;
  private static Dataset<Row> synthetic;
  private static CustomerSummaries syntheticCore;

  /** CDNOW master to its end, in weeks. */
  private static synchronized Dataset<Row> cdnow() {
    if (cdnow == null) {
      cdnow =
          SparkSummaries.of(
                  SparkTests.numericDataset(SparkTests.cdnowMaster()),
                  TransactionSchema.standard(),
                  SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, LocalDate.of(1998, 6, 30)))
              .cache();
    }
    return cdnow;
  }

  private static CustomerSummaries cdnowCore() {
    return CustomerSummaries.of(
        SparkTests.cdnowMaster(),
        SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, LocalDate.of(1998, 6, 30)));
  }

  /**
   * 200,000 seeded synthetic summaries in days, made on the cluster from hashes of the id (so they
   * are the same whenever evaluated): many ties in recency and frequency, money in cents.
   */
  private static synchronized Dataset<Row> synthetic200k() {
    if (synthetic == null) {
      Dataset<Row> d =
          SparkTests.spark()
              .range(200_000)
              .toDF(SummaryColumns.ID)
              .withColumn(
                  "h1",
                  functions.pmod(
                      functions.xxhash64(functions.col("id"), functions.lit(1)),
                      functions.lit(1_000_000L)))
              .withColumn(
                  "h2",
                  functions.pmod(
                      functions.xxhash64(functions.col("id"), functions.lit(2)),
                      functions.lit(1_000_000L)))
              .withColumn(
                  "h3",
                  functions.pmod(
                      functions.xxhash64(functions.col("id"), functions.lit(3)),
                      functions.lit(1_000_000L)));
      Dataset<Row> s =
          d.withColumn(
                  SummaryColumns.T,
                  functions
                      .floor(functions.col("h1").divide(1_000_000.0).multiply(730))
                      .plus(1)
                      .cast("double"))
              .withColumn(
                  SummaryColumns.FREQUENCY,
                  functions
                      .floor(functions.pow(functions.col("h2").divide(1_000_000.0), 3).multiply(12))
                      .cast("int"))
              .withColumn(
                  SummaryColumns.RECENCY,
                  functions
                      .when(functions.col(SummaryColumns.FREQUENCY).equalTo(0), 0.0)
                      .otherwise(
                          functions.floor(
                              functions
                                  .col(SummaryColumns.T)
                                  .multiply(functions.col("h3").divide(1_000_000.0)))))
              .withColumn(
                  SummaryColumns.MONETARY_VALUE,
                  functions
                      .when(functions.col(SummaryColumns.FREQUENCY).equalTo(0), 0.0)
                      .otherwise(functions.round(functions.col("h3").divide(1000.0).plus(1), 2)))
              .withColumn(
                  SummaryColumns.TOTAL_SPEND,
                  functions.round(
                      functions
                          .col("h1")
                          .divide(997.0)
                          .plus(
                              functions
                                  .col(SummaryColumns.MONETARY_VALUE)
                                  .multiply(functions.col(SummaryColumns.FREQUENCY))),
                      2))
              .withColumn(
                  SummaryColumns.TRANSACTION_COUNT,
                  functions
                      .col(SummaryColumns.FREQUENCY)
                      .plus(functions.pmod(functions.col("h2"), functions.lit(3)))
                      .plus(1)
                      .cast("int"))
              .withColumn(
                  SummaryColumns.FIRST_PURCHASE,
                  functions.date_sub(
                      functions.lit("2020-12-31").cast("date"),
                      functions.col(SummaryColumns.T).cast("int")))
              .withColumn(
                  SummaryColumns.LAST_PURCHASE,
                  functions.date_add(
                      functions.col(SummaryColumns.FIRST_PURCHASE),
                      functions.col(SummaryColumns.RECENCY).cast("int")))
              .drop("h1", "h2", "h3");
      synthetic = s.cache();
      syntheticCore = SparkSummaries.collect(synthetic, TimeScale.DAYS);
    }
    return synthetic;
  }

  @Test
  void exact_rfm_segments_on_cdnow_master_equal_crm_segmentation_for_every_customer() {
    assertExactRfmEqual(cdnow(), cdnowCore(), TimeScale.WEEKS, RfmScorer.quintiles());
  }

  @Test
  void exact_rfm_with_middle_rank_ties_and_mean_repeat_value_equals_crm_segmentation() {
    RfmScorer scorer =
        RfmScorer.builder()
            .ties(TiePolicy.MIDDLE_RANK)
            .monetaryMeasure(MonetaryMeasure.MEAN_REPEAT_VALUE)
            .build();
    assertExactRfmEqual(cdnow(), cdnowCore(), TimeScale.WEEKS, scorer);
  }

  @Test
  void exact_rfm_with_highest_rank_ties_and_recency_thresholds_equals_crm_segmentation() {
    RfmScorer scorer =
        RfmScorer.builder()
            .ties(TiePolicy.HIGHEST_RANK)
            .recency(Binning.thresholds(30, 90, 180, 365))
            .build();
    assertExactRfmEqual(cdnow(), cdnowCore(), TimeScale.WEEKS, scorer);
  }

  @Test
  void exact_rfm_segments_on_200k_synthetic_customers_equal_crm_segmentation() {
    Dataset<Row> s = synthetic200k();
    assertExactRfmEqual(s, syntheticCore, TimeScale.DAYS, RfmScorer.quintiles());
  }

  @Test
  void approximate_cuts_lie_within_the_stated_rank_error_and_change_few_scores() {
    Dataset<Row> s = synthetic200k();
    double epsilon = 0.005;
    RfmScorer scorer = RfmScorer.quintiles();
    SparkRfm.Cuts approx = SparkRfm.approximateCuts(s, TimeScale.DAYS, scorer, epsilon);
    RfmScores exact = scorer.score(syntheticCore);
    int n = syntheticCore.size();
    long slack = (long) Math.ceil(epsilon * n) + 1;

    double[] money = syntheticCore.totalSpends().clone();
    double[] sorted = money.clone();
    Arrays.sort(sorted);
    double[] cuts = approx.monetary();
    long ties = 0;
    for (int s2 = 2; s2 <= 5; s2++) {
      long m = ((long) (s2 - 1) * n + 4) / 5;
      double v =
          Math.nextDown(cuts[s2 - 2]); // lowest-rank ties: the cut is just above the chosen value
      int lo = lowerBound(sorted, v);
      int hi = lowerBound(sorted, Math.nextUp(v)) - 1;
      assertThat(Math.max(0L, Math.max(lo - (m - 1), (m - 1) - hi)))
          .as("rank error of cut %d", s2)
          .isLessThanOrEqualTo(slack);
      ties += hi - lo + 1;
    }
    Map<String, Row> scored =
        SparkBtydTest.byId(
            SparkRfm.score(s, TimeScale.DAYS, scorer, SegmentTable.standard(), approx));
    long differing = 0;
    for (int i = 0; i < n; i++) {
      int ms = scored.get(syntheticCore.id(i)).getAs(SparkRfm.M);
      assertThat(Math.abs(ms - exact.monetary(i))).isLessThanOrEqualTo(1);
      differing += ms != exact.monetary(i) ? 1 : 0;
    }
    assertThat(differing).isLessThanOrEqualTo(4 * slack + ties);
  }

  @Test
  void abc_classes_by_value_and_by_count_equal_crm_segmentation_on_cdnow_and_200k() {
    for (AbcClassifier c :
        new AbcClassifier[] {AbcClassifier.byValue(), AbcClassifier.byCustomerCount()}) {
      assertAbcEqual(cdnow(), cdnowCore(), c, SummaryMeasure.TOTAL_SPEND);
      assertAbcEqual(synthetic200k(), syntheticCore, c, SummaryMeasure.TOTAL_SPEND);
    }
    assertAbcEqual(
        cdnow(), cdnowCore(), AbcClassifier.byValue(0.5, 0.3), SummaryMeasure.TRANSACTION_COUNT);
  }

  private static void assertAbcEqual(
      Dataset<Row> spark, CustomerSummaries core, AbcClassifier c, SummaryMeasure m) {
    AbcResult expected = c.classify(core, m);
    Map<String, Row> actual = SparkBtydTest.byId(SparkAbc.classify(spark, c, m));
    for (int i = 0; i < core.size(); i++) {
      assertThat((String) actual.get(core.id(i)).getAs(SparkAbc.CLASS))
          .as("customer %s, %s", core.id(i), c)
          .isEqualTo(expected.classOf(i).name());
    }
  }

  private static void assertExactRfmEqual(
      Dataset<Row> spark, CustomerSummaries core, TimeScale unit, RfmScorer scorer) {
    RfmSegments expected = SegmentTable.standard().assign(scorer.score(core));
    Map<String, Row> actual =
        SparkBtydTest.byId(SparkRfm.exact(spark, unit, scorer, SegmentTable.standard()));
    assertThat(actual).hasSize(core.size());
    for (int i = 0; i < core.size(); i++) {
      Row r = actual.get(core.id(i));
      assertThat((String) r.getAs(SparkRfm.CELL))
          .as("customer %s", core.id(i))
          .isEqualTo(expected.scores().cell(i));
      assertThat((String) r.getAs(SparkRfm.SEGMENT))
          .as("customer %s", core.id(i))
          .isEqualTo(expected.segmentName(i));
    }
  }

  private static int lowerBound(double[] a, double v) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
