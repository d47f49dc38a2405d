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
    Arbitrary<String> ids =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 30).map(String::valueOf),
            Arbitraries.of("a", "b", "c-1", "007"));
    Arbitrary<Row> row =
        Combinators.combine(
                ids,
                Arbitraries.longs().between(START, END),
                Arbitraries.integers().between(0, 50_000).map(c -> c / 100.0),
                Arbitraries.integers().between(0, 9).map(k -> k == 0))
            .as(Row::new);
    return row.list().ofMinSize(0).ofMaxSize(80);
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(
        ZoneId.of("UTC"),
        ZoneId.of("Europe/Paris"),
        ZoneId.of("America/New_York"),
        ZoneId.of("Asia/Kolkata"),
        ZoneId.of("Pacific/Chatham"));
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
  void recency_lies_between_zero_and_T(
      @ForAll("histories") List<Row> rows, @ForAll("zones") ZoneId zone) {
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
      long local =
          r.epochSecond()
              + zone.getRules()
                  .getOffset(java.time.Instant.ofEpochSecond(r.epochSecond()))
                  .getTotalSeconds();
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
      assertThat(b.monetaryValue(i))
          .isCloseTo(a.monetaryValue(i), org.assertj.core.api.Assertions.within(1e-9));
      assertThat(b.totalSpend(i))
          .isCloseTo(a.totalSpend(i), org.assertj.core.api.Assertions.within(1e-9));
    }
  }

  @Property(tries = 100)
  void rows_are_sorted_by_id_and_found_by_id(@ForAll("histories") List<Row> rows) {
    CustomerSummaries s = summarize(rows, ZoneId.of("UTC"), TimeScale.WEEKS, false);
    for (int i = 0; i < s.size(); i++) {
      assertThat(s.indexOf(s.id(i))).hasValue(i);
    }
    // numeric order when every input id is a canonical number, text order otherwise
    boolean numeric = rows.stream().allMatch(r -> TransactionColumns.parseCanonical(r.id()) >= 0);
    for (int i = 1; i < s.size(); i++) {
      if (numeric) {
        assertThat(TransactionColumns.parseCanonical(s.id(i - 1)))
            .isLessThan(TransactionColumns.parseCanonical(s.id(i)));
      } else {
        assertThat(s.id(i - 1).compareTo(s.id(i))).isNegative();
      }
    }
  }

  @Property(tries = 30)
  void large_sparse_and_dense_populations_match_a_plain_per_customer_computation(
      @ForAll long seed, @ForAll boolean sparse) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    int n = 30_000;
    TransactionColumns.Builder b = TransactionColumns.builder(n);
    java.util.Map<Long, java.util.TreeSet<Long>> days = new java.util.HashMap<>();
    long calEndExcl = (CAL_END.toEpochDay() + 1) * 86_400L;
    for (int i = 0; i < n; i++) {
      long id =
          sparse
              ? random.nextLong(Long.MAX_VALUE / 4) % 5_000 * 1_000_003_001L
              : random.nextInt(5_000);
      long t = START + random.nextLong(END - START);
      b.add(id, t, 1.0);
      if (t < calEndExcl) {
        days.computeIfAbsent(id, k -> new java.util.TreeSet<>()).add(Math.floorDiv(t, 86_400L));
      }
    }
    CustomerSummaries s = summarize(b.build(), ZoneId.of("UTC"));
    assertThat(s.size()).isEqualTo(days.size());
    for (var e : days.entrySet()) {
      int i = s.indexOf(Long.toString(e.getKey())).orElseThrow();
      assertThat(s.frequency(i)).isEqualTo(e.getValue().size() - 1);
      assertThat(s.recency(i)).isEqualTo((double) (e.getValue().last() - e.getValue().first()));
      assertThat(s.age(i)).isEqualTo((double) (CAL_END.toEpochDay() - e.getValue().first()));
    }
    for (int i = 1; i < s.size(); i++) {
      assertThat(Long.parseLong(s.id(i - 1))).isLessThan(Long.parseLong(s.id(i)));
    }
  }

  static CustomerSummaries summarize(TransactionColumns cols, ZoneId zone) {
    return CustomerSummaries.of(cols, SummaryOptions.of(zone, TimeScale.DAYS, CAL_END));
  }
}
