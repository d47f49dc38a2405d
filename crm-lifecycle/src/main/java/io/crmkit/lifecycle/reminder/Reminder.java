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
public final class Reminder {

  private final LocalDate date;
  private final ReminderKind kind;
  private final CustomerId customer;
  private final ZoneId zone;
  private final String subject;
  private final String reference;
  private final Optional<Instant> at;

  /**
   * Checks no component is null and the instant, when present, falls on the reminder's date in its
   * zone.
   */
  private Reminder(
      LocalDate date,
      ReminderKind kind,
      CustomerId customer,
      ZoneId zone,
      String subject,
      String reference,
      Optional<Instant> at) {
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
    this.date = date;
    this.kind = kind;
    this.customer = customer;
    this.zone = zone;
    this.subject = subject;
    this.reference = reference;
    this.at = at;
  }

  /**
   * A reminder due on {@code date} (in {@code zone}) without an exact instant.
   *
   * @param reference what caused it; {@code ""} for none
   */
  public static Reminder of(
      LocalDate date,
      ReminderKind kind,
      CustomerId customer,
      ZoneId zone,
      String subject,
      String reference) {
    return new Reminder(date, kind, customer, zone, subject, reference, Optional.empty());
  }

  /**
   * A reminder due at the instant {@code at}, on its local date in {@code zone}.
   *
   * @param reference what caused it; {@code ""} for none
   */
  public static Reminder at(
      Instant at,
      ReminderKind kind,
      CustomerId customer,
      ZoneId zone,
      String subject,
      String reference) {
    Objects.requireNonNull(at, "at must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    return new Reminder(
        LocalDate.ofInstant(at, zone), kind, customer, zone, subject, reference, Optional.of(at));
  }

  /** The local date the reminder is due on, in {@link #zone()}. */
  public LocalDate date() {
    return date;
  }

  /** What the reminder is about. */
  public ReminderKind kind() {
    return kind;
  }

  /** The customer the reminder concerns. */
  public CustomerId customer() {
    return customer;
  }

  /** The customer's time zone. */
  public ZoneId zone() {
    return zone;
  }

  /** A human-readable subject, e.g. {@code "birthday (40 years)"}. */
  public String subject() {
    return subject;
  }

  /** What caused the reminder (interaction id, payment reference, ...); may be empty. */
  public String reference() {
    return reference;
  }

  /** The exact instant when there is one (e.g. a scheduled call-back), on {@link #date()}. */
  public Optional<Instant> at() {
    return at;
  }

  /** Equal when every component is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Reminder that
        && date.equals(that.date)
        && kind.equals(that.kind)
        && customer.equals(that.customer)
        && zone.equals(that.zone)
        && subject.equals(that.subject)
        && reference.equals(that.reference)
        && at.equals(that.at);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, kind, customer, zone, subject, reference, at);
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
