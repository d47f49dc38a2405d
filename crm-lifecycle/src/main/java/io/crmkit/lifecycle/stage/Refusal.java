package io.crmkit.lifecycle.stage;

import java.util.Objects;

/**
 * A transition whose guard refused to fire: the transition, the guard's name and its reason.
 *
 * @since 0.1
 */
public record Refusal(Transition transition, String guard, String reason) {

  /** Checks no component is null. */
  public Refusal {
    Objects.requireNonNull(transition, "transition must not be null");
    Objects.requireNonNull(guard, "guard must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
  }

  @Override
  public String toString() {
    return transition.from()
        + " -> "
        + transition.to()
        + " refused by guard "
        + guard
        + ": "
        + reason;
  }
}
