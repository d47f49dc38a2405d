package io.crmkit.lifecycle.stage;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded move of a lifecycle from stage {@code from} to stage {@code to} at instant {@code
 * at}, triggered by the event with id {@code eventId}, for a human-readable {@code reason} (the
 * transition's reason, or the reason given with a manual move).
 *
 * @since 0.1
 */
public record StageMove(Stage from, Stage to, Instant at, String eventId, String reason) {

  /** Checks no component is null and the event id is not blank. */
  public StageMove {
    Objects.requireNonNull(from, "from stage must not be null");
    Objects.requireNonNull(to, "to stage must not be null");
    Objects.requireNonNull(at, "instant of the move must not be null");
    Objects.requireNonNull(eventId, "eventId must not be null");
    if (eventId.isBlank()) {
      throw new IllegalArgumentException(
          "eventId of a move must not be blank but was: '" + eventId + "'");
    }
    Objects.requireNonNull(reason, "reason must not be null");
  }

  @Override
  public String toString() {
    return from
        + " -> "
        + to
        + " at "
        + at
        + " by "
        + eventId
        + (reason.isEmpty() ? "" : " (" + reason + ")");
  }
}
