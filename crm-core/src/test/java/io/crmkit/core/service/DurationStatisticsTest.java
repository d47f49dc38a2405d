package io.crmkit.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DurationStatisticsTest {

  static DurationStatistics minutes(long... values) {
    return DurationStatistics.of(
        java.util.Arrays.stream(values).mapToObj(Duration::ofMinutes).toList());
  }

  @Test
  void mean_median_min_max_of_a_small_sample() {
    DurationStatistics s = minutes(30, 10, 20, 100);
    assertThat(s.count()).isEqualTo(4);
    assertThat(s.mean()).contains(Duration.ofMinutes(40));
    assertThat(s.median()).contains(Duration.ofMinutes(25));
    assertThat(s.min()).contains(Duration.ofMinutes(10));
    assertThat(s.max()).contains(Duration.ofMinutes(100));
  }

  @Test
  void percentiles_interpolate_between_closest_ranks() {
    // R-7 on 10,20,30,100: h = 3 * 0.9 = 2.7 -> 30 + 0.7 * 70 = 79 minutes
    DurationStatistics s = minutes(10, 20, 30, 100);
    assertThat(s.percentile(90)).contains(Duration.ofMinutes(79));
    assertThat(s.percentile(0)).contains(Duration.ofMinutes(10));
    assertThat(s.percentile(100)).contains(Duration.ofMinutes(100));
    assertThat(minutes(7).percentile(37.5)).contains(Duration.ofMinutes(7));
  }

  @Test
  void mean_rounds_to_the_nearest_nanosecond() {
    DurationStatistics s = DurationStatistics.of(List.of(Duration.ofNanos(1), Duration.ofNanos(2)));
    assertThat(s.mean()).contains(Duration.ofNanos(2));
    assertThat(
            DurationStatistics.of(
                    List.of(Duration.ofNanos(0), Duration.ofNanos(0), Duration.ofNanos(1)))
                .mean())
        .contains(Duration.ZERO);
  }

  @Test
  void share_within_counts_durations_at_most_the_target() {
    DurationStatistics s = minutes(10, 20, 20, 30);
    assertThat(s.shareWithin(Duration.ofMinutes(20))).hasValue(0.75);
    assertThat(s.shareWithin(Duration.ofMinutes(5))).hasValue(0.0);
    assertThat(s.shareWithin(Duration.ofDays(365 * 1000))).hasValue(1.0);
  }

  @Test
  void empty_sample_has_no_statistics() {
    DurationStatistics s = DurationStatistics.of(List.of());
    assertThat(s.count()).isZero();
    assertThat(s.mean()).isEmpty();
    assertThat(s.median()).isEmpty();
    assertThat(s.shareWithin(Duration.ZERO)).isEmpty();
    assertThat(s).hasToString("DurationStatistics[n=0]");
  }

  @Test
  void bad_input_is_refused_naming_the_value() {
    assertThatThrownBy(() -> DurationStatistics.of(List.of(Duration.ofMinutes(-1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT-1M");
    assertThatThrownBy(() -> DurationStatistics.of(List.of(Duration.ofDays(365L * 300))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nanoseconds");
    assertThatThrownBy(() -> minutes(1).percentile(101))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("101");
    assertThatThrownBy(() -> minutes(1).shareWithin(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("target");
    assertThatThrownBy(() -> minutes(1).percentile(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
  }

  @Test
  void to_string_shows_the_main_figures() {
    assertThat(minutes(60, 120, 180))
        .hasToString("DurationStatistics[n=3, mean=PT2H, median=PT2H, p90=PT2H48M, max=PT3H]");
  }
}
