package io.crmkit.lifecycle.reminder;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.lifecycle.stage.Lifecycle;
import java.util.List;
import java.util.Objects;

/**
 * What the {@link ReminderPlanner} reads: customers (birth dates, dated attributes, time zones),
 * interactions (scheduled follow-ups), payments due and customer lifecycles (first purchase, last
 * activity, moves to AT_RISK; subject id = customer id). Any list may be empty.
 *
 * @since 0.1
 */
public record ReminderSources(
    List<Customer> customers,
    List<Interaction> interactions,
    List<PaymentDue> payments,
    List<Lifecycle> lifecycles) {

  /** Checks no list is null; the lists are copied. */
  public ReminderSources {
    customers =
        List.copyOf(
            Objects.requireNonNull(customers, "customers must not be null (use an empty list)"));
    interactions =
        List.copyOf(
            Objects.requireNonNull(
                interactions, "interactions must not be null (use an empty list)"));
    payments =
        List.copyOf(
            Objects.requireNonNull(payments, "payments must not be null (use an empty list)"));
    lifecycles =
        List.copyOf(
            Objects.requireNonNull(lifecycles, "lifecycles must not be null (use an empty list)"));
  }

  /** No sources at all. */
  public static ReminderSources none() {
    return new ReminderSources(List.of(), List.of(), List.of(), List.of());
  }

  /** These sources with {@code list} as customers. */
  public ReminderSources withCustomers(List<Customer> list) {
    return new ReminderSources(list, interactions, payments, lifecycles);
  }

  /** These sources with {@code list} as interactions. */
  public ReminderSources withInteractions(List<Interaction> list) {
    return new ReminderSources(customers, list, payments, lifecycles);
  }

  /** These sources with {@code list} as payments due. */
  public ReminderSources withPayments(List<PaymentDue> list) {
    return new ReminderSources(customers, interactions, list, lifecycles);
  }

  /** These sources with {@code list} as lifecycles. */
  public ReminderSources withLifecycles(List<Lifecycle> list) {
    return new ReminderSources(customers, interactions, payments, list);
  }
}
