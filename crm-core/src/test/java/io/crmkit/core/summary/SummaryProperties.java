package io.crmkit.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of customer summaries over random purchase histories. */
class SummaryProperties {

  record Row(String id, long epochSecond, double amount, boolean refund) {}

  static final LocalDate CAL_END = LocalDate.of(2024, 2, 29);
  static final LocalDate HOLDOUT_END = LocalDate.of(2024, 6, 30);
  static final long START = LocalDate.of(2023, 10, 1).toEpochDay() * 86_400L;
  static final long END = LocalDate.of(2024, 8, 1).toEpochDay() * 86_400L;

  @Provide
  Arbitrary<List<Row>> histories() {
    Arbitrary<String> ids = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 30).map(String::valueOf),
        Arbitraries.of("a", "b", "c-1", "007"));
    Arbitrary<Row> row = Combinators.combine(
        ids,
        Arbitraries.longs().between(START, END),
        Arbitraries.integers().between(0, 50_000).map(c -> c / 100.0),
        Arbitraries.integers().between(0, 9).map(k -> k == 0))
        .as(Row::new);
    return row.list().ofMinSize(0).ofMaxSize(80);
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZoneId.of("UTC"), ZoneId.of("Europe/Paris"), ZoneId.of("America/New_York"),
        ZoneId.of("Asia/Kolkata"), ZoneId.of("Pacific/Chatham"));
  }

  static CustomerSummaries summarize(List<Row> rows, ZoneId zone, TimeScale unit, boolean holdout) {
    TransactionColumns.Builder b = TransactionColumns.builder();
    for (Row r : rows) {
      b.add(r.id(), r.epochSecond(), r.amount(), r.refund());
    }
    SummaryOptions options = SummaryOptions.of(zone, unit, CAL_END);
    if (holdout) {
      options = options.withHoldoutUntil(HOLDOUT_END);
    }
    return CustomerSummaries.of(b.build(), options);
  }

  @Property(tries = 200)
  void recency_lies_between_zero_and_T(@ForAll("histories") List<Row> rows, @ForAll("zones") ZoneId zone) {
    CustomerSummaries s = summarize(rows, zone, TimeScale.WEEKS, false);
    for (int i = 0; i < s.size(); i++) {
      assertThat(s.recency(i)).isBetween(0.0, s.age(i));
    }
  }

  @Property(tries = 200)
  void frequency_is_below_the_number_of_distinct_purchase_days(
      @ForAll("histories") List<Row> rows, @ForAll("zones") ZoneId zone) {
    CustomerSummaries s = summarize(rows, zone, TimeScale.DAYS, false);
    long calEndExcl = (CAL_END.toEpochDay() + 1) * 86_400L;
    for (int i = 0; i < s.size(); i++) {
      String id = s.id(i);
      Set<LocalDate> days = new HashSet<>();
      for (Row r : rows) {
        LocalDate d = java.time.Instant.ofEpochSecond(r.epochSecond()).atZone(zone).toLocalDate();
        if (r.id().equals(id) && !r.refund() && d.toEpochDay() * 86_400L < calEndExcl) {
          days.add(d);
        }
      }
      assertThat(s.frequency(i)).isLessThan(days.size()).isEqualTo(days.size() - 1);
    }
  }

  @Property(tries = 200)
  void calibration_holdout_split_never_loses_or_duplicates_a_transaction(
      @ForAll("histories") List<Row> rows, @ForAll("zones") ZoneId zone) {
    CustomerSummaries s = summarize(rows, zone, TimeScale.WEEKS, true);
    TransactionAccounting a = s.accounting().orElseThrow();
    assertThat(a.total()).isEqualTo(rows.size());
    long calibration = 0;
    for (int i = 0; i < s.size(); i++) {
      calibration += s.transactionCount(i);
    }
    assertThat(calibration).isEqualTo(a.calibrationPurchases());
    long holdoutEndExcl = (HOLDOUT_END.toEpochDay() + 1) * 86_400L;
    long calEndExcl = (CAL_END.toEpochDay() + 1) * 86_400L;
    long expectedAfter = 0;
    long expectedRefunds = 0;
    long expectedCal = 0;
    for (Row r : rows) {
      long local = r.epochSecond() + zone.getRules().getOffset(java.time.Instant.ofEpochSecond(r.epochSecond())).getTotalSeconds();
      if (local >= holdoutEndExcl) {
        expectedAfter++;
      } else if (r.refund()) {
        expectedRefunds++;
      } else if (local < calEndExcl) {
        expectedCal++;
      }
    }
    assertThat(a.afterObservationEnd()).isEqualTo(expectedAfter);
    assertThat(a.refunds()).isEqualTo(expectedRefunds);
    assertThat(a.calibrationPurchases()).isEqualTo(expectedCal);
  }

  @Property(tries = 200)
  void summaries_do_not_depend_on_input_order(
      @ForAll("histories") List<Row> rows, @ForAll("zones") ZoneId zone, @ForAll long seed) {
    List<Row> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(seed));
    CustomerSummaries a = summarize(rows, zone, TimeScale.WEEKS, true);
    CustomerSummaries b = summarize(shuffled, zone, TimeScale.WEEKS, true);
    assertThat(b.size()).isEqualTo(a.size());
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.get(i).id()).isEqualTo(a.get(i).id());
      assertThat(b.frequency(i)).isEqualTo(a.frequency(i));
      assertThat(b.recency(i)).isEqualTo(a.recency(i));
      assertThat(b.age(i)).isEqualTo(a.age(i));
      assertThat(b.holdoutFrequency(i)).isEqualTo(a.holdoutFrequency(i));
      assertThat(b.monetaryValue(i)).isCloseTo(a.monetaryValue(i), org.assertj.core.api.Assertions.within(1e-9));
      assertThat(b.totalSpend(i)).isCloseTo(a.totalSpend(i), org.assertj.core.api.Assertions.within(1e-9));
    }
  }

  @Property(tries = 100)
  void rows_are_sorted_by_id_and_found_by_id(@ForAll("histories") List<Row> rows) {
    CustomerSummaries s = summarize(rows, ZoneId.of("UTC"), TimeScale.WEEKS, false);
    for (int i = 0; i < s.size(); i++) {
      assertThat(s.indexOf(s.id(i))).hasValue(i);
    }
    for (int i = 1; i < s.size(); i++) {
      long a = TransactionColumns.parseCanonical(s.id(i - 1));
      long b = TransactionColumns.parseCanonical(s.id(i));
      if (a >= 0 && b >= 0 && s.ids().length == s.size() && allNumeric(s)) {
        assertThat(a).isLessThan(b);
      } else {
        assertThat(s.id(i - 1).compareTo(s.id(i))).isNegative();
      }
    }
  }

  private static boolean allNumeric(CustomerSummaries s) {
    for (String id : s.ids()) {
      if (TransactionColumns.parseCanonical(id) < 0) {
        return false;
      }
    }
    return true;
  }
}
