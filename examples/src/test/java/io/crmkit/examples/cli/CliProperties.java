package io.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.lifecycle.stage.DefaultLifecycle;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the crm command's tables and lifecycle replay. */
class CliProperties {

  record Row(int x, double tx, double age, double m) {}

  record Purchase(int customer, int day, double amount) {}

  @Provide
  Arbitrary<List<Row>> summaryRows() {
    Arbitrary<Row> row =
        Combinators.combine(
                Arbitraries.integers().between(0, 60),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0.001, 500).ofScale(4),
                Arbitraries.doubles().between(0, 10_000))
            .as((x, share, age, m) -> new Row(x, x == 0 ? 0 : share * age, age, m));
    return row.list().ofMinSize(1).ofMaxSize(40);
  }

  @Property(tries = 100)
  void a_summary_table_written_as_csv_reads_back_exactly(@ForAll("summaryRows") List<Row> rows)
      throws IOException {
    Table t = Table.of("id", "frequency", "recency", "T", "monetary_value");
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      t.add("c" + i, r.x(), r.tx(), r.age(), r.m());
    }
    StringWriter w = new StringWriter();
    t.writeCsv(w);
    Path f = Files.createTempFile("summary", ".csv");
    try {
      Files.writeString(f, w.toString(), StandardCharsets.UTF_8);
      SummaryTable read = SummaryTable.read(f);
      assertThat(read.rows).isEqualTo(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        assertThat(read.idsOrRowNumbers()[i]).isEqualTo("c" + i);
        assertThat(read.frequencies()[i]).isEqualTo(rows.get(i).x());
        assertThat(read.recencies()[i]).isEqualTo(rows.get(i).tx());
        assertThat(read.ages()[i]).isEqualTo(rows.get(i).age());
        assertThat(read.monetaryValues()[i]).isEqualTo(rows.get(i).m());
      }
    } finally {
      Files.deleteIfExists(f);
    }
  }

  @Provide
  Arbitrary<List<Purchase>> purchases() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 30),
            Arbitraries.integers().between(0, 600),
            Arbitraries.doubles().between(0, 300).ofScale(2))
        .as(Purchase::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(200);
  }

  @Property(tries = 100)
  void replay_places_every_customer_once_and_lapses_the_long_silent(
      @ForAll("purchases") List<Purchase> purchases, @ForAll("days") int atDay) {
    TransactionColumns.Builder b = TransactionColumns.builder();
    for (Purchase p : purchases) {
      b.add("c" + p.customer(), p.day() * 86_400L + 3_600, p.amount());
    }
    LocalDate at = LocalDate.ofEpochDay(atDay);
    LifecycleReplay.Result r =
        LifecycleReplay.replay(b.build(), at, DefaultLifecycle.Thresholds.defaults(), 2);
    Map<String, Integer> lastDay = new HashMap<>();
    for (Purchase p : purchases) {
      if (p.day() <= atDay) {
        lastDay.merge("c" + p.customer(), p.day(), Math::max);
      }
    }
    long total = 0;
    for (long c : r.table().countsPerStage()) {
      total += c;
    }
    assertThat(total).isEqualTo(lastDay.size());
    assertThat(r.ids()).containsExactlyInAnyOrderElementsOf(lastDay.keySet());
    for (int i = 0; i < r.ids().length; i++) {
      int silent = atDay - lastDay.get(r.ids()[i]);
      String stage = r.table().stage(i).toString();
      if (silent >= 180) {
        assertThat(stage).isEqualTo("LAPSED");
      } else if (silent < 90) {
        assertThat(stage).isNotIn("AT_RISK", "LAPSED", "PROSPECT");
      }
    }
  }

  @Provide
  Arbitrary<Integer> days() {
    return Arbitraries.integers().between(0, 700);
  }
}
