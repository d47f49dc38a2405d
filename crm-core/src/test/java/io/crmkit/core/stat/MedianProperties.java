package io.crmkit.core.stat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.service.DurationStatistics;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class MedianProperties {

  @Property
  void half_the_sample_lies_on_each_side(
      @ForAll @Size(min = 1, max = 60) List<@DoubleRange(min = -1e6, max = 1e6) Double> sample) {
    double[] values = sample.stream().mapToDouble(Double::doubleValue).toArray();
    double median = Median.of(values).orElseThrow();
    long below = Arrays.stream(values).filter(v -> v < median).count();
    long above = Arrays.stream(values).filter(v -> v > median).count();
    assertThat(below).isLessThanOrEqualTo(values.length / 2);
    assertThat(above).isLessThanOrEqualTo(values.length / 2);
  }

  @Property
  void agrees_with_the_median_of_durations(
      @ForAll @Size(min = 1, max = 40) List<@LongRange(min = 0, max = 1_000_000) Long> millis) {
    double median =
        Median.of(millis.stream().mapToDouble(Long::doubleValue).toArray()).orElseThrow();
    Duration durations =
        DurationStatistics.of(millis.stream().map(Duration::ofMillis).toList())
            .median()
            .orElseThrow();
    assertThat(durations.toNanos() / 1e6)
        .isCloseTo(median, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void examples() {
    assertThat(Median.of(3, 1, 2).orElseThrow()).isEqualTo(2.0);
    assertThat(Median.of(4, 1, 2, 3).orElseThrow()).isEqualTo(2.5);
    assertThat(Median.of()).isEmpty();
    assertThat(
            Median.ofSorted(LongStream.range(0, 10).asDoubleStream().toArray(), 2, 5).orElseThrow())
        .isEqualTo(3.0);
    assertThatThrownBy(() -> Median.of(1, Double.NaN)).hasMessageContaining("NaN");
    assertThatThrownBy(() -> Median.ofSorted(new double[3], 2, 4))
        .hasMessageContaining("to <= 3")
        .hasMessageContaining("[2, 4)");
  }
}
