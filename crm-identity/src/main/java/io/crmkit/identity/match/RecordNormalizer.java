package io.crmkit.identity.match;

import io.crmkit.core.customer.ContactPoint;
import io.crmkit.core.customer.ContactType;
import io.crmkit.core.customer.Customer;
import io.crmkit.identity.normalize.AddressTokens;
import io.crmkit.identity.normalize.EmailNormalizer;
import io.crmkit.identity.normalize.NameNormalizer;
import io.crmkit.identity.normalize.PhoneNormalizer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns {@link RawRecord}s and {@link Customer}s into {@link IdentityRecord}s with one phone and
 * one e-mail normaliser. A customer's display name is split into given name (first token) and
 * family name (the rest); a Han, kana or Hangul name is kept whole as the family name. A customer's
 * e-mail is verified when its attribute {@value #VERIFIED_EMAIL_ATTRIBUTE} equals that address.
 * Thread-safe.
 *
 * @since 0.1
 */
public final class RecordNormalizer {

  /** The customer attribute that holds the e-mail address the customer verified. */
  public static final String VERIFIED_EMAIL_ATTRIBUTE = "verified_email";

  private final PhoneNormalizer phones;
  private final EmailNormalizer emails;

  private RecordNormalizer(PhoneNormalizer phones, EmailNormalizer emails) {
    this.phones = phones;
    this.emails = emails;
  }

  /** A normaliser with these phone and e-mail rules. */
  public static RecordNormalizer of(PhoneNormalizer phones, EmailNormalizer emails) {
    return new RecordNormalizer(
        Objects.requireNonNull(phones, "phones must not be null"),
        Objects.requireNonNull(emails, "emails must not be null"));
  }

  /** The normalised form of {@code raw}; a phone or e-mail that does not parse becomes absent. */
  public IdentityRecord normalize(RawRecord raw) {
    Objects.requireNonNull(raw, "raw must not be null");
    Optional<String> email = emails.normalize(raw.email());
    return new IdentityRecord(
        raw.id(),
        raw.source(),
        NameNormalizer.normalize(raw.givenName()),
        NameNormalizer.normalize(raw.familyName()),
        email,
        raw.emailVerified() && email.isPresent(),
        phones.normalize(raw.phone()),
        raw.birthDate(),
        AddressTokens.canonical(raw.address()));
  }

  /** The normalised form of a stored customer (preferred e-mail, phone and postal contact). */
  public IdentityRecord normalize(Customer customer) {
    Objects.requireNonNull(customer, "customer must not be null");
    String name = NameNormalizer.normalize(customer.displayName());
    String given = "";
    String family = name;
    if (!NameNormalizer.isCjkName(name)) {
      List<String> tokens = NameNormalizer.tokens(name);
      if (tokens.size() > 1) {
        given = tokens.get(0);
        family = String.join(" ", tokens.subList(1, tokens.size()));
      }
    }
    String rawEmail =
        customer.preferredContact(ContactType.EMAIL).map(ContactPoint::value).orElse("");
    Optional<String> email = emails.normalize(rawEmail);
    boolean verified =
        email.isPresent()
            && customer
                .attribute(VERIFIED_EMAIL_ATTRIBUTE)
                .flatMap(emails::normalize)
                .equals(email);
    Optional<String> phone =
        customer
            .preferredContact(ContactType.PHONE)
            .map(ContactPoint::value)
            .flatMap(phones::normalize);
    String address =
        customer
            .preferredContact(ContactType.POSTAL)
            .map(ContactPoint::value)
            .map(AddressTokens::canonical)
            .orElse("");
    return new IdentityRecord(
        customer.id().toString(),
        "",
        given,
        family,
        email,
        verified,
        phone,
        customer.birthDate(),
        address);
  }
}
