package io.crmkit.examples.cli;

import static io.crmkit.examples.cli.CliTestSupport.crm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmkit.core.io.SummaryCsv;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.examples.data.Datasets;
import io.crmkit.lifecycle.model.BgNbdModel;
import io.crmkit.lifecycle.model.CustomerLifetimeValue;
import io.crmkit.lifecycle.model.FitResult;
import io.crmkit.lifecycle.model.GammaGammaModel;
import io.crmkit.lifecycle.model.MbgNbdModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** crm summary, fit, predict and clv on the shipped data, against the library's own results. */
class ModelCommandsTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  static JsonNode json(CliTestSupport.Result r) throws IOException {
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    return JSON.readTree(r.out());
  }

  @Test
  void fit_bgnbd_prints_the_published_cdnow_parameters() throws IOException {
    Path summary = Datasets.copyTo("cdnow_customers_summary.csv", dir);
    JsonNode n = json(crm("fit", "--model", "bgnbd", "--summary", summary.toString(), "--json"));
    assertThat(n.get("model").asText()).isEqualTo("bgnbd");
    JsonNode p = n.get("parameters");
    // Fader, Hardie & Lee (2005): r = 0.243, alpha = 4.414, a = 0.793, b = 2.426
    assertThat(p.get("r").asDouble()).isCloseTo(0.243, within(5e-4));
    assertThat(p.get("alpha").asDouble()).isCloseTo(4.414, within(5e-3));
    assertThat(p.get("a").asDouble()).isCloseTo(0.793, within(5e-4));
    assertThat(p.get("b").asDouble()).isCloseTo(2.426, within(5e-3));
    assertThat(n.get("logLikelihood").asDouble()).isCloseTo(-9582.4, within(0.1));
    assertThat(n.get("converged").asBoolean()).isTrue();
    assertThat(n.get("iterations").asInt()).isPositive();
    assertThat(n.get("standardErrors").has("alpha")).isTrue();
    FitResult<BgNbdModel> own = BgNbdModel.fit(SummaryCsv.read(summary, TimeScale.WEEKS));
    for (String name : List.of("r", "alpha", "a", "b")) {
      assertThat(p.get(name).asDouble()).as(name).isCloseTo(own.parameter(name), within(1e-9));
      assertThat(n.get("standardErrors").get(name).asDouble())
          .as(name)
          .isCloseTo(own.standardError(name), within(1e-6));
    }
    assertThat(n.get("logLikelihood").asDouble()).isCloseTo(own.logLikelihood(), within(1e-9));
  }

  @Test
  void fit_paretonbd_matches_the_published_cdnow_parameters() throws IOException {
    Path summary = Datasets.copyTo("cdnow_customers_summary.csv", dir);
    JsonNode p =
        json(crm("fit", "--model", "paretonbd", "--summary", summary.toString())).get("parameters");
    // Fader, Hardie & Lee (2005, "A note on implementing the Pareto/NBD"): 0.55, 10.58, 0.61, 11.67
    assertThat(p.get("r").asDouble()).isCloseTo(0.55, within(0.01));
    assertThat(p.get("alpha").asDouble()).isCloseTo(10.58, within(0.05));
    assertThat(p.get("s").asDouble()).isCloseTo(0.61, within(0.01));
    assertThat(p.get("beta").asDouble()).isCloseTo(11.67, within(0.1));
  }

  @Test
  void fit_mbgnbd_equals_the_library_fit() throws IOException {
    Path summary = Datasets.copyTo("cdnow_customers_summary.csv", dir);
    JsonNode p =
        json(crm("fit", "--model", "mbgnbd", "--summary", summary.toString())).get("parameters");
    FitResult<MbgNbdModel> own = MbgNbdModel.fit(SummaryCsv.read(summary, TimeScale.WEEKS));
    for (String name : List.of("r", "alpha", "a", "b")) {
      assertThat(p.get(name).asDouble()).as(name).isCloseTo(own.parameter(name), within(1e-9));
    }
  }

  @Test
  void fit_gammagamma_uses_repeat_buyers_and_matches_the_published_parameters() throws IOException {
    Path summary = Datasets.copyTo("cdnow_customers_summary_with_transactions.csv", dir);
    JsonNode n = json(crm("fit", "--model", "gammagamma", "--summary", summary.toString()));
    JsonNode p = n.get("parameters");
    // Fader, Hardie & Lee (2005, "Spending model"): p = 6.25, q = 3.74, gamma = 15.44 on 946 repeat
    // buyers
    assertThat(p.get("p").asDouble()).isCloseTo(6.25, within(0.01));
    assertThat(p.get("q").asDouble()).isCloseTo(3.74, within(0.01));
    assertThat(p.get("v").asDouble()).isCloseTo(15.44, within(0.05));
    assertThat(n.get("observations").asDouble()).isEqualTo(946);
    FitResult<GammaGammaModel> own = GammaGammaModel.fit(SummaryCsv.read(summary, TimeScale.WEEKS));
    assertThat(p.get("v").asDouble()).isCloseTo(own.parameter("v"), within(1e-9));
  }

  @Test
  void fit_bgbb_reads_periods_and_weights() throws IOException {
    Path donations = Datasets.copyTo("donations.csv", dir);
    JsonNode n = json(crm("fit", "--model", "bgbb", "--summary", donations.toString()));
    JsonNode p = n.get("parameters");
    // Fader, Hardie & Shang (2010): alpha = 1.204, beta = 0.750, gamma = 0.657, delta = 2.783
    assertThat(p.get("alpha").asDouble()).isCloseTo(1.204, within(2e-3));
    assertThat(p.get("beta").asDouble()).isCloseTo(0.750, within(2e-3));
    assertThat(p.get("gamma").asDouble()).isCloseTo(0.657, within(2e-3));
    assertThat(p.get("delta").asDouble()).isCloseTo(2.783, within(5e-3));
    assertThat(n.get("observations").asDouble()).isEqualTo(11_104);
  }

  @Test
  void fit_sbg_from_survivors() throws IOException {
    // Fader & Hardie (2007), "high end" cohort over 7 years: alpha = 0.668, beta = 3.806
    JsonNode p =
        json(crm("fit", "--model", "sbg", "--survivors", "1000,869,743,653,593,551,517,491"))
            .get("parameters");
    assertThat(p.get("alpha").asDouble()).isCloseTo(0.668, within(0.0005));
    assertThat(p.get("beta").asDouble()).isCloseTo(3.806, within(0.0005));
  }

  @Test
  void fit_bdw_from_survivors_nests_sbg() throws IOException {
    JsonNode n =
        json(crm("fit", "--model", "bdw", "--survivors", "1000,869,743,653,593,551,517,491"));
    assertThat(n.get("model").asText()).isEqualTo("bdw");
    assertThat(n.get("timeUnit").asText()).isEqualTo("periods");
    // sBG's log-likelihood on this cohort is −1611.16 (Fader & Hardie 2007); BdW nests it
    assertThat(n.get("logLikelihood").asDouble()).isGreaterThan(-1611.16);
    assertThat(n.get("parameters").get("c").asDouble()).isGreaterThan(1);
  }

  @Test
  void fit_bgcnbd_with_a_given_k_matches_the_library() throws IOException {
    Path summary = Datasets.copyTo("cdnow_customers_summary.csv", dir);
    JsonNode n = json(crm("fit", "--model", "bgcnbd", "--k", "1", "--summary", summary.toString()));
    assertThat(n.get("model").asText()).isEqualTo("bgcnbd");
    JsonNode p = n.get("parameters");
    assertThat(p.get("k").asDouble()).isEqualTo(1);
    // k = 1 is BG/NBD: Fader, Hardie & Lee (2005) r = 0.243, alpha = 4.414, a = 0.793, b = 2.426
    assertThat(p.get("r").asDouble()).isCloseTo(0.243, within(5e-4));
    assertThat(p.get("alpha").asDouble()).isCloseTo(4.414, within(5e-3));
    assertThat(p.get("a").asDouble()).isCloseTo(0.793, within(5e-4));
    assertThat(p.get("b").asDouble()).isCloseTo(2.426, within(5e-3));
    CliTestSupport.Result noK = crm("fit", "--model", "mbgcnbd", "--summary", summary.toString());
    assertThat(noK.exitCode()).isNotZero();
    assertThat(noK.err()).contains("needs --k K");
  }

  @Test
  void fit_ggomnbd_on_cdnow_stops_at_the_pareto_boundary_and_says_so() throws IOException {
    Path summary = Datasets.copyTo("cdnow_customers_summary.csv", dir);
    // Bemmaor & Glady (2012) and CLVTools: b -> 0, the Pareto/NBD limit: b and beta are not
    // identified, so the fit is refused with its estimates and the cause
    CliTestSupport.Result r = crm("fit", "--model", "ggomnbd", "--summary", summary.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("ggomnbd fit is not usable").contains("r=0.5532");
  }

  @Test
  void fit_out_writes_a_model_file_and_nothing_to_stdout() throws IOException {
    Path summary = Datasets.copyTo("cdnow_customers_summary.csv", dir);
    Path model = dir.resolve("model.json");
    CliTestSupport.Result r =
        crm("fit", "--model", "bgnbd", "--summary", summary.toString(), "--out", model.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(JSON.readTree(model.toFile()).get("model").asText()).isEqualTo("bgnbd");
  }

  @Test
  void summary_of_the_cdnow_sample_equals_the_library_and_the_published_summary()
      throws IOException {
    Path sample = Datasets.copyTo("CDNOW_sample.txt", dir);
    CliTestSupport.Result r =
        crm(
            "summary",
            "--transactions",
            sample.toString(),
            "--layout",
            "cdnow-sample",
            "--unit",
            "weeks",
            "--calibration-end",
            "1997-09-30",
            "--observation-end",
            "1998-06-30");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2358);
    assertThat(lines.get(0))
        .isEqualTo(
            "id,frequency,recency,T,monetary_value,frequency_holdout,duration_holdout,total_spend,transaction_count");
    CustomerSummaries own =
        CustomerSummaries.of(
            Datasets.cdnowSample(),
            SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, LocalDate.of(1997, 9, 30))
                .withHoldoutUntil(LocalDate.of(1998, 6, 30)));
    Path written = dir.resolve("s.csv");
    Files.writeString(written, r.out());
    CustomerSummaries read = SummaryCsv.read(written, TimeScale.WEEKS);
    assertThat(read.size()).isEqualTo(own.size());
    CustomerSummaries published =
        SummaryCsv.read(
            Datasets.copyTo("cdnow_customers_summary_with_transactions.csv", dir), TimeScale.WEEKS);
    for (int i = 0; i < own.size(); i++) {
      int j = read.indexOf(own.id(i)).getAsInt();
      assertThat(read.frequency(j)).isEqualTo(own.frequency(i));
      assertThat(read.recency(j)).isEqualTo(own.recency(i));
      assertThat(read.age(j)).isEqualTo(own.age(i));
      assertThat(read.monetaryValue(j)).isEqualTo(own.monetaryValue(i));
      assertThat(read.holdoutFrequency(j)).isEqualTo(own.holdoutFrequency(i));
      int k = published.indexOf(own.id(i)).getAsInt();
      assertThat(read.frequency(j))
          .as("frequency of %s", own.id(i))
          .isEqualTo(published.frequency(k));
      assertThat(read.age(j)).as("T of %s", own.id(i)).isCloseTo(published.age(k), within(0.006));
    }
  }

  @Test
  void summary_json_and_out() throws IOException {
    Path tx = CliTestSupport.resource("small_transactions.csv", dir);
    JsonNode n =
        json(
            crm(
                "summary",
                "--transactions",
                tx.toString(),
                "--unit",
                "days",
                "--calibration-end",
                "2024-03-31",
                "--json"));
    assertThat(n.get("rows")).hasSize(3);
    assertThat(n.get("excluded")).isEmpty();
    JsonNode a = n.get("rows").get(0);
    assertThat(a.get("id").asText()).isEqualTo("a");
    assertThat(a.get("frequency").asInt()).isEqualTo(2);
    assertThat(a.get("recency").asDouble()).isEqualTo(35.0);
    assertThat(a.get("monetary_value").asDouble()).isEqualTo(25.0);
    Path out = dir.resolve("summary.csv");
    CliTestSupport.Result r =
        crm(
            "summary",
            "--transactions",
            tx.toString(),
            "--unit",
            "days",
            "--calibration-end",
            "2024-03-31",
            "--out",
            out.toString());
    assertThat(r.out()).isEmpty();
    assertThat(Files.readAllLines(out))
        .hasSize(4)
        .first()
        .isEqualTo("id,frequency,recency,T,monetary_value,total_spend,transaction_count");
  }

  @Test
  void predict_and_clv_from_model_files_equal_the_library() throws IOException {
    Path summary = Datasets.copyTo("cdnow_customers_summary_with_transactions.csv", dir);
    Path model = dir.resolve("bgnbd.json");
    Path spend = dir.resolve("gg.json");
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
    assertThat(
            crm(
                    "fit",
                    "--model",
                    "gammagamma",
                    "--summary",
                    summary.toString(),
                    "--out",
                    spend.toString())
                .exitCode())
        .isZero();
    CustomerSummaries s = SummaryCsv.read(summary, TimeScale.WEEKS);
    BgNbdModel m = BgNbdModel.fit(s).model();
    GammaGammaModel g = GammaGammaModel.fit(s).model();

    JsonNode predictions =
        json(
            crm(
                "predict",
                "--model",
                model.toString(),
                "--summary",
                summary.toString(),
                "--horizon",
                "39",
                "--json"));
    assertThat(predictions).hasSize(2357);
    JsonNode first = predictions.get(0);
    assertThat(first.get("id").asText()).isEqualTo("1");
    assertThat(first.get("p_alive").asDouble())
        .isCloseTo(m.probabilityAlive(2, 30.43, 38.86), within(1e-9));
    assertThat(first.get("expected_purchases").asDouble())
        .isCloseTo(m.expectedPurchases(39, 2, 30.43, 38.86), within(1e-9));

    JsonNode clv =
        json(
            crm(
                "clv",
                "--model",
                model.toString(),
                "--spend-model",
                spend.toString(),
                "--summary",
                summary.toString(),
                "--horizon-months",
                "12",
                "--discount-rate",
                "0.01",
                "--json"));
    double expected =
        CustomerLifetimeValue.monthsOfWeeklyModel(m, g, 12, 0.01).value(2, 30.43, 38.86, 22.35);
    assertThat(clv.get(0).get("clv").asDouble()).isCloseTo(expected, within(1e-6));
    assertThat(clv.get(0).get("clv").asDouble())
        .isCloseTo(
            clv.get(0).get("expected_purchases").asDouble()
                * clv.get(0).get("expected_spend").asDouble(),
            within(1e-9));
  }
}
