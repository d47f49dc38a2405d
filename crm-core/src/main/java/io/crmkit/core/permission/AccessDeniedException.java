package io.crmkit.core.permission;

/**
 * Thrown by {@link Decision#orThrow()} when a request is denied; the message says why.
 *
 * @since 0.1
 */
public final class AccessDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An exception with the denial's reason. */
  public AccessDeniedException(String reason) {
    super(reason);
  }
}
