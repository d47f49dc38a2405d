package io.crmkit.lifecycle.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.summary.TransactionColumns;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CohortTableProperties {

  record Row(String customer, long epochSecond, double amount, boolean refund) {}

  private static final long START = Instant.parse("2023-10-01T00:00:00Z").getEpochSecond();

  @Provide
  Arbitrary<List<Row>> rows() {
    Arbitrary<Row> row =
        Combinators.combine(
                Arbitraries.of("a", "b", "c", "d", "e", "f", "7", "42"),
                Arbitraries.longs().between(0, 400L * 86_400),
                Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 9))
            .as((c, s, cents, r) -> new Row(c, START + s, cents / 100.0, r == 0));
    return row.list().ofMinSize(1).ofMaxSize(60);
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(
        ZoneId.of("UTC"),
        ZoneId.of("Europe/Berlin"),
        ZoneId.of("Pacific/Chatham"),
        ZoneId.of("America/Sao_Paulo"),
        ZoneId.of("Asia/Kolkata"));
  }

  private static TransactionColumns columns(List<Row> rows) {
    TransactionColumns.Builder b = TransactionColumns.builder();
    rows.forEach(r -> b.add(r.customer(), r.epochSecond(), r.amount(), r.refund()));
    return b.build();
  }

  @Property(tries = 300)
  void the_table_equals_a_direct_count_over_zoned_dates(
      @ForAll("rows") List<Row> rows, @ForAll("zones") ZoneId zone) {
    YearMonth last = YearMonth.of(2024, 8);
    if (rows.stream().noneMatch(r -> !r.refund() && month(r, zone).compareTo(last) <= 0)) {
      return; // no purchase to build a table from: refused, as the example test shows
    }
    CohortTable t = CohortTable.monthly(columns(rows), zone, last);

    Map<String, YearMonth> cohort = new HashMap<>();
    Map<String, Long> firstSecond = new HashMap<>();
    for (Row r : rows) {
      if (!r.refund() && month(r, zone).compareTo(last) <= 0) {
        firstSecond.merge(r.customer(), r.epochSecond(), Math::min);
      }
    }
    firstSecond.forEach(
        (c, s) -> cohort.put(c, YearMonth.from(Instant.ofEpochSecond(s).atZone(zone))));
    Map<YearMonth, Set<String>> members = new HashMap<>();
    Map<List<Object>, Set<String>> activeIn = new HashMap<>();
    Map<List<Object>, Double> revenue = new HashMap<>();
    for (Row r : rows) {
      YearMonth m = month(r, zone);
      YearMonth c = cohort.get(r.customer());
      if (m.compareTo(last) > 0 || c == null || r.epochSecond() < firstSecond.get(r.customer())) {
        continue;
      }
      List<Object> cell = List.of(c, (int) c.until(m, ChronoUnit.MONTHS));
      revenue.merge(cell, r.refund() ? -r.amount() : r.amount(), Double::sum);
      if (!r.refund()) {
        activeIn.computeIfAbsent(cell, k -> new HashSet<>()).add(r.customer());
      }
    }
    cohort.forEach((c, m) -> members.computeIfAbsent(m, k -> new HashSet<>()).add(c));

    for (YearMonth c : t.cohorts()) {
      assertThat(t.size(c)).isEqualTo(members.getOrDefault(c, Set.of()).size());
      for (int k = 0; k < t.monthsObserved(c); k++) {
        List<Object> cell = List.of(c, k);
        assertThat(t.active(c, k))
            .as("active %s", cell)
            .isEqualTo(activeIn.getOrDefault(cell, Set.of()).size());
        assertThat(t.revenue(c, k))
            .as("revenue %s", cell)
            .isCloseTo(revenue.getOrDefault(cell, 0.0), within(1e-6));
        assertThat(t.retention(c, k)).isBetween(0.0, 1.0);
      }
    }
    assertThat(t.accounting().total()).isEqualTo(rows.size());
  }

  @Property(tries = 200)
  void the_order_of_the_rows_does_not_matter(
      @ForAll("rows") List<Row> rows, @ForAll("zones") ZoneId zone, @ForAll long seed) {
    if (rows.stream().allMatch(Row::refund)) {
      return;
    }
    YearMonth last = YearMonth.of(2024, 12);
    List<Row> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(seed));
    CohortTable a = CohortTable.monthly(columns(rows), zone, last);
    CohortTable b = CohortTable.monthly(columns(shuffled), zone, last);

    assertThat(b.activeMatrix()).isDeepEqualTo(a.activeMatrix());
    assertThat(b.accounting()).isEqualTo(a.accounting());
    double[][] ra = a.revenueMatrix();
    double[][] rb = b.revenueMatrix();
    for (int i = 0; i < ra.length; i++) {
      for (int k = 0; k < ra[i].length; k++) {
        assertThat(rb[i][k]).isCloseTo(ra[i][k], within(1e-6));
      }
    }
  }

  private static YearMonth month(Row r, ZoneId zone) {
    return YearMonth.from(Instant.ofEpochSecond(r.epochSecond()).atZone(zone));
  }
}
