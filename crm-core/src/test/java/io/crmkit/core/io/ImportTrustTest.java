package io.crmkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.core.transaction.TransactionId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's own export goes in, or the import says exactly which line, column and why (issue 12).
 */
class ImportTrustTest {

  @TempDir Path dir;

  static final String HEADER = "customer_id,timestamp,amount\n";

  static TransactionCsvReader reader() {
    return TransactionCsvReader.of(TransactionCsvFormat.builder(ZoneOffset.UTC).build());
  }

  static Reader bytes(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return Inputs.decoding(new ByteArrayInputStream(out.toByteArray()));
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void a_utf8_byte_order_mark_before_the_header_is_skipped() {
    ImportResult<List<Transaction>> r =
        reader()
            .readTransactions(
                bytes(
                    new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    utf8(HEADER + "1,2024-01-01T00:00:00Z,5\n")),
                "bom.csv");
    assertThat(r.value()).hasSize(1);
  }

  @Test
  void a_byte_order_mark_in_a_string_reader_is_skipped_too() {
    ImportResult<List<Transaction>> r =
        reader()
            .readTransactions(
                new StringReader("\uFEFF" + HEADER + "1,2024-01-01T00:00:00Z,5\n"), "bom.csv");
    assertThat(r.value()).hasSize(1);
  }

  @Test
  void invalid_utf8_fails_naming_the_line_and_column_instead_of_input_length() {
    assertThatThrownBy(
            () ->
                reader()
                    .readTransactions(
                        bytes(
                            utf8(HEADER + "1,2024-01-01T00:00:00Z,5\n2,2024-01-01T00:00:00Z,"),
                            new byte[] {(byte) 0xFF, '5', '\n'}),
                        "latin.csv"))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("latin.csv line 3, column 'amount'")
        .hasMessageContaining("is not valid UTF-8");
  }

  @Test
  void invalid_utf8_in_lenient_mode_rejects_the_row_and_imports_the_rest() {
    ImportResult<List<Transaction>> r =
        reader()
            .collectingRejectedRows()
            .readTransactions(
                bytes(
                    utf8(HEADER + "1,2024-01-01T00:00:00Z,5\n"),
                    new byte[] {
                      '2',
                      (byte) 0xC3,
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
                      '1',
                      'T',
                      '0',
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
                    },
                    utf8("3,2024-01-02T00:00:00Z,7\n")),
                "latin.csv");
    assertThat(r.value()).extracting(t -> t.customerId().value()).containsExactly("1", "3");
    assertThat(r.report().rejected())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.line()).isEqualTo(3);
              assertThat(row.column()).isEqualTo("'customer_id'");
              assertThat(row.reason()).contains("not valid UTF-8");
            });
  }

  @Test
  void a_directory_is_refused_saying_it_is_a_directory() {
    assertThatThrownBy(() -> reader().readColumns(dir))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(dir.toString())
        .hasMessageContaining("is a directory");
  }

  @Test
  void an_unreadable_file_is_refused_saying_permission_denied() {
    Path f = dir.resolve("secret.csv");
    UncheckedIOException e =
        Inputs.unreadable(f, new java.nio.file.AccessDeniedException(f.toString()));
    assertThat(e).hasMessage("cannot read " + f + ": permission denied");
  }

  @Test
  void a_missing_file_is_named_as_not_found() {
    assertThatThrownBy(() -> reader().readColumns(dir.resolve("nope.csv")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("file not found: " + dir.resolve("nope.csv"));
  }

  @Test
  void an_epoch_beyond_what_an_instant_holds_is_a_named_row_error() {
    TransactionCsvReader r =
        TransactionCsvReader.of(
            TransactionCsvFormat.builder(ZoneOffset.UTC)
                .timestamp(Column.named("timestamp"), TimestampFormat.epochSeconds())
                .build());
    assertThatThrownBy(
            () ->
                r.readTransactions(
                    new StringReader(HEADER + "1,9223372036854775807,5\n"), "epoch.csv"))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("epoch.csv line 2, column 'timestamp'")
        .hasMessageContaining("outside the supported range of timestamps");
  }

  @Test
  void an_unbalanced_quote_ends_the_import_with_a_bounded_message() {
    StringBuilder csv = new StringBuilder(HEADER + "1,2024-01-01T00:00:00Z,\"5\n");
    for (int i = 0; i < 1000; i++) {
      csv.append(i).append(",2024-01-01T00:00:00Z,12.50\n");
    }
    assertThatThrownBy(
            () ->
                reader()
                    .collectingRejectedRows()
                    .readTransactions(new StringReader(csv.toString()), "q.csv"))
        .isInstanceOf(ImportException.class)
        .satisfies(
            e -> {
              ImportException ie = (ImportException) e;
              assertThat(ie.line()).isEqualTo(2);
              assertThat(ie.column()).isEqualTo("'amount'");
              assertThat(ie.getMessage())
                  .hasSizeLessThan(400)
                  .contains("a quote opened in it is not closed");
            });
  }

  @Test
  void a_huge_header_gives_a_bounded_message() {
    String header = "x".repeat(12_000) + ",timestamp,amount\n";
    assertThatThrownBy(
            () ->
                reader()
                    .readTransactions(
                        new StringReader(header + "1,2024-01-01T00:00:00Z,5\n"), "h.csv"))
        .isInstanceOf(ImportException.class)
        .satisfies(
            e ->
                assertThat(e.getMessage())
                    .hasSizeLessThan(400)
                    .contains("line 1")
                    .contains("'customer_id'"));
  }

  @Test
  void a_700000_digit_amount_is_refused_by_the_amount_length_limit() {
    String csv = HEADER + "1,2024-01-01T00:00:00Z,1." + "1".repeat(699_998) + "\n";
    ImportResult<List<Transaction>> r =
        reader().collectingRejectedRows().readTransactions(new StringReader(csv), "big.csv");
    assertThat(r.report().rejected())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.reason())
                  .contains("700,000 characters long")
                  .contains("ImportLimits.maxAmountLength");
              assertThat(row.value()).hasSizeLessThan(150);
            });
  }

  @Test
  void limits_are_configurable() {
    TransactionCsvReader r = reader().withLimits(ImportLimits.defaults().withMaxFieldLength(3));
    assertThatThrownBy(
            () ->
                r.readTransactions(
                    new StringReader(HEADER + "1234,2024-01-01T00:00:00Z,5\n"), "l.csv"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("ImportLimits.maxFieldLength");
  }

  @Test
  void a_record_longer_than_the_limit_ends_the_import_naming_its_line() {
    TransactionCsvReader r =
        reader().withLimits(ImportLimits.defaults().withMaxRecordLength(10_000));
    String csv = HEADER + "1,2024-01-01T00:00:00Z,5," + "n".repeat(50_000) + "\n";
    assertThatThrownBy(() -> r.collectingRejectedRows().readColumns(new StringReader(csv), "r.csv"))
        .isInstanceOf(ImportException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
  }

  @Test
  void a_last_record_without_a_line_break_reads_under_a_small_record_limit() {
    // FastCSV 4.0.0 refused it with a buffer of 8,192 characters ("not valid CSV"): a random
    // jqwik seed of ByteColumnsReaderProperties found it
    TransactionCsvReader r = reader().withLimits(new ImportLimits(100, 20, 200));
    for (String last : List.of("2,2024-01-02T00:00:00Z,7", "   ")) {
      ImportReport report =
          r.readColumns(new StringReader(HEADER + "1,2024-01-01T00:00:00Z,5\n" + last), "n.csv")
              .report();
      assertThat(report.imported()).as(last).isEqualTo(last.isBlank() ? 1 : 2);
    }
  }

  @Test
  void a_record_over_a_small_record_limit_ends_the_import_naming_its_line() {
    TransactionCsvReader r = reader().withLimits(new ImportLimits(50, 20, 60));
    String csv = HEADER + "1,2024-01-01T00:00:00Z,5\n2,2024-01-01T00:00:00Z,5," + "n".repeat(61);
    assertThatThrownBy(() -> r.readColumns(new StringReader(csv), "r.csv"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("r.csv line 3")
        .hasMessageContaining("ImportLimits.maxRecordLength");
  }

  @Test
  void money_as_us_exports_write_it() {
    TransactionCsvReader r =
        TransactionCsvReader.of(
            TransactionCsvFormat.builder(ZoneOffset.UTC)
                .amountFormat(AmountFormat.of(Locale.US))
                .build());
    List<Transaction> t =
        r.readTransactions(
                new StringReader(
                    HEADER
                        + "1,2024-01-01T00:00:00Z,$59.54\n"
                        + "2,2024-01-01T00:00:00Z,\"1,234.50\"\n3,2024-01-01T00:00:00Z,\"$1,000,000\"\n4,2024-01-01T00:00:00Z,12.50 USD\n"),
                "us.csv")
            .value();
    assertThat(t)
        .extracting(x -> x.total().amount())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(
            new BigDecimal("59.54"),
            new BigDecimal("1234.50"),
            new BigDecimal("1000000"),
            new BigDecimal("12.50"));
  }

  @Test
  void money_as_german_exports_write_it() {
    TransactionCsvReader r =
        TransactionCsvReader.of(
            TransactionCsvFormat.builder(ZoneOffset.UTC)
                .separator(';')
                .amountFormat(AmountFormat.of(Locale.GERMANY))
                .build());
    ImportResult<TransactionColumns> c =
        r.readColumns(
            new StringReader(
                "customer_id;timestamp;amount\n1;2024-01-01T00:00:00Z;1.234,50\n2;2024-01-01T00:00:00Z;12,50 €\n"),
            "de.csv");
    assertThat(c.value().amount(0)).isEqualTo(1234.5);
    assertThat(c.value().amount(1)).isEqualTo(12.5);
  }

  @Test
  void misplaced_grouping_is_refused_rather_than_misread() {
    AmountFormat us = AmountFormat.of(Locale.US);
    assertThatThrownBy(() -> us.normalize("12,50")).hasMessageContaining("grouping");
    assertThatThrownBy(() -> us.normalize("1,2345.00")).hasMessageContaining("grouping");
    assertThat(us.normalize("1234.5")).isEqualTo("1234.5");
    assertThat(us.normalize("(5.00)")).isEqualTo("-5.00");
    assertThat(us.normalize("-$5.00")).isEqualTo("-5.00");
    assertThat(us.normalize("$-5.00")).isEqualTo("-5.00");
  }

  @Test
  void a_formatted_amount_in_the_plain_format_says_which_option_reads_it() {
    assertThatThrownBy(
            () ->
                reader()
                    .readTransactions(
                        new StringReader(HEADER + "1,2024-01-01T00:00:00Z,$59.54\n"), "p.csv"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("AmountFormat");
  }

  @Test
  void a_negative_line_is_a_refund_of_the_customers_latest_earlier_purchase_when_opted_in() {
    TransactionCsvReader r =
        TransactionCsvReader.of(
            TransactionCsvFormat.builder(ZoneOffset.UTC)
                .transactionId(Column.named("order"))
                .negativeAmounts(NegativeAmounts.REFUND)
                .build());
    List<Transaction> t =
        r.readTransactions(
                new StringReader(
                    "order,customer_id,timestamp,amount\n"
                        + "o1,7,2024-01-01T00:00:00Z,20\no2,7,2024-01-02T00:00:00Z,30\no3,7,2024-01-05T00:00:00Z,-30\n"),
                "neg.csv")
            .value();
    assertThat(t.get(2).isRefund()).isTrue();
    assertThat(t.get(2).total().amount()).isEqualByComparingTo("30");
    assertThat(t.get(2).refundOf()).contains(TransactionId.of("o2"));
  }

  @Test
  void a_negative_line_names_the_refunded_order_from_its_column() {
    TransactionCsvReader r =
        TransactionCsvReader.of(
            TransactionCsvFormat.builder(ZoneOffset.UTC)
                .transactionId(Column.named("order"))
                .refundOf(Column.named("refund_of"))
                .negativeAmounts(NegativeAmounts.REFUND)
                .build());
    List<Transaction> t =
        r.readTransactions(
                new StringReader(
                    "order,customer_id,timestamp,amount,refund_of\n"
                        + "o1,7,2024-01-01T00:00:00Z,20,\no2,7,2024-01-02T00:00:00Z,30,\no3,7,2024-01-05T00:00:00Z,-20,o1\n"),
                "neg.csv")
            .value();
    assertThat(t.get(2).refundOf()).isEqualTo(Optional.of(TransactionId.of("o1")));
  }

  @Test
  void a_negative_line_without_an_earlier_purchase_is_a_bad_row() {
    TransactionCsvReader r =
        TransactionCsvReader.of(
            TransactionCsvFormat.builder(ZoneOffset.UTC)
                .negativeAmounts(NegativeAmounts.REFUND)
                .build());
    ImportResult<TransactionColumns> c =
        r.collectingRejectedRows()
            .readColumns(
                new StringReader(
                    HEADER
                        + "7,2024-01-05T00:00:00Z,-30\n7,2024-01-06T00:00:00Z,30\n7,2024-01-07T00:00:00Z,-30\n"),
                "neg.csv");
    assertThat(c.value().size()).isEqualTo(2);
    assertThat(c.value().isRefund(1)).isTrue();
    assertThat(c.report().rejected())
        .singleElement()
        .satisfies(row -> assertThat(row.reason()).contains("no earlier purchase"));
  }

  @Test
  void negative_amounts_stay_refused_by_default() {
    assertThatThrownBy(
            () ->
                reader()
                    .readColumns(
                        new StringReader(HEADER + "7,2024-01-05T00:00:00Z,-30\n"), "neg.csv"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("is negative");
  }

  @Test
  void invalid_utf8_in_a_json_file_rejects_its_element_instead_of_importing_garbage()
      throws java.io.IOException {
    Path f = dir.resolve("t.json");
    java.nio.file.Files.write(
        f,
        concat(
            utf8("[{\"id\":\"t1\",\"customerId\":\"b"),
            new byte[] {(byte) 0xE9},
            utf8(
                "\",\"timestamp\":\"2024-01-31T09:30:00Z\",\"total\":{\"amount\":\"12.50\",\"currency\":\"EUR\"},"
                    + "\"kind\":\"PURCHASE\",\"lines\":[]}]")));
    ImportResult<List<Transaction>> r = TransactionJsonFiles.read(f, ErrorPolicy.COLLECT);
    assertThat(r.value()).isEmpty();
    assertThat(r.report().rejected())
        .singleElement()
        .satisfies(row -> assertThat(row.reason()).contains("not valid UTF-8"));
  }

  @Test
  void invalid_utf8_in_a_summary_id_is_named() throws java.io.IOException {
    Path f = dir.resolve("s.csv");
    java.nio.file.Files.write(
        f,
        concat(
            utf8("id,frequency,recency,T,monetary_value\nb"),
            new byte[] {(byte) 0xE9},
            utf8(",1,2.0,3.0,4.0\n")));
    assertThatThrownBy(() -> SummaryCsv.read(f, io.crmkit.core.summary.TimeScale.WEEKS))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("s.csv line 2, column 'id'")
        .hasMessageContaining("not valid UTF-8");
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
