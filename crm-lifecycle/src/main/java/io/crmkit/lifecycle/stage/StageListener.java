package io.crmkit.lifecycle.stage;

import io.crmkit.lifecycle.stage.store.LifecycleService;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An action of the embedding application run when a subject leaves or enters a stage (send a
 * welcome mail on NEW, alert the account manager on AT_RISK). For each move the engine calls {@link
 * #onLeave} of every listener, then {@link #onEnter} of every listener, after the move was made
 * (and, through a {@link LifecycleService}, stored). An exception thrown by a listener reaches the
 * caller; the move stays made.
 *
 * @since 0.1
 */
public interface StageListener {

  /** Called after the subject left {@code change.move().from()}. */
  default void onLeave(StageChange change) {}

  /** Called after the subject entered {@code change.move().to()}. */
  default void onEnter(StageChange change) {}

  /** A listener running {@code action} whenever a subject enters {@code stage}. */
  static StageListener onEntering(Stage stage, Consumer<StageChange> action) {
    Objects.requireNonNull(stage, "stage must not be null");
    Objects.requireNonNull(action, "action must not be null");
    return new StageListener() {
      @Override
      public void onEnter(StageChange change) {
        if (change.move().to().equals(stage)) {
          action.accept(change);
        }
      }
    };
  }

  /** A listener running {@code action} whenever a subject leaves {@code stage}. */
  static StageListener onLeaving(Stage stage, Consumer<StageChange> action) {
    Objects.requireNonNull(stage, "stage must not be null");
    Objects.requireNonNull(action, "action must not be null");
    return new StageListener() {
      @Override
      public void onLeave(StageChange change) {
        if (change.move().from().equals(stage)) {
          action.accept(change);
        }
      }
    };
  }
}
