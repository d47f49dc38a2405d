package io.crmkit.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * {@link CustomerSummaries#ofColumns} builds the same summaries as the row-by-row builder, and
 * fails with the same message on the same bad row or repeated id.
 */
class OfColumnsProperties {

  record Row(String id, int frequency, double recency, double age, double monetary) {}

  @Provide
  Arbitrary<List<Row>> tables() {
    Arbitrary<String> id =
        Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.integers().between(0, 500).map(String::valueOf)),
            Tuple.of(2, Arbitraries.of("c-1", "c-2", "007", " 9", "", "b")));
    Arbitrary<Row> row =
        Combinators.combine(
                id,
                Arbitraries.integers().between(-1, 5),
                Arbitraries.doubles().between(-1, 30),
                Arbitraries.doubles().between(0, 40),
                Arbitraries.frequencyOf(
                    Tuple.of(9, Arbitraries.doubles().between(0, 100)),
                    Tuple.of(1, Arbitraries.of(-1.0, Double.NaN, Double.POSITIVE_INFINITY))))
            .as((i, f, r, t, m) -> new Row(i, f, f == 0 && r > 0 ? 0 : r, t, m));
    return row.list().ofMaxSize(40);
  }

  static String outcome(java.util.function.Supplier<CustomerSummaries> build) {
    try {
      CustomerSummaries s = build.get();
      List<String> rows = new ArrayList<>();
      for (int i = 0; i < s.size(); i++) {
        rows.add(s.get(i).toString());
      }
      return s.retainedBytes() + " bytes (numeric or text ids) " + rows;
    } catch (IllegalArgumentException e) {
      return "error: " + e.getMessage();
    }
  }

  @Property(tries = 500)
  void columns_give_the_builders_summaries_or_its_error(@ForAll("tables") List<Row> rows) {
    String viaBuilder =
        outcome(
            () -> {
              CustomerSummaries.Builder b = CustomerSummaries.builder(TimeScale.WEEKS);
              rows.forEach(r -> b.add(r.id(), r.frequency(), r.recency(), r.age(), r.monetary()));
              return b.build();
            });
    String viaColumns =
        outcome(
            () ->
                CustomerSummaries.ofColumns(
                    TimeScale.WEEKS,
                    rows.stream().map(Row::id).toArray(String[]::new),
                    rows.stream().mapToInt(Row::frequency).toArray(),
                    rows.stream().mapToDouble(Row::recency).toArray(),
                    rows.stream().mapToDouble(Row::age).toArray(),
                    rows.stream().mapToDouble(Row::monetary).toArray()));
    assertThat(viaColumns).isEqualTo(viaBuilder);
  }

  @Provide
  Arbitrary<List<Row>> numericTables() {
    return tables()
        .map(rows -> rows.stream().filter(r -> TransactionColumns.parseCanonical(r.id()) >= 0))
        .map(rows -> rows.toList());
  }

  @Property(tries = 500)
  void numeric_ids_give_the_summaries_or_the_error_of_their_texts(
      @ForAll("numericTables") List<Row> rows) {
    int[] f = rows.stream().mapToInt(Row::frequency).toArray();
    double[] r = rows.stream().mapToDouble(Row::recency).toArray();
    double[] t = rows.stream().mapToDouble(Row::age).toArray();
    double[] m = rows.stream().mapToDouble(Row::monetary).toArray();
    String viaTexts =
        outcome(
            () ->
                CustomerSummaries.ofColumns(
                    TimeScale.WEEKS,
                    rows.stream().map(Row::id).toArray(String[]::new),
                    f,
                    r,
                    t,
                    m));
    String viaNumbers =
        outcome(
            () ->
                CustomerSummaries.ofColumns(
                    TimeScale.WEEKS,
                    rows.stream().mapToLong(row -> Long.parseLong(row.id())).toArray(),
                    f,
                    r,
                    t,
                    m));
    assertThat(viaNumbers).isEqualTo(viaTexts);
  }

  @net.jqwik.api.Example
  void a_numeric_id_outside_the_canonical_range_is_refused_by_name() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                CustomerSummaries.ofColumns(
                    TimeScale.WEEKS,
                    new long[] {4, -1},
                    new int[] {0, 0},
                    new double[] {0, 0},
                    new double[] {1, 1},
                    new double[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ids[1] must be a customer number from 0 to 10^18 - 1 but was: -1");
  }
}
