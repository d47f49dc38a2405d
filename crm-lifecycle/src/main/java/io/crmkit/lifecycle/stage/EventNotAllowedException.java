package io.crmkit.lifecycle.stage;

import java.util.List;
import java.util.Set;

/**
 * An event is not allowed in the subject's current stage: the message names the subject, the stage,
 * the event and the event types (and manual-move targets) that are allowed there.
 *
 * @since 0.1
 */
public final class EventNotAllowedException extends LifecycleException {

  private static final long serialVersionUID = 1L;

  private final String subjectId;
  private final Stage stage;
  private final String eventId;
  private final transient Set<EventType> allowed;

  EventNotAllowedException(
      String noun,
      String subjectId,
      Stage stage,
      LifecycleEvent event,
      Set<EventType> allowed,
      List<Stage> manualTargets) {
    super(
        noun
            + " "
            + subjectId
            + " in stage "
            + stage
            + " cannot take "
            + event
            + "; allowed in "
            + stage
            + ": "
            + (allowed.isEmpty()
                ? "no events (final stage)"
                : allowed.stream().map(EventType::label).toList())
            + (allowed.contains(EventType.MANUAL_MOVE)
                ? ", manual moves to " + manualTargets
                : ""));
    this.subjectId = subjectId;
    this.stage = stage;
    this.eventId = event.id();
    this.allowed = Set.copyOf(allowed);
  }

  /** The subject the event was for. */
  public String subjectId() {
    return subjectId;
  }

  /** The stage the subject was in. */
  public Stage stage() {
    return stage;
  }

  /** The id of the rejected event. */
  public String eventId() {
    return eventId;
  }

  /** The event types allowed in {@link #stage()}. */
  public Set<EventType> allowed() {
    return allowed;
  }
}
