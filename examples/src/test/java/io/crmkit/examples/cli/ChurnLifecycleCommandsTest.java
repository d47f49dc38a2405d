package io.crmkit.examples.cli;

import static io.crmkit.examples.cli.CliTestSupport.crm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmkit.core.io.SummaryCsv;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.examples.data.Datasets;
import io.crmkit.lifecycle.churn.InactivityScorer;
import io.crmkit.lifecycle.churn.RiskBands;
import io.crmkit.lifecycle.model.BgNbdModel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** crm churn and crm lifecycle on the shipped data. */
class ChurnLifecycleCommandsTest {

  @TempDir Path dir;

  @Test
  void inactivity_churn_equals_the_library_scorer_with_standard_bands() throws IOException {
    Path summary = Datasets.copyTo("cdnow_customers_summary.csv", dir);
    JsonNode rows =
        ModelCommandsTest.json(crm("churn", "--summary", summary.toString(), "--k", "2", "--json"));
    CustomerSummaries s = SummaryCsv.read(summary, TimeScale.WEEKS);
    double[] p = InactivityScorer.of(2).probabilities(s);
    assertThat(rows).hasSize(s.size());
    for (int i = 0; i < s.size(); i++) {
      JsonNode r = rows.get(i);
      assertThat(r.get("id").asText()).isEqualTo(s.id(i));
      assertThat(r.get("probability").asDouble()).isEqualTo(p[i]);
      assertThat(r.get("band").asText()).isEqualTo(RiskBands.standard().bandOf(p[i]).name());
    }
  }

  @Test
  void model_churn_is_one_minus_p_alive_with_custom_bands() throws IOException {
    Path summary = Datasets.copyTo("cdnow_customers_summary.csv", dir);
    Path model = dir.resolve("m.json");
    assertThat(
            crm(
                    "fit",
                    "--model",
                    "bgnbd",
                    "--summary",
                    summary.toString(),
                    "--out",
                    model.toString())
                .exitCode())
        .isZero();
    CliTestSupport.Result r =
        crm(
            "churn",
            "--summary",
            summary.toString(),
            "--scorer",
            "model",
            "--model",
            model.toString(),
            "--bands",
            "0.1,0.2,0.3");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("id,probability,band");
    String[] first = lines.get(1).split(",", -1);
    BgNbdModel m = BgNbdModel.fit(SummaryCsv.read(summary, TimeScale.WEEKS)).model();
    double p = 1 - m.probabilityAlive(2, 30.43, 38.86);
    assertThat(Double.parseDouble(first[1])).isCloseTo(p, within(1e-12));
    assertThat(first[2]).isEqualTo(RiskBands.standardAt(0.1, 0.2, 0.3).bandOf(p).name());
  }

  @Test
  void churn_model_scorer_without_model_is_a_usage_error() throws IOException {
    Path summary = Datasets.copyTo("cdnow_customers_summary.csv", dir);
    CliTestSupport.Result r = crm("churn", "--summary", summary.toString(), "--scorer", "model");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("needs --model FILE").contains("Usage: crm churn");
  }

  @Test
  void lifecycle_counts_cover_every_customer_and_follow_the_silence_rules() throws IOException {
    Path sample = Datasets.copyTo("CDNOW_sample.txt", dir);
    JsonNode counts =
        ModelCommandsTest.json(
            crm(
                "lifecycle",
                "--transactions",
                sample.toString(),
                "--layout",
                "cdnow-sample",
                "--at",
                "1998-06-30",
                "--json"));
    long total = 0;
    Map<String, Long> byStage = new HashMap<>();
    for (JsonNode c : counts) {
      total += c.get("count").asLong();
      byStage.put(c.get("stage").asText(), c.get("count").asLong());
    }
    assertThat(total).isEqualTo(2357);
    assertThat(byStage.get("PROSPECT")).isZero();

    JsonNode stages =
        ModelCommandsTest.json(
            crm(
                "lifecycle",
                "--transactions",
                sample.toString(),
                "--layout",
                "cdnow-sample",
                "--at",
                "1998-06-30",
                "--customers",
                "--json"));
    // independent check from the purchase days: NEW = one purchase within 90 days; silent 180+ days
    // = LAPSED
    TransactionColumns tx = Datasets.cdnowSample();
    Map<String, TreeSet<Long>> days = new HashMap<>();
    for (int i = 0; i < tx.size(); i++) {
      days.computeIfAbsent(tx.customerId(i), k -> new TreeSet<>()).add(tx.epochSecond(i) / 86_400);
    }
    long end = LocalDate.of(1998, 6, 30).toEpochDay();
    int checked = 0;
    for (JsonNode s : stages) {
      TreeSet<Long> d = days.get(s.get("id").asText());
      long silent = end - d.last();
      String stage = s.get("stage").asText();
      if (silent >= 180) {
        assertThat(stage)
            .as("customer %s silent %d days", s.get("id").asText(), silent)
            .isEqualTo("LAPSED");
        checked++;
      } else if (silent < 90) {
        assertThat(stage).isNotIn("AT_RISK", "LAPSED");
        if (d.size() == 1) {
          assertThat(stage).isEqualTo("NEW");
        }
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }
}
