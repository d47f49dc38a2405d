package io.crmkit.lifecycle.model;

/** A model could not be fitted: degenerate or invalid data, or an optimiser failure. */
public final class ModelFitException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ModelFitException(String message) {
    super(message);
  }

  public ModelFitException(String message, Throwable cause) {
    super(message, cause);
  }
}
