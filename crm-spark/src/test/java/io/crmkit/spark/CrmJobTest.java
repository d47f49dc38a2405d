package io.crmkit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.lifecycle.model.BgNbdModel;
import io.crmkit.lifecycle.model.FitResult;
import io.crmkit.lifecycle.model.ModelJson;
import io.crmkit.segmentation.rfm.RfmScorer;
import io.crmkit.segmentation.rfm.RfmSegments;
import io.crmkit.segmentation.rfm.SegmentTable;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrmJobTest {

  private static String cdnowFile() throws URISyntaxException {
    return Path.of(CrmJobTest.class.getResource("data/CDNOW_master.txt").toURI()).toString();
  }

  @Test
  void summary_rfm_fit_and_clv_run_through_main_and_equal_one_jvm(@TempDir Path dir)
      throws Exception {
    SparkTests.spark();
    String summaries = dir.resolve("summaries").toString();
    CrmJob.main(
        new String[] {
          "summary",
          "--transactions",
          cdnowFile(),
          "--layout",
          "cdnow-master",
          "--calibration-end",
          "1997-09-30",
          "--observation-end",
          "1998-06-30",
          "--out",
          summaries
        });
    SummaryOptions options =
        SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, LocalDate.of(1997, 9, 30))
            .withHoldoutUntil(LocalDate.of(1998, 6, 30));
    CustomerSummaries core = CustomerSummaries.of(SparkTests.cdnowMaster(), options);
    SparkSummariesTest.assertEqual(SparkTests.spark().read().parquet(summaries), core);

    Path model = dir.resolve("bgnbd.json");
    CrmJob.main(
        new String[] {
          "fit", "--model", "bgnbd", "--summary", summaries, "--out", model.toString()
        });
    FitResult<BgNbdModel> jvm = BgNbdModel.fit(core);
    BgNbdModel fitted = ModelJson.read(Files.readString(model), BgNbdModel.class);
    jvm.parameters()
        .forEach(
            (name, v) ->
                assertThat(fitted.parameters().get(name))
                    .as(name)
                    .isCloseTo(v, org.assertj.core.api.Assertions.within(1e-9 * v)));

    String rfm = dir.resolve("rfm").toString();
    CrmJob.main(new String[] {"rfm", "--summary", summaries, "--out", rfm});
    RfmSegments expected = SegmentTable.standard().assign(RfmScorer.quintiles().score(core));
    Map<String, Row> rows = SparkBtydTest.byId(SparkTests.spark().read().parquet(rfm));
    for (int i = 0; i < core.size(); i++) {
      assertThat((String) rows.get(core.id(i)).getAs(SparkRfm.SEGMENT))
          .isEqualTo(expected.segmentName(i));
    }

    Path spend = dir.resolve("gg.json");
    Files.writeString(
        spend, "{\"model\":\"gammagamma\",\"parameters\":{\"p\":6.25,\"q\":3.74,\"v\":15.44}}");
    String clv = dir.resolve("clv").toString();
    CrmJob.main(
        new String[] {
          "clv",
          "--model",
          model.toString(),
          "--spend-model",
          spend.toString(),
          "--summary",
          summaries,
          "--horizon-months",
          "12",
          "--out",
          clv
        });
    Dataset<Row> scored = SparkTests.spark().read().parquet(clv);
    assertThat(scored.count()).isEqualTo(23_570);
    assertThat(scored.columns())
        .contains(
            SparkBtyd.P_ALIVE, SparkBtyd.EXPECTED_PURCHASES, SparkBtyd.CLV, SparkBtyd.CHURN_BAND);
  }

  @Test
  void csv_transactions_with_a_date_pattern_and_kinds_are_read_by_name(@TempDir Path dir)
      throws Exception {
    SparkTests.spark();
    Path csv = dir.resolve("tx.csv");
    Files.writeString(
        csv,
        "customer_id,day,value,kind\na,2024-01-01,10.00,purchase\na,2024-01-01,5.00,purchase\n"
            + "a,2024-02-01,7.50,purchase\na,2024-02-03,2.50,refund\nb,2024-03-01,1.00,purchase\n");
    String out = dir.resolve("s").toString();
    CrmJob.main(
        new String[] {
          "summary",
          "--transactions",
          csv.toString(),
          "--date-column",
          "day",
          "--amount-column",
          "value",
          "--kind-column",
          "kind",
          "--timestamp-format",
          "yyyy-MM-dd",
          "--unit",
          "days",
          "--calibration-end",
          "2024-03-31",
          "--out",
          out
        });
    Map<String, Row> rows = SparkBtydTest.byId(SparkTests.spark().read().parquet(out));

    Row a = rows.get("a");
    assertThat((int) a.getAs(SummaryColumns.FREQUENCY)).isEqualTo(1);
    assertThat((double) a.getAs(SummaryColumns.RECENCY)).isEqualTo(31.0);
    assertThat((double) a.getAs(SummaryColumns.TOTAL_SPEND)).isEqualTo(20.0);
    assertThat((int) a.getAs(SummaryColumns.TRANSACTION_COUNT)).isEqualTo(3);
    assertThat(rows).containsKey("b").hasSize(2);
  }

  @Test
  void a_missing_required_option_fails_the_job() {
    assertThatThrownBy(
            () -> CrmJob.main(new String[] {"summary", "--transactions", "x.csv", "--out", "y"}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exit code 2");
  }
}
