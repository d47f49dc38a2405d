package io.crmkit.service.sla;

import java.util.Objects;

/**
 * An escalation due once an unmet metric has used {@code percentOfTarget} percent of its target (75
 * = a warning before the breach, 100 = at the breach, 200 = when it is twice overdue).
 *
 * @param metric the metric watched
 * @param percentOfTarget the share of the target used, in percent, {@code >= 1}
 * @param action what to do, e.g. {@code "notify supervisor"}
 * @since 0.1
 */
public record EscalationStep(Metric metric, int percentOfTarget, String action) {

  /**
   * A step.
   *
   * @throws IllegalArgumentException if the percentage is below 1 or the action blank
   */
  public EscalationStep {
    Objects.requireNonNull(metric, "metric must not be null");
    if (percentOfTarget < 1) {
      throw new IllegalArgumentException(
          "percentOfTarget must be >= 1 percent but was: " + percentOfTarget);
    }
    Objects.requireNonNull(action, "action must not be null");
    if (action.isBlank()) {
      throw new IllegalArgumentException("action of escalation step must not be blank");
    }
  }

  /** A step on {@code metric} at {@code percentOfTarget} percent of its target. */
  public static EscalationStep at(Metric metric, int percentOfTarget, String action) {
    return new EscalationStep(metric, percentOfTarget, action);
  }

  /** For example {@code "RESOLUTION at 100%: notify supervisor"}. */
  @Override
  public String toString() {
    return metric + " at " + percentOfTarget + "%: " + action;
  }
}
