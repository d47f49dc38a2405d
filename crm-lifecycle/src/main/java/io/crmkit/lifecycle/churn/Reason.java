package io.crmkit.lifecycle.churn;

import java.util.Locale;
import java.util.Objects;

/**
 * One reason behind a churn score, for the person who must act on it: a feature (machine name), a
 * human description of the customer's value (e.g. {@code "no purchase for 94 days"}) and its signed
 * contribution to the score. The unit of the contribution is set by the scorer that gave it: log-odds
 * against an average customer for logistic models, churn probability for rules and model adapters.
 * Positive contributions push towards churn.
 */
public record Reason(String feature, String description, double contribution) {

  public Reason {
    Objects.requireNonNull(feature, "feature must not be null");
    Objects.requireNonNull(description, "description must not be null");
    if (feature.isBlank()) {
      throw new IllegalArgumentException("feature must not be blank but was: '" + feature + "'");
    }
    if (!Double.isFinite(contribution)) {
      throw new IllegalArgumentException("contribution of " + feature + " must be finite but was: " + contribution);
    }
  }

  public static Reason of(String feature, String description, double contribution) {
    return new Reason(feature, description, contribution);
  }

  /** {@code "no purchase for 94 days: +0.31"}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s: %+.2f", description, contribution);
  }
}
