package io.crmkit.core.customer;

/**
 * A customer's gender as the customer gave it; {@link #UNDISCLOSED} when they chose not to say.
 *
 * @since 0.1
 */
public enum Gender {
  FEMALE,
  MALE,
  OTHER,
  UNDISCLOSED
}
