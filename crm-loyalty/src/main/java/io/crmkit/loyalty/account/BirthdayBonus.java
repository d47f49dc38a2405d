package io.crmkit.loyalty.account;

import io.crmkit.core.customer.CustomerId;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A member due the birthday-month bonus: the customer, their birthday (month and day; 29 February
 * is possible) and the {@code month} of the award, which is the birthday's month in some year.
 * {@link #idempotencyKey()} is the same for every run in that year, so the bonus is booked once.
 *
 * @since 0.1
 */
public record BirthdayBonus(CustomerId customerId, MonthDay birthday, YearMonth month) {

  /** Checks no component is null and the month is the birthday's month. */
  public BirthdayBonus {
    Objects.requireNonNull(customerId, "customerId must not be null");
    Objects.requireNonNull(birthday, "birthday of customer " + customerId + " must not be null");
    Objects.requireNonNull(month, "month of customer " + customerId + " must not be null");
    if (birthday.getMonth() != month.getMonth()) {
      throw new IllegalArgumentException(
          "month of the birthday bonus of customer "
              + customerId
              + " must be the birthday's month "
              + birthday.getMonth()
              + " but was: "
              + month);
    }
  }

  /** {@code birthday:<customer id>:<year>}: the ledger's idempotency key of this bonus. */
  public String idempotencyKey() {
    return BirthdayBonuses.idempotencyKey(customerId, month.getYear());
  }

  @Override
  public String toString() {
    return customerId + " (born " + birthday + ") due in " + month + " as " + idempotencyKey();
  }
}
