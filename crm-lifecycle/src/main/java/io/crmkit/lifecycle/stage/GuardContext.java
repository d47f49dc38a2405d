package io.crmkit.lifecycle.stage;

import java.util.Objects;

/**
 * What a {@link Guard} sees: the lifecycle before the event, the {@link LifecycleFacts} after it,
 * the event itself and the transition being considered.
 *
 * @since 0.1
 */
public record GuardContext(
    Lifecycle lifecycle, LifecycleFacts facts, LifecycleEvent event, Transition transition) {

  /** Checks no component is null. */
  public GuardContext {
    Objects.requireNonNull(lifecycle, "lifecycle must not be null");
    Objects.requireNonNull(facts, "facts must not be null");
    Objects.requireNonNull(event, "event must not be null");
    Objects.requireNonNull(transition, "transition must not be null");
  }

  /**
   * Whole days without activity at the instant of the event (see {@link
   * LifecycleFacts#silentDaysAt}).
   */
  public long silentDays() {
    return facts.silentDaysAt(event.at());
  }
}
