package io.crmkit.identity.match;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One record in normalised form, the unit the matcher compares: names normalised by {@link
 * io.crmkit.identity.normalize.NameNormalizer} (empty when absent), the e-mail address and the
 * E.164 phone number when known, the birth date, and the address as its canonical token string
 * ({@link io.crmkit.identity.normalize.AddressTokens#canonical}, empty when absent). Build one with
 * {@link RecordNormalizer}.
 *
 * @since 0.1
 */
public final class IdentityRecord {

  private final String id;
  private final String source;
  private final String givenName;
  private final String familyName;
  private final Optional<String> email;
  private final boolean emailVerified;
  private final Optional<String> phone;
  private final Optional<LocalDate> birthDate;
  private final String address;

  /** Checks no component is null and the id is not blank. */
  IdentityRecord(
      String id,
      String source,
      String givenName,
      String familyName,
      Optional<String> email,
      boolean emailVerified,
      Optional<String> phone,
      Optional<LocalDate> birthDate,
      String address) {
    Objects.requireNonNull(id, "id must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank but was: '" + id + "'");
    }
    Objects.requireNonNull(source, "source of record " + id + " must not be null");
    Objects.requireNonNull(givenName, "givenName of record " + id + " must not be null (use \"\")");
    Objects.requireNonNull(
        familyName, "familyName of record " + id + " must not be null (use \"\")");
    Objects.requireNonNull(
        email, "email of record " + id + " must not be null (use Optional.empty())");
    Objects.requireNonNull(
        phone, "phone of record " + id + " must not be null (use Optional.empty())");
    Objects.requireNonNull(
        birthDate, "birthDate of record " + id + " must not be null (use Optional.empty())");
    Objects.requireNonNull(address, "address of record " + id + " must not be null (use \"\")");
    if (emailVerified && email.isEmpty()) {
      throw new IllegalArgumentException(
          "emailVerified of record " + id + " must be false when there is no e-mail");
    }
    this.id = id;
    this.source = source;
    this.givenName = givenName;
    this.familyName = familyName;
    this.email = email;
    this.emailVerified = emailVerified;
    this.phone = phone;
    this.birthDate = birthDate;
    this.address = address;
  }

  /** The record's id. */
  public String id() {
    return id;
  }

  /** The system the record came from. */
  public String source() {
    return source;
  }

  /** The normalised given name, empty when absent. */
  public String givenName() {
    return givenName;
  }

  /** The normalised family name, empty when absent. */
  public String familyName() {
    return familyName;
  }

  /** The normalised e-mail address, empty when unknown. */
  public Optional<String> email() {
    return email;
  }

  /** Whether the e-mail address was verified. */
  public boolean emailVerified() {
    return emailVerified;
  }

  /** The E.164 phone number, empty when unknown. */
  public Optional<String> phone() {
    return phone;
  }

  /** The birth date, empty when unknown. */
  public Optional<LocalDate> birthDate() {
    return birthDate;
  }

  /** The address as its canonical token string, empty when absent. */
  public String address() {
    return address;
  }

  /** Equal when every component is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof IdentityRecord that
        && id.equals(that.id)
        && source.equals(that.source)
        && givenName.equals(that.givenName)
        && familyName.equals(that.familyName)
        && email.equals(that.email)
        && emailVerified == that.emailVerified
        && phone.equals(that.phone)
        && birthDate.equals(that.birthDate)
        && address.equals(that.address);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id, source, givenName, familyName, email, emailVerified, phone, birthDate, address);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("IdentityRecord[").append(id);
    if (!source.isEmpty()) {
      b.append(" from ").append(source);
    }
    b.append(" '")
        .append(givenName)
        .append(givenName.isEmpty() || familyName.isEmpty() ? "" : " ")
        .append(familyName)
        .append('\'');
    email.ifPresent(e -> b.append(", ").append(e).append(emailVerified ? " (verified)" : ""));
    phone.ifPresent(p -> b.append(", ").append(p));
    birthDate.ifPresent(d -> b.append(", born ").append(d));
    if (!address.isEmpty()) {
      b.append(", address '").append(address).append('\'');
    }
    return b.append(']').toString();
  }
}
