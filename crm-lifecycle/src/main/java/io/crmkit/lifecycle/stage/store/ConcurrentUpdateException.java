package io.crmkit.lifecycle.stage.store;

import io.crmkit.lifecycle.stage.LifecycleException;

/**
 * An optimistic write lost a race: the stored lifecycle's version was not the one the writer read
 * (or one was already stored for an insert). Read again, re-apply the event and retry.
 *
 * @since 0.1
 */
public final class ConcurrentUpdateException extends LifecycleException {

  private static final long serialVersionUID = 1L;

  /**
   * A refused save of subject {@code subjectId}'s lifecycle: the caller read version {@code
   * expectedVersion} but the store holds {@code actualVersion} (0 when none is stored).
   */
  public ConcurrentUpdateException(String subjectId, long expectedVersion, long actualVersion) {
    super(
        "lifecycle of "
            + subjectId
            + " was changed concurrently: expected version "
            + expectedVersion
            + (actualVersion == 0
                ? " but none is stored"
                : " but the stored version is " + actualVersion));
  }
}
