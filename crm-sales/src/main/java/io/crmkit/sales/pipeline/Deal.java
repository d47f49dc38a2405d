package io.crmkit.sales.pipeline;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import io.crmkit.lifecycle.stage.Lifecycle;
import io.crmkit.lifecycle.stage.Stage;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A sales opportunity: {@code id} (also the subject id of its lifecycle), the {@code customer} it
 * is with, a {@code title}, its {@code amount} (not negative), the {@code expectedClose} date and
 * its {@link Lifecycle} in the {@link SalesPipeline}. Immutable; change it through the pipeline.
 *
 * @since 0.1
 */
public record Deal(
    String id,
    CustomerId customer,
    String title,
    Money amount,
    LocalDate expectedClose,
    Lifecycle lifecycle) {

  /** Checks no component is null, the id is not blank and the amount is not negative. */
  public Deal {
    Objects.requireNonNull(id, "deal id must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("deal id must not be blank but was: '" + id + "'");
    }
    Objects.requireNonNull(customer, "customer of deal " + id + " must not be null");
    Objects.requireNonNull(title, "title of deal " + id + " must not be null (use \"\" for none)");
    Objects.requireNonNull(amount, "amount of deal " + id + " must not be null");
    if (amount.isNegative()) {
      throw new IllegalArgumentException(
          "amount of deal " + id + " must not be negative but was: " + amount);
    }
    Objects.requireNonNull(expectedClose, "expectedClose of deal " + id + " must not be null");
    Objects.requireNonNull(lifecycle, "lifecycle of deal " + id + " must not be null");
    if (!lifecycle.subjectId().equals(id)) {
      throw new IllegalArgumentException(
          "lifecycle of deal " + id + " must be the deal's but was of: " + lifecycle.subjectId());
    }
  }

  /** The current stage. */
  public Stage stage() {
    return lifecycle.stage();
  }

  /** This deal with another amount. */
  public Deal withAmount(Money newAmount) {
    return new Deal(id, customer, title, newAmount, expectedClose, lifecycle);
  }

  /** This deal with another expected close date. */
  public Deal withExpectedClose(LocalDate date) {
    return new Deal(id, customer, title, amount, date, lifecycle);
  }

  Deal withLifecycle(Lifecycle l) {
    return new Deal(id, customer, title, amount, expectedClose, l);
  }

  /**
   * For example {@code "deal d-1 'CRM licences' with 42: 12000.00 EUR, PROPOSAL, closes
   * 2024-06-30"}.
   */
  @Override
  public String toString() {
    return "deal "
        + id
        + (title.isEmpty() ? "" : " '" + title + "'")
        + " with "
        + customer
        + ": "
        + amount
        + ", "
        + stage()
        + ", closes "
        + expectedClose;
  }
}
