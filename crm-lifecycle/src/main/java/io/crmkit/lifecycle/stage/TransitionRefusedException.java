package io.crmkit.lifecycle.stage;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every transition the event could trigger was refused by its guard and the stage does not stay on
 * the event: the message names the subject, the stage, the event and each guard with its reason.
 *
 * @since 0.1
 */
public final class TransitionRefusedException extends LifecycleException {

  private static final long serialVersionUID = 1L;

  private final transient List<Refusal> refusals;

  TransitionRefusedException(
      String noun, String subjectId, Stage stage, LifecycleEvent event, List<Refusal> refusals) {
    super(
        noun
            + " "
            + subjectId
            + " in stage "
            + stage
            + ": "
            + event
            + " was refused: "
            + refusals.stream().map(Refusal::toString).collect(Collectors.joining("; ")));
    this.refusals = List.copyOf(refusals);
  }

  /** Which guards refused, and why. */
  public List<Refusal> refusals() {
    return refusals;
  }
}
