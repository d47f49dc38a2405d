package io.crmkit.core.customer;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One way to reach a customer: an e-mail address, a phone number, a postal address or a social
 * handle, and whether it is the customer's primary contact of that type.
 *
 * <p>The value is stored as given, without leading or trailing whitespace. E-mail addresses must
 * look like {@code local@domain} (one {@code @}, no whitespace); phone numbers may hold only
 * digits, spaces and {@code + - ( ) .}, with at least three digits. Postal and social values must
 * not be blank.
 *
 * @since 0.1
 */
public record ContactPoint(ContactType type, String value, boolean primary) {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("[0-9+()\\-. ]+");

  /** Checks the contact type and value: neither null, the value not blank. */
  public ContactPoint {
    Objects.requireNonNull(type, "contact type must not be null");
    Objects.requireNonNull(value, "contact value must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          type + " contact value must not be blank but was: '" + value + "'");
    }
    if (!value.equals(value.strip())) {
      throw new IllegalArgumentException(
          type
              + " contact value must not have leading or trailing whitespace but was: '"
              + value
              + "'");
    }
    if (type == ContactType.EMAIL && !EMAIL.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "EMAIL contact value must look like local@domain but was: '" + value + "'");
    }
    if (type == ContactType.PHONE
        && (!PHONE.matcher(value).matches()
            || value.chars().filter(Character::isDigit).count() < 3)) {
      throw new IllegalArgumentException(
          "PHONE contact value must hold at least 3 digits and only digits,"
              + " spaces and + - ( ) . but was: '"
              + value
              + "'");
    }
  }

  /** A contact point that is not marked primary. */
  public static ContactPoint of(ContactType type, String value) {
    return new ContactPoint(type, value, false);
  }

  /** A (non-primary) e-mail address such as {@code "ada@example.org"}. */
  public static ContactPoint email(String address) {
    return of(ContactType.EMAIL, address);
  }

  /** A (non-primary) phone number such as {@code "+44 20 7946 0000"}. */
  public static ContactPoint phone(String number) {
    return of(ContactType.PHONE, number);
  }

  /** The same contact point marked as the primary one of its type. */
  public ContactPoint asPrimary() {
    return new ContactPoint(type, value, true);
  }

  /** For example {@code "email ada@example.org (primary)"}. */
  @Override
  public String toString() {
    return type.name().toLowerCase(Locale.ROOT) + " " + value + (primary ? " (primary)" : "");
  }
}
