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
public final class RuleContext {

  private final Customer customer;
  private final Optional<CustomerSummary> summary;
  private final LocalDate referenceDate;

  /** Checks the customer, summary and reference date are not null. */
  private RuleContext(
      Customer customer, Optional<CustomerSummary> summary, LocalDate referenceDate) {
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
    this.customer = customer;
    this.summary = summary;
    this.referenceDate = referenceDate;
  }

  /** The customer the condition is evaluated on. */
  public Customer customer() {
    return customer;
  }

  /** The customer's purchase summary, empty when unknown. */
  public Optional<CustomerSummary> summary() {
    return summary;
  }

  /** The local date at which ages are computed. */
  public LocalDate referenceDate() {
    return referenceDate;
  }

  /** Equal when every component is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof RuleContext that
        && customer.equals(that.customer)
        && summary.equals(that.summary)
        && referenceDate.equals(that.referenceDate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(customer, summary, referenceDate);
  }

  /** Every component by name, as a record prints it. */
  @Override
  public String toString() {
    return "RuleContext[customer="
        + customer
        + ", summary="
        + summary
        + ", referenceDate="
        + referenceDate
        + "]";
  }

  /** A customer without a purchase summary. */
  public static RuleContext of(Customer customer, LocalDate referenceDate) {
    return new RuleContext(customer, Optional.empty(), referenceDate);
  }

  /** A customer with their purchase summary. */
  public static RuleContext of(
      Customer customer, CustomerSummary summary, LocalDate referenceDate) {
    return new RuleContext(
        customer,
        Optional.of(Objects.requireNonNull(summary, "summary must not be null")),
        referenceDate);
  }
}
