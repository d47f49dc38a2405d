package io.crmkit.core.customer;

import java.util.Objects;

/**
 * The identifier of a customer: a non-blank string without leading or trailing whitespace, as the
 * embedding application or the imported file names the customer (e.g. {@code "00042"} or {@code
 * "c-9f3a"}). Compared and hashed by its exact text.
 *
 * @since 0.1
 */
public record CustomerId(String value) implements Comparable<CustomerId> {

  /** Checks the id text: not null and not blank. */
  public CustomerId {
    Objects.requireNonNull(value, "customer id must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException("customer id must not be blank but was: '" + value + "'");
    }
    if (!value.equals(value.strip())) {
      throw new IllegalArgumentException(
          "customer id must not have leading or trailing whitespace but was: '" + value + "'");
    }
  }

  /** The customer id with the given text. */
  public static CustomerId of(String value) {
    return new CustomerId(value);
  }

  /** The customer id whose text is the decimal form of {@code value}. */
  public static CustomerId of(long value) {
    return new CustomerId(Long.toString(value));
  }

  @Override
  public int compareTo(CustomerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
