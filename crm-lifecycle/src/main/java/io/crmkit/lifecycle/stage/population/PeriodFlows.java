package io.crmkit.lifecycle.stage.population;

import io.crmkit.lifecycle.stage.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The flows between stages in the period of local dates {@code [start, end)}: every pair of stages
 * with at least one move, in the definition's stage order.
 *
 * @since 0.1
 */
public record PeriodFlows(LocalDate start, LocalDate end, List<Flow> flows) {

  /** Checks the instants and flows are not null and the end is after the start. */
  public PeriodFlows {
    Objects.requireNonNull(start, "start must not be null");
    Objects.requireNonNull(end, "end must not be null");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end must be after start " + start + " but was: " + end);
    }
    flows = List.copyOf(Objects.requireNonNull(flows, "flows must not be null"));
  }

  /** The number of moves from {@code from} to {@code to} in this period. */
  public long count(Stage from, Stage to) {
    return flows.stream()
        .filter(f -> f.from().equals(from) && f.to().equals(to))
        .mapToLong(Flow::count)
        .sum();
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + "): " + flows;
  }
}
