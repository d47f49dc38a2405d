package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionColumns;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class TrackingCurveProperties {

  record Row(int customer, long second, boolean refund) {}

  @Provide
  Arbitrary<List<Row>> rows() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 9),
            Arbitraries.longs().between(0, 60L * 86_400),
            Arbitraries.integers().between(0, 7))
        .as((c, s, r) -> new Row(c, s, r == 0))
        .list()
        .ofMinSize(1)
        .ofMaxSize(80);
  }

  @Property(tries = 300)
  void the_last_actual_count_is_every_customers_purchase_days_after_the_first(
      @ForAll("rows") List<Row> rows, @ForAll @IntRange(min = 1, max = 10) int periodDays) {
    if (rows.stream().allMatch(Row::refund)) {
      return;
    }
    TransactionColumns.Builder b = TransactionColumns.builder();
    rows.forEach(r -> b.add(Integer.toString(r.customer()), r.second(), 1.0, r.refund()));
    TrackingCurve curve =
        TrackingCurve.of(
            BgNbdModel.of(0.5, 5, 1, 3),
            TimeScale.DAYS,
            b.build(),
            ZoneOffset.UTC,
            LocalDate.of(1970, 3, 31),
            periodDays);

    Map<Integer, Set<Long>> days = new HashMap<>();
    rows.stream()
        .filter(r -> !r.refund())
        .forEach(
            r -> days.computeIfAbsent(r.customer(), k -> new HashSet<>()).add(r.second() / 86_400));
    long repeats = days.values().stream().mapToLong(d -> d.size() - 1).sum();
    assertThat(curve.actualCumulative(curve.periods() - 1)).isEqualTo((double) repeats);
    for (int k = 1; k < curve.periods(); k++) {
      assertThat(curve.actualCumulative(k)).isGreaterThanOrEqualTo(curve.actualCumulative(k - 1));
      assertThat(curve.expectedCumulative(k))
          .isGreaterThanOrEqualTo(curve.expectedCumulative(k - 1));
    }
  }
}
