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
public record Outcome(
    Lifecycle before,
    Lifecycle after,
    LifecycleEvent event,
    Result result,
    Optional<StageMove> move,
    List<Refusal> refusals) {

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

  /** Checks no component is null and a move is present exactly when the result is {@code MOVED}. */
  public Outcome {
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
  }

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
