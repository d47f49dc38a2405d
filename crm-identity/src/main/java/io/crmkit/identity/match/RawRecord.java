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
public final class RawRecord {

  private final String id;
  private final String source;
  private final String givenName;
  private final String familyName;
  private final String email;
  private final boolean emailVerified;
  private final String phone;
  private final Optional<LocalDate> birthDate;
  private final String address;

  /** Checks no component is null and the id is not blank. */
  private RawRecord(
      String id,
      String source,
      String givenName,
      String familyName,
      String email,
      boolean emailVerified,
      String phone,
      Optional<LocalDate> birthDate,
      String address) {
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

  /**
   * A record without birth date; add one with {@link #withBirthDate}. Absent text values are {@code
   * ""}.
   */
  public static RawRecord of(
      String id,
      String source,
      String givenName,
      String familyName,
      String email,
      boolean emailVerified,
      String phone,
      String address) {
    return new RawRecord(
        id, source, givenName, familyName, email, emailVerified, phone, Optional.empty(), address);
  }

  /** This record with the birth date {@code date}. */
  public RawRecord withBirthDate(LocalDate date) {
    return new RawRecord(
        id,
        source,
        givenName,
        familyName,
        email,
        emailVerified,
        phone,
        Optional.of(
            Objects.requireNonNull(date, "birthDate of record " + id + " must not be null")),
        address);
  }

  /** The record's id, never blank. */
  public String id() {
    return id;
  }

  /** The system the record came from, e.g. {@code "web"}; {@code ""} when unknown. */
  public String source() {
    return source;
  }

  /** The given name as it arrived; {@code ""} when absent. */
  public String givenName() {
    return givenName;
  }

  /** The family name as it arrived; {@code ""} when absent. */
  public String familyName() {
    return familyName;
  }

  /** The e-mail address as it arrived; {@code ""} when absent. */
  public String email() {
    return email;
  }

  /** Whether the e-mail address was verified. */
  public boolean emailVerified() {
    return emailVerified;
  }

  /** The phone number as it arrived; {@code ""} when absent. */
  public String phone() {
    return phone;
  }

  /** The birth date, empty when absent. */
  public Optional<LocalDate> birthDate() {
    return birthDate;
  }

  /** The address as it arrived; {@code ""} when absent. */
  public String address() {
    return address;
  }

  /** Equal when every component is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof RawRecord that
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

  /** Every component by name, as a record prints it. */
  @Override
  public String toString() {
    return "RawRecord[id="
        + id
        + ", source="
        + source
        + ", givenName="
        + givenName
        + ", familyName="
        + familyName
        + ", email="
        + email
        + ", emailVerified="
        + emailVerified
        + ", phone="
        + phone
        + ", birthDate="
        + birthDate
        + ", address="
        + address
        + "]";
  }
}
