package io.crmkit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.lifecycle.churn.RiskBands;
import io.crmkit.lifecycle.model.BgBbModel;
import io.crmkit.lifecycle.model.BgNbdModel;
import io.crmkit.lifecycle.model.CustomerLifetimeValue;
import io.crmkit.lifecycle.model.FitResult;
import io.crmkit.lifecycle.model.GammaGammaModel;
import io.crmkit.lifecycle.model.MbgNbdModel;
import io.crmkit.lifecycle.model.ModelFitException;
import io.crmkit.lifecycle.model.ParetoNbdModel;
import io.crmkit.lifecycle.model.SpendData;
import io.crmkit.lifecycle.model.TransactionModel;
import io.crmkit.lifecycle.model.WeightedData;
import io.crmkit.segmentation.rfm.RfmScorer;
import io.crmkit.segmentation.rfm.RfmSegments;
import io.crmkit.segmentation.rfm.SegmentTable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class SparkBtydTest {

  private static final SummaryOptions CDNOW =
      SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, LocalDate.of(1997, 9, 30));

  private static Dataset<Row> cdnow;

  private static synchronized Dataset<Row> cdnowSummaries() {
    if (cdnow == null) {
      cdnow =
          SparkSummaries.of(
                  SparkTests.numericDataset(SparkTests.cdnowMaster()),
                  TransactionSchema.standard(),
                  CDNOW)
              .cache();
    }
    return cdnow;
  }

  private static CustomerSummaries cdnowCore() {
    return CustomerSummaries.of(SparkTests.cdnowMaster(), CDNOW);
  }

  @Test
  void distinct_rows_are_crm_lifecycles_compressed_rows_in_the_same_order() {
    WeightedData spark = SparkBtyd.distinctRows(cdnowSummaries());
    WeightedData jvm = WeightedData.compressed(cdnowCore());

    assertThat(spark.rows()).isEqualTo(jvm.rows());
    for (int i = 0; i < jvm.rows(); i++) {
      assertThat(new double[] {spark.x(i), spark.tx(i), spark.age(i), spark.weight(i)})
          .as("row %d", i)
          .containsExactly(jvm.x(i), jvm.tx(i), jvm.age(i), jvm.weight(i));
    }
  }

  @Test
  void bgnbd_fit_on_cdnow_master_equals_the_one_jvm_fit_to_1e_9() {
    FitResult<? extends TransactionModel> spark = SparkBtyd.fit(cdnowSummaries(), "bgnbd");
    FitResult<BgNbdModel> jvm = BgNbdModel.fit(cdnowCore());

    assertSameParameters(spark, jvm);
  }

  @Test
  void mbgnbd_fit_on_cdnow_master_equals_the_one_jvm_fit_to_1e_9() {
    FitResult<? extends TransactionModel> spark = SparkBtyd.fit(cdnowSummaries(), "mbgnbd");
    FitResult<MbgNbdModel> jvm = MbgNbdModel.fit(cdnowCore());

    assertSameParameters(spark, jvm);
  }

  @Test
  void paretonbd_fit_on_cdnow_master_equals_the_one_jvm_fit_to_1e_9() {
    FitResult<? extends TransactionModel> spark = SparkBtyd.fit(cdnowSummaries(), "paretonbd");
    FitResult<ParetoNbdModel> jvm = ParetoNbdModel.fit(cdnowCore());

    assertSameParameters(spark, jvm);
  }

  @Test
  void bgbb_fit_on_whole_days_equals_the_one_jvm_fit_to_1e_9() {
    // BG/BB needs whole-number (x, t_x, n): CDNOW master's summaries in days are
    SummaryOptions days =
        SummaryOptions.of(ZoneOffset.UTC, TimeScale.DAYS, LocalDate.of(1997, 9, 30));
    Dataset<Row> summaries =
        SparkSummaries.of(
            SparkTests.numericDataset(SparkTests.cdnowMaster()),
            TransactionSchema.standard(),
            days);
    FitResult<? extends TransactionModel> spark = SparkBtyd.fit(summaries, "bgbb");
    FitResult<BgBbModel> jvm =
        BgBbModel.fit(
            WeightedData.compressed(CustomerSummaries.of(SparkTests.cdnowMaster(), days)), 0);

    assertSameParameters(spark, jvm);
  }

  @Test
  void fit_on_text_ids_orders_rows_as_crm_core_orders_text_ids() {
    SparkTests.Synthetic data = SparkTests.synthetic(1_500, 99L);
    SummaryOptions options =
        SummaryOptions.of(ZoneId.of("Asia/Kolkata"), TimeScale.WEEKS, LocalDate.of(2017, 12, 31));
    Dataset<Row> summaries =
        SparkSummaries.of(
            data.dataset(),
            TransactionSchema.of("cust", "epoch", "value").withKind("kind"),
            options);

    assertSameParameters(
        SparkBtyd.fit(summaries, "bgnbd"),
        BgNbdModel.fit(CustomerSummaries.of(data.columns(), options)));
  }

  @Test
  void spend_fit_equals_gamma_gamma_on_the_same_summaries_in_one_jvm() {
    SparkTests.Synthetic data = SparkTests.synthetic(2_000, 5L);
    Dataset<Row> summaries =
        SparkSummaries.of(
            data.dataset(),
            TransactionSchema.of("cust", "epoch", "value").withKind("kind"),
            SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, LocalDate.of(2017, 12, 31)));
    FitResult<GammaGammaModel> spark = SparkBtyd.fitSpend(summaries, 0.0);
    // the one-JVM fit on the same compressed spend rows (GammaGammaModel.fit(summaries) reads one
    // row
    // per customer, whose optimum agrees only to the fit's gradient tolerance)
    FitResult<GammaGammaModel> jvm =
        GammaGammaModel.fit(SpendData.of(SparkSummaries.collect(summaries, TimeScale.WEEKS)), 0);

    assertSameParameters(spark, jvm);
  }

  @Test
  void spend_fit_refuses_a_returning_customer_without_spend_as_crm_lifecycle_does() {
    // CDNOW master has returning customers whose repeat purchases were all $0
    assertThatThrownBy(() -> SparkBtyd.fitSpend(cdnowSummaries(), 0.0))
        .isInstanceOf(ModelFitException.class)
        .hasMessageContaining("repeat purchases but mean spend 0.0");
    assertThatThrownBy(() -> GammaGammaModel.fit(cdnowCore()))
        .isInstanceOf(ModelFitException.class)
        .hasMessageContaining("repeat purchases but mean spend 0.0");
  }

  @Test
  void an_unknown_model_is_refused_with_the_known_ones() {
    assertThatThrownBy(() -> SparkBtyd.fit(cdnowSummaries(), "bgbd"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bgbd")
        .hasMessageContaining("paretonbd");
  }

  @Test
  void scores_equal_crm_lifecycle_on_one_jvm_for_every_customer() {
    Dataset<Row> summaries = cdnowSummaries();
    CustomerSummaries core = cdnowCore();
    BgNbdModel bg = BgNbdModel.of(0.2426, 4.4136, 0.7929, 2.4259);
    GammaGammaModel gg = GammaGammaModel.of(6.25, 3.74, 15.44);
    CustomerLifetimeValue clv = CustomerLifetimeValue.monthsOfWeeklyModel(bg, gg, 12, 0.01);

    Map<String, Row> scored = byId(SparkBtyd.score(summaries, clv, 39.0));

    double[] pAlive = bg.probabilityAlive(core);
    double[] expected = bg.expectedPurchases(39.0, core);
    double[] value = clv.values(core);
    for (int i = 0; i < core.size(); i++) {
      Row r = scored.get(core.id(i));
      assertThat((double) r.getAs(SparkBtyd.P_ALIVE))
          .as("customer %s", core.id(i))
          .isEqualTo(pAlive[i]);
      assertThat((double) r.getAs(SparkBtyd.EXPECTED_PURCHASES))
          .as("customer %s", core.id(i))
          .isEqualTo(expected[i]);
      assertThat((double) r.getAs(SparkBtyd.CLV))
          .as("customer %s", core.id(i))
          .isCloseTo(value[i], within(1e-9 * Math.max(1, value[i])));
    }
  }

  @Test
  void churn_bands_are_the_risk_band_of_one_minus_p_alive() {
    BgNbdModel bg = BgNbdModel.of(0.2426, 4.4136, 0.7929, 2.4259);
    RiskBands bands = RiskBands.standard();
    List<Row> rows =
        SparkBtyd.churnBands(SparkBtyd.score(cdnowSummaries(), bg, 10.0), bands).collectAsList();

    assertThat(rows).hasSize(23_570);
    for (Row r : rows) {
      double p = r.getAs(SparkBtyd.P_ALIVE);
      assertThat((String) r.getAs(SparkBtyd.CHURN_BAND)).isEqualTo(bands.bandOf(1 - p).name());
    }
  }

  @Test
  void migration_counts_every_customer_of_either_snapshot_once_per_cell() {
    SummaryOptions q3 =
        SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, LocalDate.of(1997, 3, 15));
    SummaryOptions q4 =
        SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, LocalDate.of(1997, 12, 31));
    CustomerSummaries before = CustomerSummaries.of(SparkTests.cdnowMaster(), q3);
    CustomerSummaries after = CustomerSummaries.of(SparkTests.cdnowMaster(), q4);
    RfmSegments b = SegmentTable.standard().assign(RfmScorer.quintiles().score(before));
    RfmSegments a = SegmentTable.standard().assign(RfmScorer.quintiles().score(after));

    Map<String, Long> expected = new HashMap<>();
    Map<String, String> beforeSegment = new HashMap<>();
    for (int i = 0; i < before.size(); i++) {
      beforeSegment.put(before.id(i), b.segmentName(i));
    }
    for (int i = 0; i < after.size(); i++) {
      String from = beforeSegment.remove(after.id(i));
      expected.merge((from == null ? "(new)" : from) + " -> " + a.segmentName(i), 1L, Long::sum);
    }
    beforeSegment.values().forEach(from -> expected.merge(from + " -> (gone)", 1L, Long::sum));

    Map<String, Long> actual = new HashMap<>();
    for (Row r :
        SparkBtyd.migration(segments(before, b), segments(after, a), "segment").collectAsList()) {
      actual.put(r.getString(0) + " -> " + r.getString(1), r.getLong(2));
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(expected).containsKey("(new) -> " + a.segmentName(after.size() - 1));
  }

  private static Dataset<Row> segments(CustomerSummaries s, RfmSegments seg) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      rows.add(RowFactory.create(Long.parseLong(s.id(i)), seg.segmentName(i)));
    }
    return SparkTests.spark()
        .createDataFrame(
            rows,
            new StructType()
                .add(SummaryColumns.ID, DataTypes.LongType)
                .add("segment", DataTypes.StringType));
  }

  static Map<String, Row> byId(Dataset<Row> d) {
    Map<String, Row> m = new HashMap<>();
    for (Row r : d.collectAsList()) {
      Object id = r.getAs(SummaryColumns.ID);
      m.put(String.valueOf(id), r);
    }
    return m;
  }

  static void assertSameParameters(FitResult<?> spark, FitResult<?> jvm) {
    assertThat(spark.parameters().keySet()).containsExactlyElementsOf(jvm.parameters().keySet());
    jvm.parameters()
        .forEach(
            (name, value) ->
                assertThat(spark.parameters().get(name))
                    .as(name)
                    .isCloseTo(value, within(1e-9 * Math.max(1, Math.abs(value)))));
    assertThat(spark.logLikelihood())
        .isCloseTo(jvm.logLikelihood(), within(1e-9 * Math.abs(jvm.logLikelihood())));
  }
}
