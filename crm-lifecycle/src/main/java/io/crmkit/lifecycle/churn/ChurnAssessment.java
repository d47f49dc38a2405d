package io.crmkit.lifecycle.churn;

import io.crmkit.core.customer.CustomerId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a scorer says about one customer: the churn probability in [0, 1], its risk band and the
 * reasons behind it (largest first; empty when the scorer gives none), with the scorer's name.
 *
 * @since 0.1
 */
public record ChurnAssessment(
    CustomerId customerId, String scorer, double probability, RiskBand band, List<Reason> reasons) {

  /** Checks no component is null, the probability lies in [0, 1] and the band contains it. */
  public ChurnAssessment {
    Objects.requireNonNull(customerId, "customerId must not be null");
    Objects.requireNonNull(scorer, "scorer must not be null");
    Objects.requireNonNull(band, "band must not be null");
    reasons =
        List.copyOf(Objects.requireNonNull(reasons, "reasons must not be null (use List.of())"));
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException(
          "probability of customer " + customerId + " must be in [0, 1] but was: " + probability);
    }
    if (!band.contains(probability)) {
      throw new IllegalArgumentException(
          "band " + band + " must contain the probability " + probability);
    }
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s: churn %.3f (%s) by %s%s",
        customerId.value(),
        probability,
        band.name(),
        scorer,
        reasons.isEmpty() ? "" : " because " + reasons);
  }
}
