package io.crmkit.service.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one metric of one ticket stands at an instant: business time used against the target.
 *
 * @param metric the metric
 * @param target the business time allowed
 * @param elapsed the business time used so far (or until completion), pauses excluded for the
 *     resolution
 * @param state running, paused, met, missed (completed late) or breached (over target, not
 *     completed)
 * @param due the instant the target is reached: the breach instant when missed or breached, the
 *     projected deadline while running; empty when met or paused
 * @param completedAt when the metric completed (first response, resolution), empty while open
 * @since 0.1
 */
public record MetricStatus(
    Metric metric,
    Duration target,
    Duration elapsed,
    State state,
    Optional<Instant> due,
    Optional<Instant> completedAt) {

  /**
   * The state of a metric.
   *
   * @since 0.1
   */
  public enum State {
    /** Not completed, within target, clock running. */
    RUNNING,
    /** Not completed, within target, clock stopped while waiting on the customer. */
    PAUSED,
    /** Completed within target. */
    MET,
    /** Completed after the target. */
    MISSED,
    /** Not completed and over target. */
    BREACHED
  }

  /** A status. */
  public MetricStatus {
    Objects.requireNonNull(metric, "metric must not be null");
    Objects.requireNonNull(target, "target must not be null");
    Objects.requireNonNull(elapsed, "elapsed must not be null");
    Objects.requireNonNull(state, "state must not be null");
    Objects.requireNonNull(due, "due must not be null (use Optional.empty())");
    Objects.requireNonNull(completedAt, "completedAt must not be null (use Optional.empty())");
  }

  /** Whether the target was or is exceeded (missed or breached). */
  public boolean isBreached() {
    return state == State.MISSED || state == State.BREACHED;
  }

  /** Whether the metric has completed (met or missed). */
  public boolean isCompleted() {
    return completedAt.isPresent();
  }

  /**
   * Business time left before the breach while running or paused; empty once completed or breached.
   */
  public Optional<Duration> timeToBreach() {
    return state == State.RUNNING || state == State.PAUSED
        ? Optional.of(target.minus(elapsed))
        : Optional.empty();
  }

  /** Business time beyond the target, zero when within it. */
  public Duration overdue() {
    Duration over = elapsed.minus(target);
    return over.isNegative() ? Duration.ZERO : over;
  }

  /** The share of the target used, in percent (may exceed 100). */
  public double percentUsed() {
    return 100.0 * (double) elapsed.toNanos() / (double) target.toNanos();
  }

  /** For example {@code "RESOLUTION RUNNING PT3H of PT8H, due 2026-01-05T17:00:00Z"}. */
  @Override
  public String toString() {
    return metric
        + " "
        + state
        + " "
        + elapsed
        + " of "
        + target
        + due.map(d -> ", due " + d).orElse("")
        + completedAt.map(c -> ", completed " + c).orElse("");
  }
}
