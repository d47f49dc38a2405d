package io.crmkit.core.customer;

/**
 * A field of a {@link Customer} record that a business may make mandatory: one of the {@link
 * StandardField}s or a named free attribute ({@link AttributeField}). See {@link
 * RequiredFieldPolicy}.
 *
 * @since 0.1
 */
public sealed interface CustomerField permits StandardField, AttributeField {

  /**
   * The field's name as reports show it, e.g. {@code "EMAIL_CONTACT"} or {@code
   * "attribute:loyaltyCard"}.
   */
  String fieldName();

  /** Whether {@code customer} has a value for this field. */
  boolean isPresentIn(Customer customer);

  /**
   * The required free attribute {@code key}: present when the customer has it with a non-blank
   * value.
   */
  static CustomerField attribute(String key) {
    return new AttributeField(key);
  }
}
