package io.crmkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.money.Money;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.core.transaction.TransactionId;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class TransactionCsvReaderTest {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  static Reader resource(String name) {
    return new InputStreamReader(
        Objects.requireNonNull(
            TransactionCsvReaderTest.class.getResourceAsStream("/io/crmkit/core/data/" + name)),
        StandardCharsets.UTF_8);
  }

  static TransactionCsvFormat simple() {
    return TransactionCsvFormat.builder(PARIS)
        .customerId(Column.named("customer"))
        .timestamp(Column.named("date"), TimestampFormat.isoDate())
        .amount(Column.named("amount"))
        .currency(Currency.getInstance("EUR"))
        .build();
  }

  @Test
  void cdnow_sample_loads_as_columns_and_as_transactions_with_the_same_published_summaries() {
    TransactionCsvReader reader = TransactionCsvReader.of(TransactionCsvFormat.cdnowSample());
    ImportResult<TransactionColumns> columns =
        reader.readColumns(resource("CDNOW_sample.txt"), "CDNOW_sample.txt");
    ImportResult<List<Transaction>> objects =
        reader.readTransactions(resource("CDNOW_sample.txt"), "CDNOW_sample.txt");
    assertThat(columns.report().imported()).isEqualTo(6919);
    assertThat(columns.report().rejected()).isEmpty();
    assertThat(objects.value()).hasSize(6919);
    SummaryOptions options =
        SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, LocalDate.of(1997, 9, 30));
    CustomerSummaries a = CustomerSummaries.of(columns.value(), options);
    CustomerSummaries b = CustomerSummaries.of(objects.value(), options);
    CustomerSummaries published =
        SummaryCsv.read(
            resource("cdnow_customers_summary_with_transactions.csv"), "cdnow", TimeScale.WEEKS);
    assertThat(a.size()).isEqualTo(2357).isEqualTo(b.size()).isEqualTo(published.size());
    for (int i = 0; i < published.size(); i++) {
      assertThat(a.id(i)).isEqualTo(published.id(i)).isEqualTo(b.id(i));
      assertThat(a.frequency(i)).isEqualTo(published.frequency(i)).isEqualTo(b.frequency(i));
      assertThat(a.recency(i)).isCloseTo(published.recency(i), within(0.005));
      assertThat(a.age(i)).isCloseTo(published.age(i), within(0.005));
      assertThat(a.monetaryValue(i)).isCloseTo(published.monetaryValue(i), within(0.005 + 1e-9));
      assertThat(b.monetaryValue(i)).isCloseTo(a.monetaryValue(i), within(1e-9));
    }
    assertThat(objects.value().get(0).total()).isEqualTo(Money.of("29.33", "USD"));
    assertThat(objects.value().get(0).id()).isEqualTo(TransactionId.of("L1"));
  }

  @Test
  void cdnow_master_reads_zero_padded_ids_as_numbers() {
    String master =
        " customer_id  date number_of_cds  dollar_value\n 00001 19970101  1   11.77\n 00002 19970112  1   12.00\n\n";
    ImportResult<TransactionColumns> r =
        TransactionCsvReader.of(TransactionCsvFormat.cdnowMaster())
            .readColumns(new StringReader(master), "CDNOW_master.txt");
    assertThat(r.value().size()).isEqualTo(2);
    assertThat(r.value().customerId(0)).isEqualTo("1");
    assertThat(r.report().blankLines()).isEqualTo(1);
  }

  @Test
  void local_dates_are_read_in_the_format_zone() {
    String csv = "customer,date,amount\n7,2024-03-31,10.50\n";
    List<Transaction> t =
        TransactionCsvReader.of(simple()).readTransactions(new StringReader(csv), "t.csv").value();
    assertThat(t.get(0).timestamp()).isEqualTo(Instant.parse("2024-03-30T23:00:00Z"));
    assertThat(t.get(0).total()).isEqualTo(Money.of("10.50", "EUR"));
  }

  @Test
  void a_bad_amount_fails_naming_source_line_column_value_and_reason() {
    String csv = "customer,date,amount\n7,2024-03-31,10.50\n8,2024-04-01,12.5x\n";
    assertThatThrownBy(
            () ->
                TransactionCsvReader.of(simple())
                    .readColumns(new StringReader(csv), "transactions.csv"))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            "transactions.csv line 3, column 'amount': value '12.5x' is not a decimal number")
        .satisfies(
            e -> {
              ImportException ie = (ImportException) e;
              assertThat(ie.line()).isEqualTo(3);
              assertThat(ie.column()).isEqualTo("'amount'");
            });
  }

  @Test
  void every_kind_of_bad_row_is_reported_with_collect_and_none_vanishes() {
    String csv =
        String.join(
            "\n",
            "customer,date,amount,currency,kind,refund_of",
            "1,2024-01-01,10.00,EUR,purchase,",
            "2,2024-13-01,10.00,EUR,purchase,",
            "3,2024-01-02,abc,EUR,purchase,",
            "4,2024-01-02,-5,EUR,purchase,",
            "5,2024-01-02,5,EURO,purchase,",
            ",2024-01-02,5,EUR,purchase,",
            "7,2024-01-02",
            "",
            "8,2024-01-02,5,EUR,gift,",
            "9,2024-01-02,5,EUR,refund,",
            "10,2024-01-02,5,EUR,refund,L2",
            "11,2024-01-02,NaN,EUR,purchase,",
            "12,2024-01-03,5,USD,purchase,");
    TransactionCsvFormat format =
        simple().toBuilder()
            .currencyColumn(Column.named("currency"))
            .kind(Column.named("kind"))
            .refundOf(Column.named("refund_of"))
            .build();
    ImportResult<TransactionColumns> r =
        TransactionCsvReader.of(format)
            .collectingRejectedRows()
            .readColumns(new StringReader(csv), "t.csv");
    ImportReport report = r.report();
    assertThat(report.dataRows()).isEqualTo(12);
    assertThat(report.blankLines()).isEqualTo(1);
    assertThat(report.imported()).isEqualTo(2);
    assertThat(report.imported() + report.rejected().size()).isEqualTo(report.dataRows());
    assertThat(report.rejected())
        .extracting(RejectedRow::describe)
        .containsExactly(
            "line 3, column 'date': value '2024-13-01' is not a timestamp in the format date 'yyyy-MM-dd'",
            "line 4, column 'amount': value 'abc' is not a decimal number",
            "line 5, column 'amount': value '-5' is negative: amounts are not negative (a kind column marks refunds, or read "
                + "negative amounts as refunds with NegativeAmounts.REFUND, the CLI's --negative-amounts refund)",
            "line 6, column 'currency': value 'EURO' is not an ISO 4217 currency code",
            "line 7, column 'customer': is blank: a customer id is required",
            "line 8, column 'amount': is missing: the row has 2 fields but column 'amount' is field 3",
            "line 10, column 'kind': value 'gift' is not a transaction kind: expected purchase or refund",
            "line 11, column 'refund_of': is empty: a refund must name the transaction it refunds",
            "line 13, column 'amount': value 'NaN' is not a decimal number",
            "line 14, column 'currency': value 'USD' is a different currency from EUR of the earlier rows (columns hold one currency)");
    assertThat(r.value().size()).isEqualTo(2);
    assertThat(r.value().isRefund(1)).isTrue();
    assertThat(report.toString())
        .contains("2 of 12 rows imported, 10 rejected, 1 blank lines skipped");
  }

  @Test
  void a_header_without_a_mapped_column_is_an_error_even_when_collecting() {
    assertThatThrownBy(
            () ->
                TransactionCsvReader.of(simple())
                    .collectingRejectedRows()
                    .readColumns(
                        new StringReader("customer,day,amount\n1,2024-01-01,1\n"), "t.csv"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining(
            "t.csv line 1, column 'date': is not in the header; the header has [customer, day, amount]");
  }

  @Test
  void an_empty_file_with_a_header_format_is_an_error_and_named_columns_need_a_header() {
    assertThatThrownBy(
            () -> TransactionCsvReader.of(simple()).readColumns(new StringReader(""), "empty.csv"))
        .hasMessageContaining("empty.csv line 1: has no header line");
    assertThatThrownBy(() -> TransactionCsvFormat.builder(PARIS).header(false).build())
        .hasMessageContaining("is named but the format has no header");
    assertThatThrownBy(() -> TransactionCsvFormat.builder(null))
        .hasMessageContaining("zone must not be null");
    assertThatThrownBy(() -> TimestampFormat.date("yyyy-MM-dd qqqqq ppp {"))
        .hasMessageContaining("not a valid");
    assertThatThrownBy(() -> Column.at(-1)).hasMessageContaining("-1");
  }

  @Test
  void malformed_quoting_ends_the_import_with_the_line() {
    String csv = "customer,date,amount\n1,2024-01-01,1\n\"2,2024-01-01,1\n";
    assertThatThrownBy(
            () -> TransactionCsvReader.of(simple()).readColumns(new StringReader(csv), "q.csv"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("q.csv line");
  }

  @Test
  void timestamp_formats_parse_their_own_forms() {
    assertThat(TimestampFormat.isoInstant().parseEpochSecond("2024-01-01T00:00:00Z", PARIS))
        .isEqualTo(1704067200L);
    assertThat(TimestampFormat.isoInstant().parseEpochSecond("2024-01-01T01:00:00+01:00", PARIS))
        .isEqualTo(1704067200L);
    assertThat(TimestampFormat.epochSeconds().parseEpochSecond("1704067200", PARIS))
        .isEqualTo(1704067200L);
    assertThat(TimestampFormat.epochMillis().parseEpochSecond("1704067200999", PARIS))
        .isEqualTo(1704067200L);
    assertThat(
            TimestampFormat.dateTime("yyyy-MM-dd HH:mm")
                .parseEpochSecond("2024-01-01 01:00", PARIS))
        .isEqualTo(1704067200L);
    assertThatThrownBy(() -> TimestampFormat.epochSeconds().parseEpochSecond("12a", PARIS))
        .hasMessageContaining("epoch seconds");
  }

  @net.jqwik.api.Property(tries = 2000)
  void fast_decimal_parsing_equals_double_parse_double(
      @net.jqwik.api.ForAll
          @net.jqwik.api.constraints.LongRange(
              min = -999_999_999_999_999L,
              max = 999_999_999_999_999L)
          long unscaled,
      @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 15) int scale) {
    String text = java.math.BigDecimal.valueOf(unscaled, scale).toPlainString();
    assertThat(TransactionCsvReader.fastDecimal(text)).isEqualTo(Double.parseDouble(text));
  }

  @Test
  void fast_decimal_parsing_declines_what_it_cannot_do_exactly() {
    assertThat(TransactionCsvReader.fastDecimal("1e3")).isNaN();
    assertThat(TransactionCsvReader.fastDecimal("1234567890123456")).isNaN();
    assertThat(TransactionCsvReader.fastDecimal("1.2.3")).isNaN();
    assertThat(TransactionCsvReader.fastDecimal("-")).isNaN();
    assertThat(TransactionCsvReader.fastDecimal("12.")).isEqualTo(12.0);
    assertThat(TransactionCsvReader.fastDecimal("0.0000000000000000000001")).isNaN();
    assertThat(TransactionCsvReader.fastDecimal("000000000000000000012.5")).isEqualTo(12.5);
  }

  @Test
  void decimal_syntax_is_strict() {
    assertThat(TransactionCsvReader.isDecimal("12.50")).isTrue();
    assertThat(TransactionCsvReader.isDecimal("-1")).isTrue();
    assertThat(TransactionCsvReader.isDecimal(".5")).isTrue();
    assertThat(TransactionCsvReader.isDecimal("1e3")).isTrue();
    assertThat(TransactionCsvReader.isDecimal("1e")).isFalse();
    assertThat(TransactionCsvReader.isDecimal("0x10")).isFalse();
    assertThat(TransactionCsvReader.isDecimal("1d")).isFalse();
    assertThat(TransactionCsvReader.isDecimal("Infinity")).isFalse();
    assertThat(TransactionCsvReader.isDecimal("")).isFalse();
    assertThat(TransactionCsvReader.isDecimal("12,5")).isFalse();
  }
}
