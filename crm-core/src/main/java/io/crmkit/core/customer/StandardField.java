package io.crmkit.core.customer;

import java.util.function.Predicate;

/**
 * The built-in fields of a {@link Customer} that a {@link RequiredFieldPolicy} can require.
 *
 * @since 0.1
 */
public enum StandardField implements CustomerField {
  /** A non-empty display name. */
  DISPLAY_NAME(c -> !c.displayName().isEmpty()),
  /** At least one e-mail address. */
  EMAIL_CONTACT(c -> hasContact(c, ContactType.EMAIL)),
  /** At least one phone number. */
  PHONE_CONTACT(c -> hasContact(c, ContactType.PHONE)),
  /** At least one postal address. */
  POSTAL_CONTACT(c -> hasContact(c, ContactType.POSTAL)),
  /** At least one contact point of any type. */
  ANY_CONTACT(c -> !c.contacts().isEmpty()),
  BIRTH_DATE(c -> c.birthDate().isPresent()),
  GENDER(c -> c.gender().isPresent()),
  AGE_BAND(c -> c.demographics().ageBand().isPresent()),
  INCOME_BAND(c -> c.demographics().incomeBand().isPresent()),
  OCCUPATION(c -> c.demographics().occupation().isPresent()),
  REGION(c -> c.demographics().region().isPresent()),
  /** The customer's time zone. */
  ZONE(c -> c.zone().isPresent()),
  /** A recorded consent (in or out) for at least one channel. */
  ANY_CONSENT(c -> !c.consents().isEmpty());

  @SuppressWarnings(
      "ImmutableEnumChecker") // every predicate is a stateless lambda over an immutable Customer
  private final Predicate<Customer> present;

  StandardField(Predicate<Customer> present) {
    this.present = present;
  }

  private static boolean hasContact(Customer c, ContactType type) {
    return c.contacts().stream().anyMatch(p -> p.type() == type);
  }

  @Override
  public String fieldName() {
    return name();
  }

  @Override
  public boolean isPresentIn(Customer customer) {
    return present.test(customer);
  }
}
