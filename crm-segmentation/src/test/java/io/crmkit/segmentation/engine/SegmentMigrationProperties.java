package io.crmkit.segmentation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SegmentMigrationProperties {

  @Provide
  Arbitrary<Map<Integer, Double>> snapshots() {
    return Arbitraries.maps(
            Arbitraries.integers().between(1, 60),
            Arbitraries.integers().between(0, 500).map(i -> (double) i))
        .ofMinSize(1)
        .ofMaxSize(40);
  }

  static SchemeResult abc(Map<Integer, Double> spend) {
    CustomerSummaries.Builder b = CustomerSummaries.builder(TimeScale.DAYS);
    spend.forEach((id, v) -> b.add(Integer.toString(id), 1, 1, 2, v));
    return Scheme.abc().run(Population.of(b.build()));
  }

  @Property(tries = 200)
  void rows_sum_to_the_earlier_sizes_and_columns_to_the_later(
      @ForAll("snapshots") Map<Integer, Double> before,
      @ForAll("snapshots") Map<Integer, Double> after) {
    SchemeResult b = abc(before);
    SchemeResult a = abc(after);
    SegmentMigration m = SegmentMigration.between(b, a);
    int[][] c = m.counts();
    for (int r = 0; r < 3; r++) {
      assertThat(java.util.Arrays.stream(c[r]).sum()).isEqualTo(b.summaries().get(r).customers());
      int col = 0;
      for (int[] row : c) {
        col += row[r];
      }
      assertThat(col).isEqualTo(a.summaries().get(r).customers());
    }
    long stayed = before.keySet().stream().filter(after::containsKey).count();
    assertThat(m.customers()).isEqualTo(before.size() + after.size() - (int) stayed);
    assertThat(java.util.Arrays.stream(c[3]).sum()).isEqualTo(after.size() - (int) stayed);
    for (String from : m.from()) {
      for (String to : m.to()) {
        assertThat(m.customers(from, to)).hasSize(m.count(from, to));
        m.customers(from, to)
            .forEach(
                id -> {
                  if (!from.equals(SegmentMigration.NEW)) {
                    assertThat(b.segmentOf(id)).contains(from);
                  }
                  if (!to.equals(SegmentMigration.GONE)) {
                    assertThat(a.segmentOf(id)).contains(to);
                  }
                });
      }
    }
  }
}
