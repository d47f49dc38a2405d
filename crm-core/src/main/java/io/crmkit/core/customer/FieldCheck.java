package io.crmkit.core.customer;

import java.util.List;
import java.util.Objects;

/**
 * The result of checking one customer against a {@link RequiredFieldPolicy}: every required field
 * the customer lacks, in the policy's order; none when the record is complete.
 *
 * @since 0.1
 */
public record FieldCheck(CustomerId customerId, List<CustomerField> missing) {

  /** Checks the customer id and the list of missing fields are not null; the list is copied. */
  public FieldCheck {
    Objects.requireNonNull(customerId, "customerId must not be null");
    Objects.requireNonNull(missing, "missing must not be null (use an empty list)");
    missing = List.copyOf(missing);
  }

  /** Whether the customer has every required field. */
  public boolean isComplete() {
    return missing.isEmpty();
  }

  /** The names of the missing fields, e.g. {@code ["EMAIL_CONTACT", "attribute:loyaltyCard"]}. */
  public List<String> missingNames() {
    return missing.stream().map(CustomerField::fieldName).toList();
  }

  /**
   * For example {@code "customer 42 lacks EMAIL_CONTACT, REGION"} or {@code "customer 42 is
   * complete"}.
   */
  @Override
  public String toString() {
    return "customer "
        + customerId
        + (missing.isEmpty() ? " is complete" : " lacks " + String.join(", ", missingNames()));
  }
}
