package io.crmkit.segmentation.rules;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.summary.CustomerSummary;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a condition is evaluated on: a customer, their purchase summary when known, and the
 * reference date at which ages are computed.
 *
 * @since 0.1
 */
public record RuleContext(
    Customer customer, Optional<CustomerSummary> summary, LocalDate referenceDate) {

  /** Checks the customer, summary and reference date are not null. */
  public RuleContext {
    Objects.requireNonNull(customer, "customer must not be null");
    Objects.requireNonNull(summary, "summary must not be null (use Optional.empty())");
    Objects.requireNonNull(referenceDate, "referenceDate must not be null");
    if (summary.isPresent() && !summary.get().id().equals(customer.id())) {
      throw new IllegalArgumentException(
          "summary must belong to customer "
              + customer.id()
              + " but was of: "
              + summary.get().id());
    }
  }

  /** A customer without a purchase summary. */
  public static RuleContext of(Customer customer, LocalDate referenceDate) {
    return new RuleContext(customer, Optional.empty(), referenceDate);
  }

  /** A customer with their purchase summary. */
  public static RuleContext of(
      Customer customer, CustomerSummary summary, LocalDate referenceDate) {
    return new RuleContext(customer, Optional.of(summary), referenceDate);
  }
}
