package io.crmkit.core.service;

/**
 * Where a {@link ServiceRequest} stands: {@link #OPEN} (not yet handled), {@link #IN_PROGRESS}
 * (being handled), {@link #RESOLVED} (solved, with a resolution instant) or {@link #CLOSED} (no
 * longer handled, resolved or not).
 *
 * @since 0.1
 */
public enum Status {
  OPEN,
  IN_PROGRESS,
  RESOLVED,
  CLOSED;

  /**
   * Whether a request in this status still awaits handling: {@link #OPEN} or {@link #IN_PROGRESS}.
   */
  public boolean isOpen() {
    return this == OPEN || this == IN_PROGRESS;
  }
}
