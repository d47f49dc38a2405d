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
public final class Transition {

  private final Stage from;
  private final Stage to;
  private final EventType trigger;
  private final Optional<Guard> guard;
  private final String reason;

  /** Checks the stages, the triggering event type, the guard and the reason are not null. */
  private Transition(
      Stage from, Stage to, EventType trigger, Optional<Guard> guard, String reason) {
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
    this.from = from;
    this.to = to;
    this.trigger = trigger;
    this.guard = guard;
    this.reason = reason;
  }

  /**
   * An unguarded move from {@code from} to {@code to} on an event of type {@code trigger}, with
   * {@code reason} recorded ({@code ""} for none).
   */
  public static Transition of(Stage from, Stage to, EventType trigger, String reason) {
    return new Transition(from, to, trigger, Optional.empty(), reason);
  }

  /** A move from {@code from} to {@code to} on {@code trigger} when {@code guard} allows it. */
  public static Transition guarded(
      Stage from, Stage to, EventType trigger, Guard guard, String reason) {
    return new Transition(
        from,
        to,
        trigger,
        Optional.of(
            Objects.requireNonNull(
                guard, "guard of transition " + from + " -> " + to + " must not be null")),
        reason);
  }

  /** The stage the move starts from. */
  public Stage from() {
    return from;
  }

  /** The stage the move goes to. */
  public Stage to() {
    return to;
  }

  /** The event type that triggers the move. */
  public EventType trigger() {
    return trigger;
  }

  /** The guard that must allow the move; empty when the move is unguarded. */
  public Optional<Guard> guard() {
    return guard;
  }

  /** The reason recorded with the move, e.g. {@code "first purchase"}; may be empty. */
  public String reason() {
    return reason;
  }

  /** Equal when every component is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Transition that
        && from.equals(that.from)
        && to.equals(that.to)
        && trigger.equals(that.trigger)
        && guard.equals(that.guard)
        && reason.equals(that.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, trigger, guard, reason);
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
