package io.crmkit.examples.cli;

import static io.crmkit.examples.cli.CliTestSupport.crm;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.examples.data.Datasets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** crm score gives, in one pass, exactly what crm predict and crm clv give separately. */
class ScoreCommandTest {

  @TempDir Path dir;

  Path summary;
  Path model;
  Path spend;

  @BeforeEach
  void fitModels() {
    summary = Datasets.copyTo("cdnow_customers_summary_with_transactions.csv", dir);
    model = dir.resolve("bgnbd.json");
    spend = dir.resolve("gg.json");
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
  }

  static List<String[]> rows(String csv) {
    return csv.lines().map(l -> l.split(",", -1)).toList();
  }

  @Test
  void score_columns_are_the_predict_and_clv_columns_digit_for_digit() {
    CliTestSupport.Result score =
        crm(
            "score",
            "--model",
            model.toString(),
            "--spend-model",
            spend.toString(),
            "--summary",
            summary.toString(),
            "--horizon",
            "39",
            "--horizon-months",
            "12");
    CliTestSupport.Result predict =
        crm(
            "predict",
            "--model",
            model.toString(),
            "--summary",
            summary.toString(),
            "--horizon",
            "39");
    CliTestSupport.Result clv =
        crm(
            "clv",
            "--model",
            model.toString(),
            "--spend-model",
            spend.toString(),
            "--summary",
            summary.toString(),
            "--horizon-months",
            "12");
    assertThat(score.exitCode()).as(score.err()).isZero();
    List<String[]> s = rows(score.out());
    List<String[]> p = rows(predict.out());
    List<String[]> c = rows(clv.out());
    assertThat(s.get(0))
        .containsExactly("id", "p_alive", "expected_purchases", "expected_spend", "clv");
    assertThat(s).hasSize(2358).hasSameSizeAs(p).hasSameSizeAs(c);
    for (int i = 1; i < s.size(); i++) {
      assertThat(s.get(i))
          .containsExactly(p.get(i)[0], p.get(i)[1], p.get(i)[2], c.get(i)[2], c.get(i)[3]);
    }
  }

  @Test
  void score_out_writes_the_same_csv_to_a_file() throws IOException {
    Path out = dir.resolve("scores.csv");
    CliTestSupport.Result toFile =
        crm(
            "score",
            "--model",
            model.toString(),
            "--spend-model",
            spend.toString(),
            "--summary",
            summary.toString(),
            "--horizon",
            "52",
            "--horizon-months",
            "6",
            "--out",
            out.toString());
    CliTestSupport.Result toStdout =
        crm(
            "score",
            "--model",
            model.toString(),
            "--spend-model",
            spend.toString(),
            "--summary",
            summary.toString(),
            "--horizon",
            "52",
            "--horizon-months",
            "6");
    assertThat(toFile.exitCode()).as(toFile.err()).isZero();
    assertThat(toFile.out()).isEmpty();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(toStdout.out());
  }

  @Test
  void score_refuses_a_negative_horizon_as_a_usage_error() {
    CliTestSupport.Result r =
        crm(
            "score",
            "--model",
            model.toString(),
            "--spend-model",
            spend.toString(),
            "--summary",
            summary.toString(),
            "--horizon",
            "-1",
            "--horizon-months",
            "12");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--horizon must be a number of at least 0 but was: -1.0");
  }

  @Test
  void score_refuses_a_summary_unit_other_than_the_models() {
    CliTestSupport.Result r =
        crm(
            "score",
            "--model",
            model.toString(),
            "--spend-model",
            spend.toString(),
            "--summary",
            summary.toString(),
            "--horizon",
            "39",
            "--horizon-months",
            "12",
            "--unit",
            "days");
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err()).contains("weeks").contains("days");
  }
}
