package io.crmkit.examples.cli;

import static io.crmkit.examples.cli.CliTestSupport.crm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.examples.data.Datasets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: the CLI on a shop's own small file, on unusable fits and on model files of another
 * unit.
 */
class TrustedModelCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path smallShop() {
    return CliTestSupport.resource("small_shop_summary.csv", dir);
  }

  @Test
  void fit_without_a_penalizer_on_the_small_shop_exits_1_naming_the_cause_and_suggesting_one() {
    CliTestSupport.Result r =
        crm("fit", "--model", "bgnbd", "--summary", smallShop().toString(), "--penalizer", "0");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains("bgnbd fit is not usable")
        .contains("iterations")
        .contains("a=")
        .contains("--penalizer");
  }

  @Test
  void fit_on_the_small_shop_applies_the_default_penalizer_says_so_and_records_unit_and_penalizer()
      throws IOException {
    CliTestSupport.Result r = crm("fit", "--model", "bgnbd", "--summary", smallShop().toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("default penalizer 0.001 applied");
    JsonNode n = JSON.readTree(r.out());
    assertThat(n.get("converged").asBoolean()).isTrue();
    assertThat(n.get("penalizer").asDouble()).isEqualTo(0.001);
    assertThat(n.get("timeUnit").asText()).isEqualTo("weeks");
    assertThat(n.get("parameters").get("a").asDouble()).isLessThan(100);
  }

  @Test
  void penalizer_auto_retries_with_a_penalizer_until_the_fit_is_usable() throws IOException {
    CliTestSupport.Result r =
        crm("fit", "--model", "bgnbd", "--summary", smallShop().toString(), "--penalizer", "auto");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("trying 0.001");
    assertThat(JSON.readTree(r.out()).get("penalizer").asDouble()).isPositive();
  }

  @Test
  void predict_clv_and_report_on_the_small_shop_give_finite_numbers() throws IOException {
    Path shop = smallShop();
    Path bg = dir.resolve("bg.json");
    Path gg = dir.resolve("gg.json");
    assertThat(
            crm("fit", "--model", "bgnbd", "--summary", shop.toString(), "--out", bg.toString())
                .exitCode())
        .isZero();
    CliTestSupport.Result fitGg =
        crm("fit", "--model", "gammagamma", "--summary", shop.toString(), "--out", gg.toString());
    assertThat(fitGg.exitCode()).as(fitGg.err()).isZero();
    CliTestSupport.Result predict =
        crm("predict", "--model", bg.toString(), "--summary", shop.toString(), "--horizon", "26");
    assertThat(predict.exitCode()).as(predict.err()).isZero();
    assertThat(predict.out()).doesNotContain("Infinity").doesNotContain("NaN");
    CliTestSupport.Result clv =
        crm(
            "clv",
            "--model",
            bg.toString(),
            "--spend-model",
            gg.toString(),
            "--summary",
            shop.toString(),
            "--horizon-months",
            "12");
    assertThat(clv.exitCode()).as(clv.err()).isZero();
    assertThat(clv.out())
        .doesNotContain("Infinity")
        .doesNotContain("NaN")
        .doesNotContain(",,")
        .doesNotContain(",-");
  }

  @Test
  void clv_with_a_summary_unit_other_than_the_models_is_refused() throws IOException {
    Path summary = Datasets.copyTo("cdnow_customers_summary_with_transactions.csv", dir);
    Path bg = dir.resolve("bg.json");
    Path gg = dir.resolve("gg.json");
    assertThat(
            crm("fit", "--model", "bgnbd", "--summary", summary.toString(), "--out", bg.toString())
                .exitCode())
        .isZero();
    assertThat(
            crm(
                    "fit",
                    "--model",
                    "gammagamma",
                    "--summary",
                    summary.toString(),
                    "--out",
                    gg.toString())
                .exitCode())
        .isZero();
    assertThat(Files.readString(bg)).contains("\"timeUnit\" : \"weeks\"");
    CliTestSupport.Result days =
        crm(
            "clv",
            "--model",
            bg.toString(),
            "--spend-model",
            gg.toString(),
            "--summary",
            summary.toString(),
            "--horizon-months",
            "12",
            "--unit",
            "days");
    assertThat(days.exitCode()).isEqualTo(1);
    assertThat(days.err()).contains("fitted on summaries in weeks but --unit days was given");
    CliTestSupport.Result weeks =
        crm(
            "clv",
            "--model",
            bg.toString(),
            "--spend-model",
            gg.toString(),
            "--summary",
            summary.toString(),
            "--horizon-months",
            "12");
    assertThat(weeks.exitCode()).as(weeks.err()).isZero();
    CliTestSupport.Result predict =
        crm(
            "predict",
            "--model",
            bg.toString(),
            "--summary",
            summary.toString(),
            "--horizon",
            "52",
            "--unit",
            "days");
    assertThat(predict.exitCode()).isEqualTo(1);
  }

  @Test
  void model_files_without_a_time_unit_still_read_and_count_as_weeks() throws IOException {
    Path summary = Datasets.copyTo("cdnow_customers_summary.csv", dir);
    Path old = dir.resolve("old.json");
    Files.writeString(
        old,
        "{\"model\": \"bgnbd\", \"parameters\": {\"r\": 0.2426, \"alpha\": 4.4135, \"a\": 0.7929, "
            + "\"b\": 2.4258}, \"logLikelihood\": -9582.43, \"converged\": true, \"iterations\": 16}",
        StandardCharsets.UTF_8);
    assertThat(
            crm(
                    "predict",
                    "--model",
                    old.toString(),
                    "--summary",
                    summary.toString(),
                    "--horizon",
                    "39")
                .exitCode())
        .isZero();
    assertThat(
            crm(
                    "predict",
                    "--model",
                    old.toString(),
                    "--summary",
                    summary.toString(),
                    "--horizon",
                    "39",
                    "--unit",
                    "weeks")
                .exitCode())
        .isZero();
    assertThat(
            crm(
                    "predict",
                    "--model",
                    old.toString(),
                    "--summary",
                    summary.toString(),
                    "--horizon",
                    "39",
                    "--unit",
                    "days")
                .exitCode())
        .isEqualTo(1);
  }

  @Test
  void a_model_file_that_records_an_unconverged_fit_is_refused() throws IOException {
    Path summary = smallShop();
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        "{\"model\": \"bgnbd\", \"parameters\": {\"r\": 1.33, \"alpha\": 10.06, \"a\": 77745.7, "
            + "\"b\": 161730.7}, \"converged\": false, \"iterations\": 302}",
        StandardCharsets.UTF_8);
    CliTestSupport.Result r =
        crm(
            "predict",
            "--model",
            bad.toString(),
            "--summary",
            summary.toString(),
            "--horizon",
            "26");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("not usable").contains("--penalizer");
  }

  /**
   * The small shop's summaries as purchases (repeat purchases spread evenly up to the recency),
   * ending 2024-06-30.
   */
  private Path smallShopTransactions() throws IOException {
    java.util.List<String> lines = Files.readAllLines(smallShop(), StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder("customer_id,timestamp,amount\n");
    java.time.Instant end = java.time.Instant.parse("2024-06-30T12:00:00Z");
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      int x = Integer.parseInt(f[1]);
      long recencyDays = Math.round(Double.parseDouble(f[2]) * 7);
      long ageDays = Math.round(Double.parseDouble(f[3]) * 7);
      java.time.Instant first = end.minus(java.time.Duration.ofDays(ageDays));
      sb.append(f[0]).append(',').append(first).append(",30.00\n");
      for (int k = 1; k <= x; k++) {
        sb.append(f[0])
            .append(',')
            .append(first.plus(java.time.Duration.ofDays(recencyDays * k / x)))
            .append(',')
            .append(f[4])
            .append('\n');
      }
    }
    Path p = dir.resolve("small_shop_transactions.csv");
    Files.writeString(p, sb, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void report_on_the_small_shop_is_written_and_names_its_churn_score() throws IOException {
    Path out = dir.resolve("shop.html");
    CliTestSupport.Result r =
        crm(
            "report",
            "--transactions",
            smallShopTransactions().toString(),
            "--calibration-end",
            "2024-06-30",
            "--out",
            out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(html)
        .contains("P(no purchase in the next 52 weeks) of BG/NBD")
        .doesNotContain("NaN")
        .doesNotContain("Infinity");
  }

  @Test
  void churn_bands_of_the_demo_rank_customers_as_they_bought_in_the_holdout() {
    Analysis a =
        Analysis.of(
            Datasets.cdnowSample(),
            ZoneOffset.UTC,
            TimeScale.WEEKS,
            DemoCommand.CALIBRATION_END,
            Optional.of(DemoCommand.HOLDOUT_END));
    assertThat(a.churnDefinition()).isEqualTo("P(no purchase in the next 39 weeks) of BG/NBD");
    double[] rates = a.bandHoldoutRepurchaseRates().orElseThrow();
    double previous = Double.POSITIVE_INFINITY;
    int bandsWithCustomers = 0;
    for (double rate : rates) {
      if (!Double.isNaN(rate)) {
        assertThat(rate)
            .as("repurchase rates per band, low risk first: %s", java.util.Arrays.toString(rates))
            .isLessThanOrEqualTo(previous);
        previous = rate;
        bandsWithCustomers++;
      }
    }
    assertThat(bandsWithCustomers).isGreaterThanOrEqualTo(2);
    assertThat(a.bandCheck()).startsWith(" Bought again in the holdout period: low ");
  }
}
