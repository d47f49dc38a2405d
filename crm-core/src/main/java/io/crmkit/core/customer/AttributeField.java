package io.crmkit.core.customer;

import java.util.Objects;

/**
 * A required free attribute of a {@link Customer}: present when the attribute has a non-blank
 * value.
 *
 * @since 0.1
 */
public record AttributeField(String key) implements CustomerField {

  /** Checks the attribute key: not null and not blank. */
  public AttributeField {
    Objects.requireNonNull(key, "attribute key must not be null");
    if (key.isBlank()) {
      throw new IllegalArgumentException("attribute key must not be blank but was: '" + key + "'");
    }
  }

  @Override
  public String fieldName() {
    return "attribute:" + key;
  }

  @Override
  public boolean isPresentIn(Customer customer) {
    return customer.attribute(key).filter(v -> !v.isBlank()).isPresent();
  }

  @Override
  public String toString() {
    return fieldName();
  }
}
