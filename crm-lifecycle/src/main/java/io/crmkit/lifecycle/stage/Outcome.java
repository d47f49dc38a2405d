package io.crmkit.lifecycle.stage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What applying one event did: the lifecycle {@code before} and {@code after}, the {@code result},
 * the move made (for {@link Result#MOVED}) and the guards that refused on the way.
 *
 * @since 0.1
 */
public final class Outcome {

  private final Lifecycle before;
  private final Lifecycle after;
  private final LifecycleEvent event;
  private final Result result;
  private final Optional<StageMove> move;
  private final List<Refusal> refusals;

  /**
   * The kind of outcome.
   *
   * @since 0.1
   */
  public enum Result {
    /** A transition fired: the subject moved. */
    MOVED,
    /** The event was applied (facts updated) and the subject stayed in its stage. */
    STAYED,
    /** The event id had been seen before: nothing changed. */
    DUPLICATE,
    /** The event was not allowed or refused and was recorded as ignored, by option. */
    IGNORED
  }

  /**
   * Checks no component is null and a move is present exactly when the result is {@code MOVED}.
   * Outcomes are made by the {@link LifecycleEngine}.
   */
  Outcome(
      Lifecycle before,
      Lifecycle after,
      LifecycleEvent event,
      Result result,
      Optional<StageMove> move,
      List<Refusal> refusals) {
    Objects.requireNonNull(before, "before must not be null");
    Objects.requireNonNull(after, "after must not be null");
    Objects.requireNonNull(event, "event must not be null");
    Objects.requireNonNull(result, "result must not be null");
    Objects.requireNonNull(move, "move must not be null (use Optional.empty())");
    refusals = List.copyOf(Objects.requireNonNull(refusals, "refusals must not be null"));
    if (move.isPresent() != (result == Result.MOVED)) {
      throw new IllegalArgumentException(
          "move must be present exactly when result is MOVED but result was: "
              + result
              + " and move: "
              + move);
    }
    this.before = before;
    this.after = after;
    this.event = event;
    this.result = result;
    this.move = move;
    this.refusals = refusals;
  }

  /** The lifecycle before the event. */
  public Lifecycle before() {
    return before;
  }

  /** The lifecycle after the event (the same as before for a duplicate). */
  public Lifecycle after() {
    return after;
  }

  /** The event applied. */
  public LifecycleEvent event() {
    return event;
  }

  /** What the event did. */
  public Result result() {
    return result;
  }

  /** The move made, present exactly when the result is {@link Result#MOVED}. */
  public Optional<StageMove> move() {
    return move;
  }

  /** The guards that refused on the way (unmodifiable). */
  public List<Refusal> refusals() {
    return refusals;
  }

  /** Equal when every component is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Outcome that
        && before.equals(that.before)
        && after.equals(that.after)
        && event.equals(that.event)
        && result.equals(that.result)
        && move.equals(that.move)
        && refusals.equals(that.refusals);
  }

  @Override
  public int hashCode() {
    return Objects.hash(before, after, event, result, move, refusals);
  }

  /** For example {@code "e-1: MOVED prospect -> customer (42 now customer)"}. */
  @Override
  public String toString() {
    return event.id()
        + ": "
        + result
        + move.map(m -> " " + m.from() + " -> " + m.to()).orElse("")
        + " ("
        + after.subjectId()
        + " now "
        + after.stage()
        + ")";
  }
}
