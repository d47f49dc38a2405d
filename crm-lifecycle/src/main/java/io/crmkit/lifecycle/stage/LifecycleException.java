package io.crmkit.lifecycle.stage;

/**
 * An event could not be applied to a lifecycle: not allowed in the stage, refused by every guard, a
 * failing guard, or out of order. The message names the subject, the stage and the event.
 *
 * @since 0.1
 */
public class LifecycleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  protected LifecycleException(String message) {
    super(message);
  }

  protected LifecycleException(String message, Throwable cause) {
    super(message, cause);
  }
}
