package io.crmkit.identity.match;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One source record as it arrived, before normalisation: an empty string is an absent value. The
 * {@code source} names the system it came from ({@code "web"}, {@code "store"}, ...).
 *
 * @since 0.1
 */
public record RawRecord(
    String id,
    String source,
    String givenName,
    String familyName,
    String email,
    boolean emailVerified,
    String phone,
    Optional<LocalDate> birthDate,
    String address) {

  /** Checks no component is null and the id is not blank. */
  public RawRecord {
    Objects.requireNonNull(id, "id must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank but was: '" + id + "'");
    }
    Objects.requireNonNull(source, "source of record " + id + " must not be null (use \"\")");
    Objects.requireNonNull(givenName, "givenName of record " + id + " must not be null (use \"\")");
    Objects.requireNonNull(
        familyName, "familyName of record " + id + " must not be null (use \"\")");
    Objects.requireNonNull(email, "email of record " + id + " must not be null (use \"\")");
    Objects.requireNonNull(phone, "phone of record " + id + " must not be null (use \"\")");
    Objects.requireNonNull(
        birthDate, "birthDate of record " + id + " must not be null (use Optional.empty())");
    Objects.requireNonNull(address, "address of record " + id + " must not be null (use \"\")");
  }
}
