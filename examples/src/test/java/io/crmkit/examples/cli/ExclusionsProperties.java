package io.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionColumns;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * {@link Exclusions#of}, which finds each customer's first purchase on the primitive customer keys
 * (direct addressing for dense keys, an open-addressing table for sparse ones), names the same
 * customers with the same reasons as a map from id to first purchase does; and {@code crm
 * summary}'s rows streamed to CSV ({@link SummaryCommand#row}) are the bytes of its table's CSV.
 */
class ExclusionsProperties {

  private static final ZoneId ZONE = ZoneId.of("Europe/Istanbul");
  private static final LocalDate END = LocalDate.of(2024, 3, 31);
  private static final long START = LocalDate.of(2024, 1, 1).atStartOfDay(ZONE).toEpochSecond();

  record Row(String id, long epochSecond, double amount, boolean refund) {}

  @Provide
  Arbitrary<List<Row>> tables() {
    Arbitrary<String> id =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.integers().between(0, 40).map(String::valueOf)),
            Tuple.of(
                2,
                Arbitraries.longs()
                    .between(0, 999_999_999_999_999_999L)
                    .map(String::valueOf)), // sparse keys
            Tuple.of(1, Arbitraries.of("c-1", "c-2", "b", "007")));
    Arbitrary<Row> row =
        Combinators.combine(
                id,
                Arbitraries.longs().between(0, 180L * 86_400),
                Arbitraries.integers().between(1, 9_999),
                Arbitraries.integers().between(0, 9))
            .as((i, t, cents, k) -> new Row(i, START + t, cents / 100.0, k == 0));
    return row.list().ofMinSize(1).ofMaxSize(60);
  }

  /** The exclusions as the command computed them before: a map from id to first purchase. */
  static List<Exclusions.Excluded> reference(
      TransactionColumns tx, CustomerSummaries s, SummaryOptions options) {
    Map<String, Long> first = new HashMap<>();
    for (int i = 0; i < tx.size(); i++) {
      first.merge(tx.customerId(i), tx.isRefund(i) ? Long.MAX_VALUE : tx.epochSecond(i), Math::min);
    }
    List<Exclusions.Excluded> out = new ArrayList<>();
    first.forEach(
        (id, t) -> {
          if (s.indexOf(id).isPresent()) {
            return;
          }
          if (t == Long.MAX_VALUE) {
            out.add(new Exclusions.Excluded(id, "has refunds only, no purchase"));
            return;
          }
          LocalDate day = Instant.ofEpochSecond(t).atZone(options.zone()).toLocalDate();
          out.add(
              new Exclusions.Excluded(
                  id,
                  day.isAfter(options.calibrationEnd())
                      ? "first purchase on "
                          + day
                          + " is after the calibration end "
                          + options.calibrationEnd()
                      : "no purchase in the calibration period to " + options.calibrationEnd()));
        });
    out.sort(java.util.Comparator.comparing(Exclusions.Excluded::id));
    return out;
  }

  @Property(tries = 300)
  void exclusions_are_those_of_a_map_of_first_purchases(
      @ForAll("tables") List<Row> rows, @ForAll boolean holdout) {
    TransactionColumns.Builder b = TransactionColumns.builder();
    rows.forEach(r -> b.add(r.id(), r.epochSecond(), r.amount(), r.refund()));
    TransactionColumns tx = b.build();
    SummaryOptions options =
        holdout
            ? SummaryOptions.of(ZONE, TimeScale.WEEKS, END).withHoldoutUntil(END.plusMonths(2))
            : SummaryOptions.of(ZONE, TimeScale.WEEKS, END);
    CustomerSummaries s = CustomerSummaries.of(tx, options);
    assertThat(Exclusions.of(tx, s, options)).isEqualTo(reference(tx, s, options));

    StringWriter table = new StringWriter();
    SummaryCommand.table(s).writeCsv(table);
    StringWriter streamed = new StringWriter();
    io.crmkit.core.io.CsvRowWriter csv =
        io.crmkit.core.io.CsvRowWriter.to(streamed).header(SummaryCommand.columns(s));
    OutputOptions.CsvRow row = SummaryCommand.row(s);
    for (int i = 0; i < s.size(); i++) {
      row.write(csv, i);
      csv.endRow();
    }
    csv.flush();
    assertThat(streamed.toString()).isEqualTo(table.toString());
  }
}
