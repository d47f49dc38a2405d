package io.crmkit.examples.cli;

import static io.crmkit.examples.cli.CliTestSupport.crm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmkit.core.io.SummaryCsv;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.examples.data.Datasets;
import io.crmkit.segmentation.abc.AbcClassReport;
import io.crmkit.segmentation.abc.AbcClassifier;
import io.crmkit.segmentation.abc.AbcResult;
import io.crmkit.segmentation.abc.SummaryMeasure;
import io.crmkit.segmentation.rfm.RfmScorer;
import io.crmkit.segmentation.rfm.RfmSegments;
import io.crmkit.segmentation.rfm.SegmentReport;
import io.crmkit.segmentation.rfm.SegmentTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** crm rfm and crm abc against the segmentation library's own results. */
class SegmentationCommandsTest {

  @TempDir Path dir;

  /**
   * The JSON of a run on a published summary, whose only stderr line is the note on what total
   * spend means.
   */
  static JsonNode withTotalsNote(CliTestSupport.Result r) throws IOException {
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err())
        .satisfiesAnyOf(
            e -> assertThat(e).isEmpty(),
            e ->
                assertThat(e.lines())
                    .singleElement()
                    .asString()
                    .startsWith("crm: ")
                    .contains("no total_spend"));
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
  }

  @Test
  void rfm_rows_equal_the_library_scores_and_segments() throws IOException {
    Path summary = Datasets.copyTo("cdnow_customers_summary_with_transactions.csv", dir);
    JsonNode rows = withTotalsNote(crm("rfm", "--summary", summary.toString(), "--json"));
    CustomerSummaries s = SummaryCsv.read(summary, TimeScale.WEEKS);
    RfmSegments own = SegmentTable.standard().assign(RfmScorer.quintiles().score(s));
    assertThat(rows).hasSize(s.size());
    for (int i = 0; i < s.size(); i++) {
      JsonNode r = rows.get(i);
      assertThat(r.get("id").asText()).isEqualTo(s.id(i));
      assertThat(r.get("r").asInt()).isEqualTo(own.scores().recency(i));
      assertThat(r.get("f").asInt()).isEqualTo(own.scores().frequency(i));
      assertThat(r.get("m").asInt()).isEqualTo(own.scores().monetary(i));
      assertThat(r.get("cell").asText()).isEqualTo(own.scores().cell(i));
      assertThat(r.get("segment").asText()).isEqualTo(own.segmentName(i));
    }
  }

  @Test
  void rfm_out_writes_rows_and_prints_segment_totals() throws IOException {
    Path summary = Datasets.copyTo("cdnow_customers_summary_with_transactions.csv", dir);
    Path out = dir.resolve("rfm.csv");
    CliTestSupport.Result r = crm("rfm", "--summary", summary.toString(), "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(2358).first().isEqualTo("id,r,f,m,cell,segment");
    List<String> totals = r.out().lines().toList();
    assertThat(totals.get(0))
        .isEqualTo("segment,customers,share,value,value_share,mean_recency_days,action");
    List<SegmentReport> own =
        SegmentTable.standard()
            .assign(RfmScorer.quintiles().score(SummaryCsv.read(summary, TimeScale.WEEKS)))
            .report();
    assertThat(totals).hasSize(own.size() + 1);
    long sum = 0;
    for (int k = 0; k < own.size(); k++) {
      String[] cells = totals.get(k + 1).split(",", -1);
      assertThat(cells[0]).isEqualTo(own.get(k).name());
      assertThat(Integer.parseInt(cells[1])).isEqualTo(own.get(k).customers());
      sum += Integer.parseInt(cells[1]);
    }
    assertThat(sum).isEqualTo(2357);
  }

  @Test
  void abc_rows_and_totals_equal_the_library() throws IOException {
    Path summary = Datasets.copyTo("cdnow_customers_summary_with_transactions.csv", dir);
    CustomerSummaries s = SummaryCsv.read(summary, TimeScale.WEEKS);
    for (String by : new String[] {"total", "monetary"}) {
      AbcResult own =
          AbcClassifier.byValue()
              .classify(
                  s,
                  by.equals("total") ? SummaryMeasure.TOTAL_SPEND : SummaryMeasure.MONETARY_VALUE);
      JsonNode rows =
          withTotalsNote(crm("abc", "--summary", summary.toString(), "--by", by, "--json"));
      assertThat(rows).hasSize(s.size());
      for (int i = 0; i < s.size(); i++) {
        assertThat(rows.get(i).get("value").asDouble()).isEqualTo(own.value(i));
        assertThat(rows.get(i).get("class").asText()).isEqualTo(own.classOf(i).name());
      }
      JsonNode totals =
          withTotalsNote(
              crm("abc", "--summary", summary.toString(), "--by", by, "--totals", "--json"));
      List<AbcClassReport> report = own.report();
      assertThat(totals).hasSize(3);
      for (int k = 0; k < 3; k++) {
        assertThat(totals.get(k).get("class").asText()).isEqualTo(report.get(k).abcClass().name());
        assertThat(totals.get(k).get("customers").asInt()).isEqualTo(report.get(k).customers());
        assertThat(totals.get(k).get("value_share").asDouble())
            .isCloseTo(report.get(k).valueShare(), within(1e-12));
      }
    }
  }

  @Test
  void abc_bad_measure_is_a_usage_error_and_missing_money_a_data_error() throws IOException {
    Path summary = Datasets.copyTo("cdnow_customers_summary.csv", dir);
    CliTestSupport.Result usage = crm("abc", "--summary", summary.toString(), "--by", "margin");
    assertThat(usage.exitCode()).isEqualTo(2);
    assertThat(usage.err())
        .contains("--by must be total or monetary but was: 'margin'")
        .contains("Usage: crm abc");
    CliTestSupport.Result data = crm("abc", "--summary", summary.toString());
    assertThat(data.exitCode()).isEqualTo(1);
    assertThat(data.err()).contains("cdnow_customers_summary.csv line 1, column 'monetary_value'");
  }
}
