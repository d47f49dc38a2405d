package io.crmkit.lifecycle.stage;

import java.util.Objects;

/**
 * An event that was not allowed (or whose transitions were all refused) and was recorded as
 * ignored, by option, instead of being rejected: the event, the stage it met and why it was
 * ignored.
 *
 * @since 0.1
 */
public record IgnoredEvent(LifecycleEvent event, Stage stage, String reason) {

  /** Checks no component is null. */
  public IgnoredEvent {
    Objects.requireNonNull(event, "event must not be null");
    Objects.requireNonNull(stage, "stage must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
  }

  @Override
  public String toString() {
    return "ignored " + event + " in " + stage + ": " + reason;
  }
}
