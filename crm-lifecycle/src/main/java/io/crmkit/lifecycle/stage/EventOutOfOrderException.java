package io.crmkit.lifecycle.stage;

/**
 * An event is older than the latest event already applied to the lifecycle (or than its start):
 * events of one subject must be applied in time order; replay them in order instead.
 *
 * @since 0.1
 */
public final class EventOutOfOrderException extends LifecycleException {

  private static final long serialVersionUID = 1L;

  EventOutOfOrderException(
      String noun, String subjectId, LifecycleEvent event, java.time.Instant latest) {
    super(
        noun
            + " "
            + subjectId
            + ": "
            + event
            + " must not be before the latest applied event or start at "
            + latest
            + "; apply events in time order");
  }
}
