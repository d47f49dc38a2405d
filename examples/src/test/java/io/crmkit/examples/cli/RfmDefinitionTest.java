package io.crmkit.examples.cli;

import static io.crmkit.examples.cli.CliTestSupport.crm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmkit.core.io.TransactionCsvFormat;
import io.crmkit.core.io.TransactionCsvReader;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.examples.data.Datasets;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One RFM and ABC definition (F = purchase transactions, M = total spend with the first purchase,
 * less refunds) from transactions and from the summary file {@code crm summary} writes.
 */
class RfmDefinitionTest {

  @TempDir Path dir;

  /** {@code crm summary} of the CDNOW sample to 1997-09-30, in weeks, written to a file. */
  Path summarise(Path sample) {
    Path summary = dir.resolve("summary.csv");
    CliTestSupport.Result s =
        crm(
            "summary",
            "--transactions",
            sample.toString(),
            "--layout",
            "cdnow-sample",
            "--calibration-end",
            "1997-09-30",
            "--out",
            summary.toString());
    assertThat(s.exitCode()).as(s.err()).isZero();
    return summary;
  }

  @Test
  void report_rfm_equals_crm_rfm_of_crm_summary_on_cdnow() throws IOException {
    Path sample = Datasets.copyTo("CDNOW_sample.txt", dir);
    Path summary = summarise(sample);
    CliTestSupport.Result r = crm("rfm", "--summary", summary.toString(), "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).as("a file with total_spend needs no note").isEmpty();
    JsonNode rows = new ObjectMapper().readTree(r.out());
    TransactionColumns tx =
        TransactionCsvReader.of(TransactionCsvFormat.cdnowSample()).readColumns(sample).value();
    Analysis report =
        Analysis.of(
            tx, ZoneOffset.UTC, TimeScale.WEEKS, LocalDate.of(1997, 9, 30), Optional.empty());
    assertThat(rows).hasSize(report.summaries.size());
    int differentF = 0;
    int differentM = 0;
    int differentR = 0;
    for (int i = 0; i < rows.size(); i++) {
      JsonNode row = rows.get(i);
      assertThat(row.get("id").asText()).isEqualTo(report.summaries.id(i));
      differentR += row.get("r").asInt() != report.rfm.scores().recency(i) ? 1 : 0;
      differentF += row.get("f").asInt() != report.rfm.scores().frequency(i) ? 1 : 0;
      differentM += row.get("m").asInt() != report.rfm.scores().monetary(i) ? 1 : 0;
    }
    assertThat(new int[] {differentR, differentF, differentM})
        .as("R, F and M scores that differ")
        .containsExactly(0, 0, 0);
  }

  @Test
  void abc_by_total_of_crm_summary_counts_the_first_purchase() throws IOException {
    Path sample = Datasets.copyTo("CDNOW_sample.txt", dir);
    Path summary = summarise(sample);
    CliTestSupport.Result r = crm("abc", "--summary", summary.toString(), "--totals", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    double total = 0;
    for (JsonNode c : new ObjectMapper().readTree(r.out())) {
      total += c.get("value").asDouble();
    }
    TransactionColumns tx =
        TransactionCsvReader.of(TransactionCsvFormat.cdnowSample()).readColumns(sample).value();
    double spend = 0;
    for (int i = 0; i < tx.size(); i++) {
      if (tx.epochSecond(i)
          < LocalDate.of(1997, 10, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond()) {
        spend += tx.amount(i);
      }
    }
    assertThat(total).isCloseTo(spend, org.assertj.core.api.Assertions.within(0.01));
  }

  @Test
  void rfm_of_a_summary_without_totals_says_what_m_means() throws IOException {
    Path published = Datasets.copyTo("cdnow_customers_summary_with_transactions.csv", dir);
    CliTestSupport.Result r = crm("rfm", "--summary", published.toString(), "--totals");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err())
        .contains("no total_spend and transaction_count columns")
        .contains("frequency x monetary_value")
        .contains("first purchase is left out");
  }

  @Test
  void rfm_help_no_longer_calls_the_repeat_spend_total_spend() {
    CliTestSupport.Result r = crm("rfm", "--help");
    assertThat(r.out().replaceAll("\\s+", " "))
        .contains("the first purchase included")
        .contains("(total_spend)");
  }
}
