package io.crmkit.sales.pool;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.team.MemberId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A warning to {@code owner}: {@code customer} returns to the pool on {@code dueDate} for {@code
 * reason}, in {@code daysLeft} days (1 to {@link PoolRules#reminderDays()}).
 *
 * @since 0.1
 */
public record Reminder(
    CustomerId customer, MemberId owner, LocalDate dueDate, ReclaimReason reason, int daysLeft) {

  /** Validates that no field is null and {@code daysLeft >= 1}. */
  public Reminder {
    Objects.requireNonNull(customer, "customer must not be null");
    Objects.requireNonNull(owner, "owner must not be null");
    Objects.requireNonNull(dueDate, "dueDate must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    if (daysLeft < 1) {
      throw new IllegalArgumentException("daysLeft must be at least 1 but was: " + daysLeft);
    }
  }

  @Override
  public String toString() {
    return owner
        + ": "
        + customer
        + " goes back to the pool on "
        + dueDate
        + " ("
        + reason
        + ", "
        + daysLeft
        + (daysLeft == 1 ? " day left)" : " days left)");
  }
}
