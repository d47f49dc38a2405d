package io.crmkit.lifecycle.stage;

/**
 * A guard threw while deciding whether a transition may fire: an error, never read as a refusal.
 * The message names the subject, the stage, the event, the transition and the guard; the cause is
 * what the guard threw.
 *
 * @since 0.1
 */
public final class GuardFailedException extends LifecycleException {

  private static final long serialVersionUID = 1L;

  private final String guard;

  GuardFailedException(
      String noun,
      String subjectId,
      Stage stage,
      LifecycleEvent event,
      Transition transition,
      String guard,
      RuntimeException cause) {
    super(
        "guard "
            + guard
            + " of transition "
            + transition.from()
            + " -> "
            + transition.to()
            + " failed for "
            + noun
            + " "
            + subjectId
            + " in stage "
            + stage
            + " on "
            + event
            + ": "
            + cause,
        cause);
    this.guard = guard;
  }

  /** The name of the guard that failed. */
  public String guard() {
    return guard;
  }
}
