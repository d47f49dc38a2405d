package io.crmkit.lifecycle.reminder;

import io.crmkit.core.customer.CustomerId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Something due for a customer on a local {@code date} of the customer's {@code zone}: its {@code
 * kind}, a human-readable {@code subject} (e.g. {@code "birthday (40 years)"}), a {@code reference}
 * to what caused it (interaction id, payment reference, attribute key, event id; may be empty) and
 * the exact instant when there is one ({@code at}, e.g. a scheduled call-back).
 *
 * @since 0.1
 */
public record Reminder(
    LocalDate date,
    ReminderKind kind,
    CustomerId customer,
    ZoneId zone,
    String subject,
    String reference,
    Optional<Instant> at) {

  /**
   * Checks no component is null and the instant, when present, falls on the reminder's date in its
   * zone.
   */
  public Reminder {
    Objects.requireNonNull(date, "date must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(customer, "customer must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    Objects.requireNonNull(subject, "subject must not be null");
    Objects.requireNonNull(reference, "reference must not be null (use \"\" for none)");
    Objects.requireNonNull(at, "at must not be null (use Optional.empty())");
    if (at.isPresent() && !at.get().atZone(zone).toLocalDate().equals(date)) {
      throw new IllegalArgumentException(
          "at " + at.get() + " must fall on date " + date + " in zone " + zone);
    }
  }

  /** For example {@code "2024-05-03 BIRTHDAY 42: birthday (40 years)"}. */
  @Override
  public String toString() {
    return date
        + " "
        + kind
        + " "
        + customer
        + ": "
        + subject
        + at.map(i -> " at " + i.atZone(zone).toLocalTime()).orElse("")
        + (reference.isEmpty() ? "" : " [" + reference + "]");
  }
}
