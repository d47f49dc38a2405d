package io.crmkit.examples.cli;

import static io.crmkit.examples.cli.CliTestSupport.crm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmkit.examples.data.Datasets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shop's own export through the crm command: it goes in, or the user is told exactly why (issue
 * 12).
 */
class ImportOptionsTest {

  @TempDir Path dir;

  Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  static JsonNode rowById(JsonNode rows, String id) {
    for (JsonNode r : rows) {
      if (r.get("id").asText().equals(id)) {
        return r;
      }
    }
    throw new AssertionError("no row " + id + " in " + rows);
  }

  static String[] summary(Path tx, String... options) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "summary",
                "--transactions",
                tx.toString(),
                "--unit",
                "days",
                "--calibration-end",
                "2024-03-31",
                "--json"));
    args.addAll(List.of(options));
    return args.toArray(String[]::new);
  }

  @Test
  void refunds_import_through_the_kind_and_refund_of_column_options() throws IOException {
    Path tx =
        file(
            "orders.csv",
            "order,customer_id,timestamp,amount,kind,refund_of\n"
                + "o1,a,2024-01-01T10:00:00Z,10.00,purchase,\no2,a,2024-01-15T10:00:00Z,20.00,purchase,\n"
                + "r1,a,2024-01-20T10:00:00Z,20.00,refund,o2\n");
    CliTestSupport.Result r =
        crm(
            summary(
                tx,
                "--id-column",
                "order",
                "--kind-column",
                "kind",
                "--refund-of-column",
                "refund_of"));
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode a = rowById(json(r).get("rows"), "a");
    assertThat(a.get("total_spend").asDouble()).isEqualTo(10.0);
    assertThat(a.get("transaction_count").asInt()).isEqualTo(2);
  }

  @Test
  void a_negative_line_is_a_refund_with_negative_amounts_refund() throws IOException {
    Path tx =
        file(
            "export.csv",
            "customer_id,timestamp,amount\na,2024-01-01T10:00:00Z,10.00\n"
                + "a,2024-01-15T10:00:00Z,20.00\na,2024-01-20T10:00:00Z,-20.00\n");
    CliTestSupport.Result refused = crm(summary(tx));
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err())
        .contains("export.csv line 4, column 'amount'")
        .contains("--negative-amounts refund");
    CliTestSupport.Result r = crm(summary(tx, "--negative-amounts", "refund"));
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(rowById(json(r).get("rows"), "a").get("total_spend").asDouble()).isEqualTo(10.0);
  }

  @Test
  void no_header_works_in_every_transactions_command() throws IOException {
    Path tx =
        file(
            "nh.csv",
            "a,2024-01-01T10:00:00Z,10.00\na,2024-01-15T10:00:00Z,20.00\nb,2024-01-03T09:00:00Z,5.50\n"
                + "a,2024-02-05T12:00:00Z,30.00\nc,2024-02-10T08:00:00Z,12.00\nb,2024-03-01T08:00:00Z,7.50\n");
    Path program = Datasets.copyTo("cd-club.json", dir);
    List<String[]> commands =
        List.of(
            new String[] {
              "summary",
              "--transactions",
              tx.toString(),
              "--no-header",
              "--calibration-end",
              "2024-03-31"
            },
            new String[] {
              "lifecycle", "--transactions", tx.toString(), "--no-header", "--at", "2024-03-31"
            },
            new String[] {
              "loyalty",
              "simulate",
              "--program",
              program.toString(),
              "--transactions",
              tx.toString(),
              "--no-header"
            },
            new String[] {
              "summary",
              "--transactions",
              tx.toString(),
              "--no-header",
              "--customer-column",
              "1",
              "--timestamp-column",
              "2",
              "--amount-column",
              "3",
              "--calibration-end",
              "2024-03-31"
            });
    for (String[] c : commands) {
      CliTestSupport.Result r = crm(c);
      assertThat(r.exitCode()).as(String.join(" ", c) + ": " + r.err()).isZero();
      assertThat(r.err()).doesNotContain("Column.at");
    }
  }

  @Test
  void no_header_with_a_column_name_says_to_give_positions() throws IOException {
    Path tx = file("nh.csv", "a,2024-01-01T10:00:00Z,10.00\n");
    CliTestSupport.Result r =
        crm(
            "summary",
            "--transactions",
            tx.toString(),
            "--no-header",
            "--amount-column",
            "price",
            "--calibration-end",
            "2024-03-31");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("'price'").contains("1-based position");
  }

  @Test
  void money_as_us_exports_write_it_with_amount_format_en_us() throws IOException {
    Path tx =
        file(
            "shop.csv",
            "customer_id,timestamp,amount\na,2024-01-01T10:00:00Z,$59.54\n"
                + "a,2024-01-15T10:00:00Z,\"1,234.50\"\nb,2024-01-03T09:00:00Z,\"$1,000.00\"\n");
    CliTestSupport.Result r = crm(summary(tx, "--amount-format", "en-US"));
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode rows = json(r).get("rows");
    assertThat(rowById(rows, "a").get("total_spend").asDouble()).isEqualTo(1294.04);
    assertThat(rowById(rows, "b").get("total_spend").asDouble()).isEqualTo(1000.0);
  }

  @Test
  void money_as_german_exports_write_it_with_amount_format_de_de() throws IOException {
    Path tx =
        file(
            "shop.csv",
            "customer_id;timestamp;amount\na;2024-01-01T10:00:00Z;1.234,50\na;2024-01-15T10:00:00Z;12,50 €\n");
    CliTestSupport.Result r = crm(summary(tx, "--separator", ";", "--amount-format", "de-DE"));
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(rowById(json(r).get("rows"), "a").get("total_spend").asDouble()).isEqualTo(1247.0);
  }

  @Test
  void on_error_skip_imports_the_good_rows_writes_the_rejected_ones_and_says_how_many()
      throws IOException {
    Path tx =
        file(
            "mixed.csv",
            "customer_id,timestamp,amount\na,2024-01-01T10:00:00Z,10.00\nb,2024-01-02T10:00:00Z,12.5x\n"
                + "c,2024-01-03T10:00:00Z,7\nd,yesterday,3\n");
    Path rejected = dir.resolve("rejected.csv");
    CliTestSupport.Result r =
        crm(summary(tx, "--on-error", "skip", "--rejected", rejected.toString()));
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("mixed.csv: 2 rows imported, 2 rejected (see " + rejected + ")");
    List<String> lines = Files.readAllLines(rejected);
    assertThat(lines.get(0)).isEqualTo("line,column,value,reason,raw");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).startsWith("3,'amount',12.5x,is not a decimal number");
    assertThat(lines.get(2)).startsWith("5,'timestamp',yesterday,");
    assertThat(json(r).get("rows")).hasSize(2);
  }

  @Test
  void rejected_without_on_error_skip_is_a_usage_error() throws IOException {
    Path tx = file("t.csv", "customer_id,timestamp,amount\na,2024-01-01T10:00:00Z,10.00\n");
    CliTestSupport.Result r = crm(summary(tx, "--rejected", dir.resolve("r.csv").toString()));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--rejected needs --on-error skip");
  }

  @Test
  void invalid_utf8_names_the_file_line_and_column_and_skip_mode_rejects_only_that_row()
      throws IOException {
    byte[] head =
        "customer_id,timestamp,amount\na,2024-01-01T10:00:00Z,10.00\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] bad = {
      'b',
      (byte) 0xE9,
      ',',
      '2',
      '0',
      '2',
      '4',
      '-',
      '0',
      '1',
      '-',
      '0',
      '2',
      'T',
      '1',
      '0',
      ':',
      '0',
      '0',
      ':',
      '0',
      '0',
      'Z',
      ',',
      '5',
      '\n'
    };
    Path tx = dir.resolve("latin1.csv");
    Files.write(tx, concat(head, bad));
    CliTestSupport.Result strict = crm(summary(tx));
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.err())
        .contains("latin1.csv line 3, column 'customer_id'")
        .contains("not valid UTF-8")
        .doesNotContain("Input length");
    CliTestSupport.Result lenient = crm(summary(tx, "--on-error", "skip"));
    assertThat(lenient.exitCode()).as(lenient.err()).isZero();
    assertThat(lenient.err()).contains("1 rows imported, 1 rejected");
  }

  @Test
  void a_byte_order_mark_is_skipped() throws IOException {
    Path tx = dir.resolve("bom.csv");
    Files.write(
        tx,
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            "customer_id,timestamp,amount\na,2024-01-01T10:00:00Z,10.00\n"
                .getBytes(StandardCharsets.UTF_8)));
    CliTestSupport.Result r = crm(summary(tx));
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  @Test
  void a_directory_is_named_as_a_directory() {
    CliTestSupport.Result r = crm(summary(dir));
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains(dir.toString()).contains("is a directory");
  }

  @Test
  void a_700000_digit_amount_is_refused_with_a_short_message() throws IOException {
    Path tx =
        file(
            "big.csv",
            "customer_id,timestamp,amount\na,2024-01-01T10:00:00Z,1." + "1".repeat(699_998) + "\n");
    CliTestSupport.Result r = crm(summary(tx));
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains("big.csv line 2, column 'amount'")
        .contains("700,000 characters long")
        .hasSizeLessThan(500);
  }

  @Test
  void a_header_only_file_is_a_data_error_not_an_empty_result() throws IOException {
    Path tx = file("empty.csv", "customer_id,timestamp,amount\n");
    CliTestSupport.Result r = crm(summary(tx));
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("empty.csv").contains("has no data rows after its header");
  }

  @Test
  void customers_whose_first_purchase_is_after_the_calibration_end_are_named_on_stderr_and_in_json()
      throws IOException {
    Path tx =
        file(
            "late.csv",
            "customer_id,timestamp,amount\na,2024-01-01T10:00:00Z,10.00\nb,2024-02-01T10:00:00Z,5\n"
                + "late1,2024-04-02T10:00:00Z,7\nlate2,2024-05-02T10:00:00Z,9\n");
    CliTestSupport.Result r = crm(summary(tx));
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err())
        .contains("2 of 4 customers left out")
        .contains("first purchase after the calibration end")
        .contains("late1, late2");
    JsonNode n = json(r);
    assertThat(n.get("rows")).hasSize(2);
    assertThat(n.get("excluded")).hasSize(2);
    assertThat(n.get("excluded").get(0).get("id").asText()).isEqualTo("late1");
    assertThat(n.get("excluded").get(0).get("reason").asText())
        .isEqualTo("first purchase on 2024-04-02 is after the calibration end 2024-03-31");
  }

  @Test
  void report_with_program_but_no_tiers_says_the_tier_chart_is_left_out() throws IOException {
    Path sample = Datasets.copyTo("CDNOW_sample.txt", dir);
    Path program = Datasets.copyTo("cd-club.json", dir);
    CliTestSupport.Result r =
        crm(
            "report",
            "--transactions",
            sample.toString(),
            "--layout",
            "cdnow-sample",
            "--calibration-end",
            "1997-09-30",
            "--program",
            program.toString(),
            "--out",
            dir.resolve("r.html").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("--program without --tiers").contains("no loyalty tier chart");
    // the page says so too
    assertThat(Files.readString(dir.resolve("r.html"), java.nio.charset.StandardCharsets.UTF_8))
        .contains("Left out because the programme has no tiers: give --tiers FILE.");
  }

  static JsonNode json(CliTestSupport.Result r) throws IOException {
    assertThat(r.exitCode()).as(r.err()).isZero();
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
