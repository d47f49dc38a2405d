package io.crmkit.core.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.NotEmpty;
import net.jqwik.api.constraints.Size;

class DurationStatisticsProperties {

  static List<Duration> seconds(List<@LongRange(min = 0, max = 10_000_000) Long> values) {
    return values.stream().map(Duration::ofSeconds).toList();
  }

  @Property(tries = 200)
  boolean percentiles_grow_with_p_and_stay_between_min_and_max(
      @ForAll @NotEmpty @Size(max = 50) List<@LongRange(min = 0, max = 10_000_000) Long> values,
      @ForAll @DoubleRange(min = 0, max = 100) double p,
      @ForAll @DoubleRange(min = 0, max = 100) double q) {
    DurationStatistics s = DurationStatistics.of(seconds(values));
    Duration atP = s.percentile(Math.min(p, q)).orElseThrow();
    Duration atQ = s.percentile(Math.max(p, q)).orElseThrow();
    return atP.compareTo(atQ) <= 0
        && atP.compareTo(s.min().orElseThrow()) >= 0
        && atQ.compareTo(s.max().orElseThrow()) <= 0;
  }

  @Property(tries = 200)
  boolean statistics_do_not_depend_on_order(
      @ForAll @Size(max = 50) List<@LongRange(min = 0, max = 10_000_000) Long> values) {
    List<Duration> shuffled = new ArrayList<>(seconds(values));
    Collections.reverse(shuffled);
    return DurationStatistics.of(seconds(values)).equals(DurationStatistics.of(shuffled))
        && DurationStatistics.of(seconds(values))
            .mean()
            .equals(DurationStatistics.of(shuffled).mean());
  }

  @Property(tries = 200)
  boolean median_of_an_odd_sample_is_its_middle_value(
      @ForAll @Size(min = 1, max = 25) List<@LongRange(min = 0, max = 10_000_000) Long> half,
      @ForAll @LongRange(min = 0, max = 10_000_000) long middle) {
    List<Long> values = new ArrayList<>();
    for (long v : half) {
      values.add(Math.min(v, middle));
      values.add(Math.max(v, middle) + 1);
    }
    values.add(middle);
    return DurationStatistics.of(seconds(values))
        .median()
        .orElseThrow()
        .equals(Duration.ofSeconds(middle));
  }
}
