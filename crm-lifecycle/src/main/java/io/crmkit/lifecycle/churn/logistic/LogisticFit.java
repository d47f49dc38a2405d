package io.crmkit.lifecycle.churn.logistic;

import java.util.Locale;
import java.util.Objects;

/**
 * A fitted logistic model with its diagnostics: the log-likelihood at the estimate (natural log,
 * summed over rows), the penalised objective that was minimised ({@code −ln L + λ/2 Σ βⱼ²}), the
 * number of Newton iterations, and the number of rows fitted.
 *
 * @since 0.1
 */
public record LogisticFit(
    LogisticModel model, double logLikelihood, double objective, int iterations, int rows) {

  /** Checks the model is not null and the number of Newton iterations is not negative. */
  public LogisticFit {
    Objects.requireNonNull(model, "model must not be null");
    if (iterations < 0) {
      throw new IllegalArgumentException("iterations must not be negative but was: " + iterations);
    }
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "LogisticFit[ln L %.4f, objective %.4f, %d iterations, %d rows]%n%s",
        logLikelihood,
        objective,
        iterations,
        rows,
        model);
  }
}
