package io.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * {@link SummaryTable#read}, whose plain files take the byte-level path, reads every summary file
 * as the line-by-line reader does: the same columns and summaries, or the same error.
 */
class SummaryTableProperties {

  static final List<String> ODD =
      List.of(
          "-1",
          "1e2",
          "2.5",
          "",
          "x",
          "1.0",
          "NaN",
          "0.1234567890123456789",
          "1E-3",
          "+4",
          " 3 ",
          "Infinity",
          "3d",
          "1e400",
          "-0",
          "0x10");

  @Provide
  Arbitrary<String> files() {
    Arbitrary<String> id =
        Arbitraries.frequencyOf(
            Tuple.of(9, Arbitraries.integers().between(0, 60).map(String::valueOf)),
            Tuple.of(1, Arbitraries.of("c-1", "007", "", " 8 ", "\"q\"", "é")));
    Arbitrary<String> x =
        Arbitraries.frequencyOf(
            Tuple.of(9, Arbitraries.integers().between(0, 9).map(String::valueOf)),
            Tuple.of(1, Arbitraries.of(ODD)));
    Arbitrary<String> time =
        Arbitraries.frequencyOf(
            Tuple.of(9, Arbitraries.doubles().between(0, 60).map(d -> Double.toString(d))),
            Tuple.of(1, Arbitraries.of(ODD)));
    Arbitrary<String> row =
        Combinators.combine(id, x, time, time, time, Arbitraries.integers().between(0, 30))
            .as(
                (i, f, r, t, m, shape) ->
                    shape == 0
                        ? ""
                        : shape == 1
                            ? i + "," + f
                            : i
                                + ","
                                + f
                                + ","
                                + (f.equals("0") ? "0" : r)
                                + ","
                                + t
                                + ","
                                + m
                                + (shape > 25 ? ",extra" : ""));
    Arbitrary<String> header =
        Arbitraries.of(
            "id,frequency,recency,T,monetary_value",
            "ID,x,t_x,T,zbar",
            "customer_id,frequency,recency,T",
            "frequency,recency,T,weights",
            "id,frequency,recency,periods",
            "id,T");
    return Combinators.combine(header, row.list().ofMaxSize(25), Arbitraries.of("\n", "\r\n"))
        .as((h, rows, nl) -> h + nl + String.join(nl, rows) + nl);
  }

  static String outcome(java.util.function.Supplier<SummaryTable> read) {
    try {
      SummaryTable t = read.get();
      StringBuilder sb = new StringBuilder(t + " " + t.ids().map(Arrays::toString).orElse("-"));
      for (var column : List.of(t.x, t.tx, t.age, t.monetary, t.periods, t.weights)) {
        sb.append(' ').append(column.map(Arrays::toString).orElse("-"));
      }
      try {
        CustomerSummaries s = t.toSummaries(TimeScale.WEEKS);
        for (int i = 0; i < s.size(); i++) {
          sb.append(' ').append(s.get(i));
        }
      } catch (RuntimeException e) {
        sb.append(" summaries: ").append(e.getMessage());
      }
      return sb.toString();
    } catch (RuntimeException e) {
      return "error " + e.getClass().getName() + ": " + e.getMessage();
    }
  }

  @Property(tries = 300)
  void plain_files_read_as_line_by_line(@ForAll("files") String text) throws IOException {
    Path file = Files.createTempFile("crmkit-table-", ".csv");
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      assertThat(outcome(() -> SummaryTable.read(file)))
          .isEqualTo(outcome(() -> SummaryTable.readLines(file)));
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
