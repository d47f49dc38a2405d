package io.crmkit.lifecycle.reminder;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A payment {@code customer} owes: {@code amount} (positive) due on {@code dueDate}, under a {@code
 * reference}.
 *
 * @since 0.1
 */
public record PaymentDue(CustomerId customer, String reference, LocalDate dueDate, Money amount) {

  /** Checks no component is null, the reference is not blank and the amount is positive. */
  public PaymentDue {
    Objects.requireNonNull(customer, "customer must not be null");
    Objects.requireNonNull(reference, "reference must not be null");
    if (reference.isBlank()) {
      throw new IllegalArgumentException(
          "reference of a payment due must not be blank but was: '" + reference + "'");
    }
    Objects.requireNonNull(dueDate, "dueDate of payment " + reference + " must not be null");
    Objects.requireNonNull(amount, "amount of payment " + reference + " must not be null");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException(
          "amount of payment " + reference + " must be positive but was: " + amount);
    }
  }

  @Override
  public String toString() {
    return "payment " + reference + " of " + customer + ": " + amount + " due " + dueDate;
  }
}
