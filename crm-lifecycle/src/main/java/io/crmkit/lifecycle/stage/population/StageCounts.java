package io.crmkit.lifecycle.stage.population;

import io.crmkit.lifecycle.stage.Stage;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How many subjects were in each stage at instant {@code at} (every stage of the definition, in
 * display order, zero included); subjects whose lifecycle had not started are not counted.
 *
 * @since 0.1
 */
public record StageCounts(Instant at, Map<Stage, Long> counts) {

  /**
   * Checks the instant and counts are not null and no count (of customers) is negative; the map is
   * copied.
   */
  public StageCounts {
    Objects.requireNonNull(at, "at must not be null");
    Objects.requireNonNull(counts, "counts must not be null");
    counts.forEach(
        (s, n) -> {
          if (n == null || n < 0) {
            throw new IllegalArgumentException(
                "count of stage " + s + " must not be negative but was: " + n);
          }
        });
    counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }

  /** The number of subjects in {@code stage} (0 for an unknown stage). */
  public long count(Stage stage) {
    return counts.getOrDefault(stage, 0L);
  }

  /** The number of subjects counted: those whose lifecycle had started by {@link #at}. */
  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** For example {@code "at 2024-06-01T00:00:00Z: PROSPECT 3, NEW 2 (total 5)"}. */
  @Override
  public String toString() {
    return "at "
        + at
        + ": "
        + counts.entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", "))
        + " (total "
        + total()
        + ")";
  }
}
