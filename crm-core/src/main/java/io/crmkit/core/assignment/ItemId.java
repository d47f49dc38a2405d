package io.crmkit.core.assignment;

import java.util.Objects;

/**
 * The identifier of a work item to assign (a lead, a ticket): a non-blank string without leading or
 * trailing whitespace, e.g. {@code "ticket-981"}. Compared and hashed by its exact text.
 *
 * @since 0.1
 */
public record ItemId(String value) implements Comparable<ItemId> {

  /**
   * An item id.
   *
   * @throws IllegalArgumentException if {@code value} is blank or has surrounding whitespace
   */
  public ItemId {
    Objects.requireNonNull(value, "item id must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException("item id must not be blank but was: '" + value + "'");
    }
    if (!value.equals(value.strip())) {
      throw new IllegalArgumentException(
          "item id must not have leading or trailing whitespace but was: '" + value + "'");
    }
  }

  /** The item id with the given text. */
  public static ItemId of(String value) {
    return new ItemId(value);
  }

  /**
   * Equal when the texts are equal (written out: the generic record equality is slow on hot paths).
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ItemId o && value.equals(o.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(ItemId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
