package io.crmkit.core.customer;

import java.util.List;

/**
 * Thrown by {@link RequiredFieldPolicy#requireValid} when a customer lacks required fields; the
 * message names the customer and every missing field.
 *
 * @since 0.1
 */
public final class MissingRequiredFieldsException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient FieldCheck check;

  MissingRequiredFieldsException(FieldCheck check) {
    super(
        "customer "
            + check.customerId()
            + " lacks required fields: "
            + String.join(", ", check.missingNames()));
    this.check = check;
  }

  /** The fields the customer lacks (empty after deserialisation of the exception). */
  public List<CustomerField> missing() {
    return check == null ? List.of() : check.missing();
  }
}
