package io.crmkit.identity.match;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A blocking key: records with equal keys are compared; a record without a key (empty) is in no
 * block of that key. Candidate pairs are the union over several keys.
 *
 * @param name what the key is, for reports
 * @param key the key of one record, empty when the record has none
 * @since 0.1
 */
public record BlockingKey(String name, Function<IdentityRecord, Optional<String>> key) {

  /** Checks the name is not null nor blank and the key function is not null. */
  public BlockingKey {
    Objects.requireNonNull(name, "name must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name of a blocking key must not be blank");
    }
    Objects.requireNonNull(key, "key function of blocking key '" + name + "' must not be null");
  }

  /** A blocking key named {@code name}. */
  public static BlockingKey of(String name, Function<IdentityRecord, Optional<String>> key) {
    return new BlockingKey(name, key);
  }

  /** The same normalised e-mail address. */
  public static BlockingKey email() {
    return of("email", IdentityRecord::email);
  }

  /** The same E.164 phone number. */
  public static BlockingKey phone() {
    return of("phone", IdentityRecord::phone);
  }

  /**
   * The same birth date and the same first letter of the alphabetically first name (given or
   * family), so that a swapped first/last name stays in the block.
   */
  public static BlockingKey birthDateAndInitial() {
    return of(
        "birth date + first initial",
        r -> r.birthDate().flatMap(d -> firstName(r).map(n -> d + "|" + n.charAt(0))));
  }

  /** The same given and family names, in either order. */
  public static BlockingKey names() {
    return of(
        "names",
        r -> {
          if (r.givenName().isEmpty() && r.familyName().isEmpty()) {
            return Optional.empty();
          }
          String a = r.givenName();
          String b = r.familyName();
          return Optional.of(a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a);
        });
  }

  /**
   * The same first three letters of both names (in either order) and the same birth year: tolerant
   * of a typo after the third letter and of swapped names.
   */
  public static BlockingKey namePrefixesAndBirthYear() {
    return of(
        "name prefixes + birth year",
        r -> {
          if (r.givenName().isEmpty() || r.familyName().isEmpty() || r.birthDate().isEmpty()) {
            return Optional.empty();
          }
          String a = prefix(r.givenName());
          String b = prefix(r.familyName());
          return Optional.of(
              (a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a)
                  + "|"
                  + r.birthDate().get().getYear());
        });
  }

  private static String prefix(String name) {
    return name.length() <= 3
        ? name
        : name.substring(
            0, name.offsetByCodePoints(0, Math.min(3, name.codePointCount(0, name.length()))));
  }

  /** The same address tokens and the same initials of both names (in either order). */
  public static BlockingKey addressAndInitials() {
    return of(
        "address + initials",
        r -> {
          if (r.address().isEmpty() || r.givenName().isEmpty() || r.familyName().isEmpty()) {
            return Optional.empty();
          }
          char a = r.givenName().charAt(0);
          char b = r.familyName().charAt(0);
          return Optional.of(r.address() + "|" + (char) Math.min(a, b) + (char) Math.max(a, b));
        });
  }

  /**
   * The same family name (or given name, whichever sorts first) and the same birth year and month.
   */
  public static BlockingKey firstNameAndBirthMonth() {
    return of(
        "first name + birth month",
        r ->
            r.birthDate()
                .flatMap(
                    d -> firstName(r).map(n -> n + "|" + d.getYear() + "-" + d.getMonthValue())));
  }

  /** The keys {@link Deduplicator} uses unless told otherwise. */
  public static List<BlockingKey> standard() {
    return List.of(
        email(), phone(), birthDateAndInitial(), namePrefixesAndBirthYear(), addressAndInitials());
  }

  private static Optional<String> firstName(IdentityRecord r) {
    String a = r.givenName();
    String b = r.familyName();
    if (a.isEmpty()) {
      return b.isEmpty() ? Optional.empty() : Optional.of(b);
    }
    if (b.isEmpty()) {
      return Optional.of(a);
    }
    return Optional.of(a.compareTo(b) <= 0 ? a : b);
  }

  @Override
  public String toString() {
    return "BlockingKey[" + name + "]";
  }
}
