package io.crmkit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.PurchasePeriod;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionColumns;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class SparkSummariesTest {

  private static final SummaryOptions CDNOW_OPTIONS =
      SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, LocalDate.of(1997, 9, 30))
          .withHoldoutUntil(LocalDate.of(1998, 6, 30));

  @Test
  void cdnow_master_summaries_equal_crm_core_for_every_customer() {
    TransactionColumns cols = SparkTests.cdnowMaster();
    CustomerSummaries expected = CustomerSummaries.of(cols, CDNOW_OPTIONS);
    Dataset<Row> spark =
        SparkSummaries.of(
            SparkTests.numericDataset(cols), TransactionSchema.standard(), CDNOW_OPTIONS);

    assertThat(expected.size()).isEqualTo(23_570);
    assertEqual(spark, expected);
  }

  @Test
  void date_typed_timestamps_are_local_midnight_in_the_zone_as_crm_core_reads_dates() {
    TransactionColumns cols = SparkTests.cdnowMaster();
    Dataset<Row> tx =
        SparkTests.numericDataset(cols)
            .withColumn(
                "day", functions.to_date(functions.timestamp_seconds(functions.col("timestamp"))));
    Dataset<Row> spark =
        SparkSummaries.of(tx, TransactionSchema.of("customer_id", "day", "amount"), CDNOW_OPTIONS);

    assertEqual(spark, CustomerSummaries.of(cols, CDNOW_OPTIONS));
  }

  @Test
  void synthetic_summaries_in_a_zone_with_daylight_saving_equal_crm_core() {
    SparkTests.Synthetic data = SparkTests.synthetic(4_000, 20_261_202L);
    SummaryOptions options =
        SummaryOptions.of(ZoneId.of("America/New_York"), TimeScale.DAYS, LocalDate.of(2017, 6, 30))
            .withHoldoutUntil(LocalDate.of(2018, 3, 31));
    TransactionSchema schema = TransactionSchema.of("cust", "epoch", "value").withKind("kind");

    Dataset<Row> spark = SparkSummaries.of(data.dataset(), schema, options);

    assertEqual(spark, CustomerSummaries.of(data.columns(), options));
  }

  @Test
  void weekly_purchase_periods_in_months_equal_crm_core() {
    SparkTests.Synthetic data = SparkTests.synthetic(2_000, 7L);
    SummaryOptions options =
        SummaryOptions.of(ZoneId.of("Europe/Berlin"), TimeScale.MONTHS, LocalDate.of(2017, 12, 31))
            .withPurchasePeriod(PurchasePeriod.WEEK);
    TransactionSchema schema = TransactionSchema.of("cust", "epoch", "value").withKind("kind");

    assertEqual(
        SparkSummaries.of(data.dataset(), schema, options),
        CustomerSummaries.of(data.columns(), options));
  }

  @Test
  void accounting_counts_every_transaction_as_crm_core_does() {
    SparkTests.Synthetic data = SparkTests.synthetic(3_000, 11L);
    SummaryOptions options =
        SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, LocalDate.of(2016, 12, 31))
            .withHoldoutUntil(LocalDate.of(2017, 6, 30));
    TransactionSchema schema = TransactionSchema.of("cust", "epoch", "value").withKind("kind");

    assertThat(SparkSummaries.accounting(data.dataset(), schema, options))
        .isEqualTo(CustomerSummaries.of(data.columns(), options).accounting().orElseThrow());
  }

  @Test
  void a_negative_amount_fails_naming_the_column_the_customer_and_the_value() {
    StructType schema =
        new StructType()
            .add("customer_id", DataTypes.StringType)
            .add("timestamp", DataTypes.LongType)
            .add("amount", DataTypes.DoubleType);
    Dataset<Row> tx =
        SparkTests.spark()
            .createDataFrame(
                List.of(RowFactory.create("a", 0L, 5.0), RowFactory.create("b", 10L, -2.5)),
                schema);

    assertThatThrownBy(
            () ->
                SparkSummaries.of(
                        tx,
                        TransactionSchema.standard(),
                        SummaryOptions.of(
                            ZoneOffset.UTC, TimeScale.DAYS, LocalDate.of(1970, 1, 31)))
                    .collectAsList())
        .rootCause()
        .hasMessageContaining("amount column 'amount'")
        .hasMessageContaining("customer 'b'")
        .hasMessageContaining("-2.5");
  }

  @Test
  void a_missing_column_is_named_with_the_columns_there_are() {
    assertThatThrownBy(
            () ->
                SparkSummaries.of(
                    SparkTests.numericDataset(SparkTests.cdnowMaster()),
                    TransactionSchema.of("customer", "timestamp", "amount"),
                    CDNOW_OPTIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("customer id column 'customer'")
        .hasMessageContaining("customer_id");
  }

  /**
   * Every customer of {@code expected} has the same summary in {@code spark}, and no other row is
   * there.
   */
  static void assertEqual(Dataset<Row> spark, CustomerSummaries expected) {
    Map<String, Row> byId = new HashMap<>();
    for (Row r : spark.collectAsList()) {
      Object id = r.getAs(SummaryColumns.ID);
      byId.put(String.valueOf(id), r);
    }
    assertThat(byId).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      Row r = byId.get(expected.id(i));
      assertThat(r).as("customer %s", expected.id(i)).isNotNull();
      String who = "customer " + expected.id(i);
      assertThat((int) r.getAs(SummaryColumns.FREQUENCY)).as(who).isEqualTo(expected.frequency(i));
      assertThat((double) r.getAs(SummaryColumns.RECENCY)).as(who).isEqualTo(expected.recency(i));
      assertThat((double) r.getAs(SummaryColumns.T)).as(who).isEqualTo(expected.age(i));
      assertThat((double) r.getAs(SummaryColumns.MONETARY_VALUE))
          .as(who)
          .isCloseTo(
              expected.monetaryValue(i), within(1e-9 * Math.max(1, expected.monetaryValue(i))));
      assertThat((double) r.getAs(SummaryColumns.TOTAL_SPEND))
          .as(who)
          .isCloseTo(
              expected.totalSpend(i), within(1e-9 * Math.max(1, Math.abs(expected.totalSpend(i)))));
      assertThat((int) r.getAs(SummaryColumns.TRANSACTION_COUNT))
          .as(who)
          .isEqualTo(expected.transactionCount(i));
      assertThat(((java.sql.Date) r.getAs(SummaryColumns.FIRST_PURCHASE)).toLocalDate())
          .as(who)
          .isEqualTo(expected.firstPurchase(i).orElseThrow());
      assertThat(((java.sql.Date) r.getAs(SummaryColumns.LAST_PURCHASE)).toLocalDate())
          .as(who)
          .isEqualTo(expected.lastPurchase(i).orElseThrow());
      if (expected.hasHoldout()) {
        assertThat((int) r.getAs(SummaryColumns.FREQUENCY_HOLDOUT))
            .as(who)
            .isEqualTo(expected.holdoutFrequency(i));
        assertThat((double) r.getAs(SummaryColumns.DURATION_HOLDOUT))
            .isEqualTo(expected.holdoutDuration());
      }
    }
  }
}
