package io.crmkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.summary.TransactionColumns;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The byte-level fast path of {@link TransactionCsvReader#readColumns(Path)} agrees with the
 * general reader on every file: the same columns and report, or the same error (same line, column,
 * value and reason), in both error policies. Files are drawn from good and bad ids, timestamps and
 * amounts, blank lines, CRLF line ends, missing and extra fields, quotes and non-ASCII text.
 */
class ByteColumnsReaderProperties {

  /** A generated file with the format it is read in. */
  record Case(TransactionCsvFormat format, String text) {
    @Override
    public String toString() {
      return format + "\n" + text.replace("\r", "\\r");
    }
  }

  static final List<String> IDS =
      List.of(
          "1",
          "42",
          "0",
          "007",
          "123456789012345678",
          "1234567890123456789",
          "c-17",
          "alice",
          " 5 ",
          "",
          "  ",
          "x y",
          "\"q\"",
          "ünï",
          "-3",
          "+4",
          "9\t");

  static final List<String> DATES =
      List.of(
          "2024-03-01",
          "1997-01-01",
          "2023-02-28",
          "2024-02-29",
          "2023-02-29",
          "2024-02-30",
          "2024-04-31",
          "0000-01-01",
          "2024-13-01",
          "2024-1-5",
          "20240301",
          " 2024-03-02 ",
          "",
          "x",
          "12024-01-01",
          "1998-06-30");

  static final List<String> INSTANTS =
      List.of(
          "2024-03-01T10:15:30Z",
          "1997-01-01T00:00:00Z",
          "2024-03-01t10:15:30z",
          "2024-03-01T23:59:59Z",
          "2024-03-01T24:00:00Z",
          "2024-03-01T10:60:00Z",
          "2024-03-01T10:15:60Z",
          "2024-03-01T10:15:30+01:00",
          "2024-03-01T10:15:30.250Z",
          "2023-02-29T10:00:00Z",
          "2024-03-01T10:15Z",
          " 2024-03-01T10:15:30Z ",
          "2024-03-01",
          "",
          "2024-03-01T1a:15:30Z",
          "0000-01-01T00:00:00Z");

  static final List<String> AMOUNTS =
      List.of(
          "12.5",
          "0",
          "0.00",
          "100",
          "-1",
          "-0",
          "+3",
          "1e3",
          "1E-2",
          ".5",
          "5.",
          "00012.50",
          "1234567890.12345",
          "12345678901234567890",
          "0.1234567890123456789",
          "abc",
          "",
          " 7.25 ",
          "NaN",
          "Infinity",
          "1e400",
          "1.2.3",
          "9007199254740993");

  @Provide
  Arbitrary<Case> files() {
    Arbitrary<Boolean> instants = Arbitraries.of(false, true);
    return instants.flatMap(
        instant -> {
          Arbitrary<String> ts =
              Arbitraries.frequencyOf(
                  net.jqwik.api.Tuple.of(
                      8, Arbitraries.of(instant ? INSTANTS.subList(0, 2) : DATES.subList(0, 2))),
                  net.jqwik.api.Tuple.of(2, Arbitraries.of(instant ? INSTANTS : DATES)));
          Arbitrary<String> id =
              Arbitraries.frequencyOf(
                  net.jqwik.api.Tuple.of(
                      8, Arbitraries.integers().between(0, 30).map(String::valueOf)),
                  net.jqwik.api.Tuple.of(2, Arbitraries.of(IDS)));
          Arbitrary<String> amount =
              Arbitraries.frequencyOf(
                  net.jqwik.api.Tuple.of(
                      8,
                      Arbitraries.integers()
                          .between(0, 99_999)
                          .map(c -> c / 100 + "." + (c % 100))),
                  net.jqwik.api.Tuple.of(2, Arbitraries.of(AMOUNTS)));
          Arbitrary<String> extra = Arbitraries.of("", ",x", ",", ",\"a,b\"", ",é");
          Arbitrary<String> row =
              Combinators.combine(id, ts, amount, extra, Arbitraries.integers().between(0, 40))
                  .as(
                      (i, t, a, x, shape) ->
                          shape == 0
                              ? ""
                              : shape == 1
                                  ? "   "
                                  : shape == 2 ? i + "," + t : i + "," + t + "," + a + x);
          Arbitrary<List<String>> rows = row.list().ofMaxSize(30);
          Arbitrary<String> header =
              Arbitraries.of(
                  "customer_id,timestamp,amount",
                  "Customer_ID , TIMESTAMP,amount",
                  "customer_id,timestamp",
                  "customer_id,timestamp,amount,extra",
                  "\uFEFFcustomer_id,timestamp,amount",
                  "");
          Arbitrary<String> lineEnd = Arbitraries.of("\n", "\r\n", "\r");
          return Combinators.combine(
                  header,
                  rows,
                  lineEnd,
                  Arbitraries.of(false, true),
                  Arbitraries.of(false, true),
                  Arbitraries.of(',', ';'))
              .as(
                  (h, r, nl, lastBreak, numeric, sep) -> {
                    StringBuilder sb = new StringBuilder(h.isEmpty() ? "" : h + nl);
                    for (int k = 0; k < r.size(); k++) {
                      sb.append(r.get(k));
                      if (k < r.size() - 1 || lastBreak) {
                        sb.append(nl);
                      }
                    }
                    String text = sep == ',' ? sb.toString() : sb.toString().replace(',', ';');
                    TransactionCsvFormat.Builder f =
                        TransactionCsvFormat.builder(ZoneId.of("Europe/Paris"))
                            .timestamp(
                                io.crmkit.core.io.Column.named("timestamp"),
                                instant ? TimestampFormat.isoInstant() : TimestampFormat.isoDate())
                            .numericCustomerIds(numeric)
                            .separator(sep);
                    return new Case(f.build(), text);
                  });
        });
  }

  @Property(tries = 300)
  void the_fast_path_reads_every_file_as_the_general_reader_does(@ForAll("files") Case c)
      throws IOException {
    Path file = Files.createTempFile("crmkit-fast-", ".csv");
    try {
      Files.writeString(file, c.text(), StandardCharsets.UTF_8);
      String name = file.getFileName().toString();
      for (ErrorPolicy policy : ErrorPolicy.values()) {
        TransactionCsvReader reader = TransactionCsvReader.of(c.format()).withErrorPolicy(policy);
        Outcome general = outcome(() -> reader.readColumns(new StringReader(c.text()), name));
        Outcome viaPath = outcome(() -> reader.readColumns(file));
        assertThat(viaPath).as("readColumns(Path) with %s", policy).isEqualTo(general);
        Optional<ImportResult<TransactionColumns>> fast =
            ByteColumnsReader.read(file, c.format(), ImportLimits.defaults());
        Statistics.label("path " + policy)
            .collect(
                fast.isPresent() ? "fast" : "general", general.error() == null ? "read" : "error");
        if (fast.isPresent()) {
          assertThat(outcome(fast::get)).as("fast path").isEqualTo(general);
          assertThat(general.report().rejected()).isEmpty();
        }
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Property(tries = 200)
  void size_limits_hold_on_the_fast_path_as_on_the_general_reader(
      @ForAll("files") Case c,
      @ForAll @IntRange(min = 1, max = 12) int maxAmount,
      @ForAll @IntRange(min = 0, max = 16) int moreForFields,
      @ForAll @IntRange(min = 0, max = 40) int moreForRecords)
      throws IOException {
    // amount <= field <= record, as ImportLimits requires
    ImportLimits limits =
        new ImportLimits(
            maxAmount + moreForFields, maxAmount, maxAmount + moreForFields + moreForRecords);
    Path file = Files.createTempFile("crmkit-fast-", ".csv");
    try {
      Files.writeString(file, c.text(), StandardCharsets.UTF_8);
      String name = file.getFileName().toString();
      for (ErrorPolicy policy : ErrorPolicy.values()) {
        TransactionCsvReader reader =
            TransactionCsvReader.of(c.format()).withErrorPolicy(policy).withLimits(limits);
        Outcome general = outcome(() -> reader.readColumns(new StringReader(c.text()), name));
        Outcome viaPath = outcome(() -> reader.readColumns(file));
        assertThat(viaPath)
            .as("readColumns(Path) with %s and %s", policy, limits)
            .isEqualTo(general);
        Optional<ImportResult<TransactionColumns>> fast =
            ByteColumnsReader.read(file, c.format(), limits);
        Statistics.label("limited path " + policy).collect(fast.isPresent() ? "fast" : "general");
        if (fast.isPresent()) {
          assertThat(outcome(fast::get)).as("fast path under %s", limits).isEqualTo(general);
        }
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void minus_zero_is_zero_on_both_paths() throws IOException {
    Path file = Files.createTempFile("crmkit-fast-", ".csv");
    try {
      String text =
          "customer_id,timestamp,amount\n7,2024-03-01T10:15:30Z,-0\n8,2024-03-01T10:15:30Z,-0.00\n";
      Files.writeString(file, text, StandardCharsets.UTF_8);
      TransactionCsvFormat format = TransactionCsvFormat.builder(ZoneOffset.UTC).build();
      ImportResult<TransactionColumns> fast =
          ByteColumnsReader.read(file, format, ImportLimits.defaults()).orElseThrow();
      ImportResult<TransactionColumns> general =
          TransactionCsvReader.of(format).readColumns(new StringReader(text), "t");
      for (int i = 0; i < 2; i++) {
        assertThat(Double.doubleToRawLongBits(fast.value().amount(i)))
            .isEqualTo(Double.doubleToRawLongBits(0.0));
        assertThat(Double.doubleToRawLongBits(general.value().amount(i)))
            .isEqualTo(Double.doubleToRawLongBits(0.0));
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void a_plain_file_takes_the_fast_path() throws IOException {
    Path file = Files.createTempFile("crmkit-fast-", ".csv");
    try {
      Files.writeString(
          file,
          "customer_id,timestamp,amount\r\n7,2024-03-01T10:15:30Z,12.50\r\n\r\nalice,"
              + "2024-03-02T00:00:00Z,3\n",
          StandardCharsets.UTF_8);
      TransactionCsvFormat format = TransactionCsvFormat.builder(ZoneOffset.UTC).build();
      ImportResult<TransactionColumns> r =
          ByteColumnsReader.read(file, format, ImportLimits.defaults()).orElseThrow();
      assertThat(r.report().imported()).isEqualTo(2);
      assertThat(r.report().blankLines()).isEqualTo(1);
      assertThat(r.value().customerId(0)).isEqualTo("7");
      assertThat(r.value().customerId(1)).isEqualTo("alice");
      assertThat(r.value().epochSecond(0)).isEqualTo(1709288130L);
      assertThat(r.value().amount(0)).isEqualTo(12.5);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** What a read gave: the columns' content and report, or the exception's class and message. */
  record Outcome(
      List<String> rows, boolean numeric, String currency, ImportReport report, String error) {}

  interface Read {
    ImportResult<TransactionColumns> get();
  }

  static Outcome outcome(Read read) {
    try {
      ImportResult<TransactionColumns> r = read.get();
      TransactionColumns t = r.value();
      List<String> rows = new ArrayList<>();
      for (int i = 0; i < t.size(); i++) {
        rows.add(
            t.customerId(i)
                + "|"
                + t.epochSecond(i)
                + "|"
                + Double.doubleToRawLongBits(t.amount(i))
                + "|"
                + t.isRefund(i));
      }
      return new Outcome(
          rows, t.numericIds(), t.currency().map(Object::toString).orElse(""), r.report(), null);
    } catch (RuntimeException e) {
      return new Outcome(
          List.of(), false, "", null, e.getClass().getName() + ": " + e.getMessage());
    }
  }
}
