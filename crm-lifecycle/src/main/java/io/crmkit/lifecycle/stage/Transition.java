package io.crmkit.lifecycle.stage;

import java.util.Objects;
import java.util.Optional;

/**
 * An allowed move from stage {@code from} to stage {@code to}, triggered by an event of type {@code
 * trigger} when the optional {@code guard} allows it; {@code reason} is recorded with the move
 * (e.g. {@code "first purchase"}). A {@link EventType#MANUAL_MOVE} transition lets a person move a
 * subject from {@code from} to {@code to}.
 *
 * @since 0.1
 */
public record Transition(
    Stage from, Stage to, EventType trigger, Optional<Guard> guard, String reason) {

  /** Checks the stages, the triggering event type, the guard and the reason are not null. */
  public Transition {
    Objects.requireNonNull(from, "from stage of a transition must not be null");
    Objects.requireNonNull(to, "to stage of transition from " + from + " must not be null");
    Objects.requireNonNull(
        trigger,
        "trigger of transition "
            + from
            + " -> "
            + to
            + " must not be null: every transition needs a triggering event type");
    Objects.requireNonNull(
        guard,
        "guard of transition " + from + " -> " + to + " must not be null (use Optional.empty())");
    Objects.requireNonNull(
        reason, "reason of transition " + from + " -> " + to + " must not be null");
  }

  @Override
  public String toString() {
    return from
        + " -> "
        + to
        + " on "
        + trigger
        + guard.map(g -> " if " + g.name()).orElse("")
        + (reason.isEmpty() ? "" : " (" + reason + ")");
  }
}
