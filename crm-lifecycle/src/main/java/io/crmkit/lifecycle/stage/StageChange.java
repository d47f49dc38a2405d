package io.crmkit.lifecycle.stage;

import java.util.Objects;

/**
 * A move of a subject just made: the move and the lifecycle after it, passed to {@link
 * StageListener}s.
 *
 * @since 0.1
 */
public record StageChange(StageMove move, Lifecycle lifecycle) {

  /** Checks the move and lifecycle are not null. */
  public StageChange {
    Objects.requireNonNull(move, "move must not be null");
    Objects.requireNonNull(lifecycle, "lifecycle must not be null");
  }

  /** The subject that moved. */
  public String subjectId() {
    return lifecycle.subjectId();
  }

  @Override
  public String toString() {
    return lifecycle.subjectId() + ": " + move;
  }
}
