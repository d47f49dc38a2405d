package io.crmkit.lifecycle.model;

/**
 * A model could not be fitted: degenerate or invalid data, or an optimiser failure.
 *
 * @since 0.1
 */
public final class ModelFitException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failed fit, explained by {@code message}. */
  public ModelFitException(String message) {
    super(message);
  }

  /** A failed fit, explained by {@code message}, caused by {@code cause}. */
  public ModelFitException(String message, Throwable cause) {
    super(message, cause);
  }
}
