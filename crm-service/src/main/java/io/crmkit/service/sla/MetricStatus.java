package io.crmkit.service.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one metric of one ticket stands at an instant: business time used against the target.
 *
 * @since 0.1
 */
public final class MetricStatus {

  private final Metric metric;
  private final Duration target;
  private final Duration elapsed;
  private final State state;
  private final Optional<Instant> due;
  private final Optional<Instant> completedAt;

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
  MetricStatus(
      Metric metric,
      Duration target,
      Duration elapsed,
      State state,
      Optional<Instant> due,
      Optional<Instant> completedAt) {
    Objects.requireNonNull(metric, "metric must not be null");
    Objects.requireNonNull(target, "target must not be null");
    Objects.requireNonNull(elapsed, "elapsed must not be null");
    Objects.requireNonNull(state, "state must not be null");
    Objects.requireNonNull(due, "due must not be null (use Optional.empty())");
    Objects.requireNonNull(completedAt, "completedAt must not be null (use Optional.empty())");
    this.metric = metric;
    this.target = target;
    this.elapsed = elapsed;
    this.state = state;
    this.due = due;
    this.completedAt = completedAt;
  }

  /** The metric. */
  public Metric metric() {
    return metric;
  }

  /** The business time allowed. */
  public Duration target() {
    return target;
  }

  /** The business time used so far (or until completion), pauses excluded for the resolution. */
  public Duration elapsed() {
    return elapsed;
  }

  /** Running, paused, met, missed (completed late) or breached (over target, not completed). */
  public State state() {
    return state;
  }

  /**
   * The instant the target is reached: the breach instant when missed or breached, the projected
   * deadline while running; empty when met or paused.
   */
  public Optional<Instant> due() {
    return due;
  }

  /** When the metric completed (first response, resolution), empty while open. */
  public Optional<Instant> completedAt() {
    return completedAt;
  }

  /** Equal when every component is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof MetricStatus that
        && metric.equals(that.metric)
        && target.equals(that.target)
        && elapsed.equals(that.elapsed)
        && state.equals(that.state)
        && due.equals(that.due)
        && completedAt.equals(that.completedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(metric, target, elapsed, state, due, completedAt);
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
