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
public record IdentityRecord(
    String id,
    String source,
    String givenName,
    String familyName,
    Optional<String> email,
    boolean emailVerified,
    Optional<String> phone,
    Optional<LocalDate> birthDate,
    String address) {

  /** Checks no component is null and the id is not blank. */
  public IdentityRecord {
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
