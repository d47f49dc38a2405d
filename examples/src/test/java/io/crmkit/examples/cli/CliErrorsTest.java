package io.crmkit.examples.cli;

import static io.crmkit.examples.cli.CliTestSupport.crm;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.examples.data.Datasets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every error path: data errors exit 1 naming file, line, column and value; usage errors exit 2
 * with the usage line.
 */
class CliErrorsTest {

  @TempDir Path dir;

  static void dataError(CliTestSupport.Result r, String... parts) {
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("crm: ").contains(parts);
  }

  static void usageError(CliTestSupport.Result r, String usage, String... parts) {
    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains(parts).contains("Usage: " + usage);
  }

  @Test
  void missing_summary_file() {
    Path missing = dir.resolve("nope.csv");
    dataError(
        crm("fit", "--model", "bgnbd", "--summary", missing.toString()),
        "file not found",
        missing.toString());
  }

  @Test
  void missing_transactions_file() {
    Path missing = dir.resolve("nope.csv");
    dataError(
        crm("summary", "--transactions", missing.toString(), "--calibration-end", "2024-01-01"),
        "file not found",
        missing.toString());
  }

  @Test
  void missing_model_file() throws IOException {
    Path summary = Datasets.copyTo("cdnow_customers_summary.csv", dir);
    dataError(
        crm(
            "predict",
            "--model",
            dir.resolve("m.json").toString(),
            "--summary",
            summary.toString(),
            "--horizon",
            "1"),
        "file not found",
        "m.json");
  }

  @Test
  void summary_without_a_frequency_column() throws IOException {
    Path f = dir.resolve("s.csv");
    Files.writeString(f, "id,freq,recency,T\n1,2,3,4\n");
    dataError(
        crm("fit", "--model", "bgnbd", "--summary", f.toString()),
        "s.csv line 1, column 'frequency'",
        "is not in the header",
        "[id, freq, recency, T]");
  }

  @Test
  void gammagamma_without_a_monetary_column() throws IOException {
    Path summary = Datasets.copyTo("cdnow_customers_summary.csv", dir);
    dataError(
        crm("fit", "--model", "gammagamma", "--summary", summary.toString()),
        "cdnow_customers_summary.csv line 1, column 'monetary_value'",
        "accepted names: monetary_value, zbar");
  }

  @Test
  void bad_value_in_a_summary_names_line_column_and_value() throws IOException {
    Path f = dir.resolve("s.csv");
    Files.writeString(f, "id,frequency,recency,T\n1,2,3,4\n2,two,3,4\n");
    dataError(
        crm("fit", "--model", "bgnbd", "--summary", f.toString()),
        "s.csv line 3, column 'frequency': value 'two'");
  }

  @Test
  void gammagamma_with_a_zero_spend_of_a_repeat_buyer_names_the_line() throws IOException {
    Path f = dir.resolve("s.csv");
    Files.writeString(f, "id,x,t_x,T,zbar\n1,2,3,4,10.5\n2,0,0,4,0\n3,1,2,4,0\n");
    dataError(
        crm("fit", "--model", "gammagamma", "--summary", f.toString()),
        "s.csv line 4, column 'zbar': value '0.0'",
        "is not a positive mean spend");
  }

  @Test
  void recency_beyond_T_is_a_data_error() throws IOException {
    Path f = dir.resolve("s.csv");
    Files.writeString(f, "id,frequency,recency,T\n1,2,3,4\n2,1,5,4\n");
    dataError(
        crm("fit", "--model", "bgnbd", "--summary", f.toString()),
        "s.csv line 3, column 'recency': value '5.0'");
  }

  @Test
  void bad_date_in_the_data_names_line_column_and_value() {
    Path tx = CliTestSupport.resource("bad_date_transactions.csv", dir);
    dataError(
        crm("summary", "--transactions", tx.toString(), "--calibration-end", "2024-12-31"),
        "bad_date_transactions.csv line 3, column 'timestamp'",
        "2024-13-45T10:00:00Z");
  }

  @Test
  void bad_amount_column_name_is_a_data_error_naming_the_column() {
    Path tx = CliTestSupport.resource("small_transactions.csv", dir);
    dataError(
        crm(
            "summary",
            "--transactions",
            tx.toString(),
            "--amount-column",
            "price",
            "--calibration-end",
            "2024-12-31"),
        "small_transactions.csv",
        "price");
  }

  @Test
  void bad_date_option_is_a_usage_error() {
    Path tx = CliTestSupport.resource("small_transactions.csv", dir);
    usageError(
        crm("summary", "--transactions", tx.toString(), "--calibration-end", "2024-02-30x"),
        "crm summary",
        "'2024-02-30x' is not a date");
  }

  @Test
  void unknown_model_is_a_usage_error() {
    usageError(
        crm("fit", "--model", "nbd", "--summary", "x.csv"),
        "crm fit",
        "unknown model 'nbd'",
        "bgnbd, paretonbd, mbgnbd, bgbb, gammagamma, sbg");
  }

  @Test
  void unknown_layout_and_unit_are_usage_errors() {
    usageError(
        crm(
            "summary",
            "--transactions",
            "t.csv",
            "--layout",
            "xls",
            "--calibration-end",
            "2024-01-01"),
        "crm summary",
        "--layout must be csv, cdnow-sample or cdnow-master");
    usageError(
        crm(
            "summary",
            "--transactions",
            "t.csv",
            "--unit",
            "years",
            "--calibration-end",
            "2024-01-01"),
        "crm summary",
        "--unit must be days or weeks");
  }

  @Test
  void sbg_needs_survivors() {
    usageError(crm("fit", "--model", "sbg", "--summary", "x.csv"), "crm fit", "--survivors");
  }

  @Test
  void a_spend_model_where_a_transaction_model_is_needed() throws IOException {
    Path summary = Datasets.copyTo("cdnow_customers_summary_with_transactions.csv", dir);
    Path gg = dir.resolve("gg.json");
    crm("fit", "--model", "gammagamma", "--summary", summary.toString(), "--out", gg.toString());
    dataError(
        crm("predict", "--model", gg.toString(), "--summary", summary.toString(), "--horizon", "1"),
        "gg.json",
        "holds a gammagamma model but a transaction model is needed");
  }

  @Test
  void malformed_model_file() throws IOException {
    Path summary = Datasets.copyTo("cdnow_customers_summary.csv", dir);
    Path m = dir.resolve("m.json");
    Files.writeString(m, "{\"model\": \"bgnbd\", \"parameters\": {\"r\": 1}}");
    dataError(
        crm("predict", "--model", m.toString(), "--summary", summary.toString(), "--horizon", "1"),
        "m.json",
        "$.parameters.alpha is required but is missing");
  }
}
