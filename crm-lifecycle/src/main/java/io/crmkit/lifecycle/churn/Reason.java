package io.crmkit.lifecycle.churn;

import java.util.Locale;
import java.util.Objects;

/**
 * One reason behind a churn score, for the person who must act on it: a feature (machine name), a
 * human description of the customer's value (e.g. {@code "no purchase for 94 days"}) and its signed
 * contribution to the score. The unit of the contribution is set by the scorer that gave it:
 * log-odds against an average customer for logistic models, churn probability for rules and model
 * adapters. Positive contributions push towards churn.
 *
 * @since 0.1
 */
public record Reason(String feature, String description, double contribution) {

  /**
   * Checks the feature is not null nor blank, the description not null and the contribution finite.
   */
  public Reason {
    Objects.requireNonNull(feature, "feature must not be null");
    Objects.requireNonNull(description, "description must not be null");
    if (feature.isBlank()) {
      throw new IllegalArgumentException("feature must not be blank but was: '" + feature + "'");
    }
    if (!Double.isFinite(contribution)) {
      throw new IllegalArgumentException(
          "contribution of " + feature + " must be finite but was: " + contribution);
    }
  }

  /**
   * A reason naming {@code feature}, with {@code description} and its signed {@code contribution}
   * to the score (in the scorer's unit, e.g. log-odds).
   */
  public static Reason of(String feature, String description, double contribution) {
    return new Reason(feature, description, contribution);
  }

  /** {@code "no purchase for 94 days: +0.31"}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s: %+.2f", description, contribution);
  }
}
