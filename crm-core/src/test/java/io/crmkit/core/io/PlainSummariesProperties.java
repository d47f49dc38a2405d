package io.crmkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link SummaryCsv#read(Path, TimeScale)}, whose plain files take the byte-level path ({@link
 * PlainCsv}, {@link CustomerSummaries#ofColumns}), reads every file as {@link
 * SummaryCsv#read(java.io.Reader, String, TimeScale)} does: the same summaries or the same error.
 */
class PlainSummariesProperties {

  static final List<String> ODD_NUMBERS =
      List.of(
          "-1",
          "1e2",
          "2.5",
          "",
          "x",
          "1.0",
          "NaN",
          "0.1234567890123456789",
          "30.857142857142858",
          "1E-3",
          "+4",
          " 3 ",
          "Infinity",
          "3d",
          "12345678901");

  @Provide
  Arbitrary<String> files() {
    Arbitrary<String> id =
        Arbitraries.frequencyOf(
            Tuple.of(9, Arbitraries.integers().between(0, 60).map(String::valueOf)),
            Tuple.of(1, Arbitraries.of("c-1", "007", "", " 8 ", "\"q\"", "é")));
    Arbitrary<String> x =
        Arbitraries.frequencyOf(
            Tuple.of(9, Arbitraries.integers().between(0, 9).map(String::valueOf)),
            Tuple.of(1, Arbitraries.of(ODD_NUMBERS)));
    Arbitrary<String> time =
        Arbitraries.frequencyOf(
            Tuple.of(9, Arbitraries.doubles().between(0, 60).map(d -> Double.toString(d))),
            Tuple.of(1, Arbitraries.of(ODD_NUMBERS)));
    Arbitrary<String> row =
        Combinators.combine(id, x, time, time, time, Arbitraries.integers().between(0, 30))
            .as(
                (i, f, r, t, m, shape) ->
                    shape == 0
                        ? ""
                        : shape == 1
                            ? i + "," + f
                            // mostly consistent rows: recency 0 without repeat purchases, T at
                            // least recency
                            : shape < 20
                                ? i + "," + f + "," + (f.equals("0") ? "0" : r) + "," + t + "," + m
                                : i + "," + f + "," + r + "," + t + "," + m + ",extra");
    Arbitrary<String> header =
        Arbitraries.of(
            "id,frequency,recency,T,monetary_value",
            "ID,x,t_x,T,zbar",
            "customer_id,frequency,recency,T",
            "id,frequency,recency,T,monetary_value,frequency_holdout",
            "id,frequency,T");
    return Combinators.combine(header, row.list().ofMaxSize(25), Arbitraries.of("\n", "\r\n"))
        .as((h, rows, nl) -> h + nl + String.join(nl, rows) + nl);
  }

  @Property(tries = 300)
  void plain_files_read_as_the_general_reader_reads_them(@ForAll("files") String text)
      throws IOException {
    Path file = Files.createTempFile("crmkit-summary-", ".csv");
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      String name = file.getFileName().toString();
      String general =
          outcome(() -> SummaryCsv.read(new StringReader(text), name, TimeScale.WEEKS));
      String viaPath = outcome(() -> SummaryCsv.read(file, TimeScale.WEEKS));
      Statistics.collect(
          PlainSummaries.read(file, TimeScale.WEEKS).isPresent() ? "fast" : "general",
          general.startsWith("error") ? "error" : "read");
      assertThat(viaPath).isEqualTo(general);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  interface Read {
    CustomerSummaries get();
  }

  /** Every column of every row (doubles by their bits), or the error. */
  static String outcome(Read read) {
    try {
      CustomerSummaries s = read.get();
      List<String> rows = new ArrayList<>();
      for (int i = 0; i < s.size(); i++) {
        rows.add(
            s.get(i)
                + "|"
                + Double.doubleToRawLongBits(s.recency(i))
                + "|"
                + Double.doubleToRawLongBits(s.age(i))
                + "|"
                + Double.doubleToRawLongBits(s.monetaryValue(i)));
      }
      return s.unit() + " " + s.hasHoldout() + " " + s.currency() + " " + rows;
    } catch (RuntimeException e) {
      return "error " + e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
