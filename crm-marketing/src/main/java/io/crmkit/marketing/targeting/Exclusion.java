package io.crmkit.marketing.targeting;

import io.crmkit.core.customer.CustomerId;
import java.util.Objects;

/**
 * A customer of the audience left out of a campaign, why, and a detail (e.g. the contradicting
 * preference).
 *
 * @since 0.1
 */
public record Exclusion(CustomerId customer, ExclusionReason reason, String detail) {

  /** Checks no component is null. */
  public Exclusion {
    Objects.requireNonNull(customer, "customer must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    Objects.requireNonNull(detail, "detail must not be null");
  }

  @Override
  public String toString() {
    return customer + " " + reason + (detail.isEmpty() ? "" : " (" + detail + ")");
  }
}
