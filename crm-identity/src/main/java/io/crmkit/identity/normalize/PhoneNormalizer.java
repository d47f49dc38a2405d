package io.crmkit.identity.normalize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Objects;
import java.util.Optional;

/**
 * Phone numbers to E.164 ({@code +4930123456}) with Google's libphonenumber. A number written
 * without a country code is read in the {@linkplain #defaultRegion() default region} (a CLDR
 * two-letter region code such as {@code "GB"}). A number libphonenumber cannot parse, or parses but
 * judges impossible for its region, normalises to empty: it is never guessed. So does a number
 * whose E.164 form would not read back as itself (a national number of leading zeros that
 * libphonenumber takes for a national prefix, such as GB's {@code 00000000000}): the result is
 * always a fixed point, {@code normalize(normalize(x).get())} equals {@code normalize(x)}.
 * Thread-safe.
 *
 * @since 0.1
 */
public final class PhoneNormalizer {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private final String defaultRegion;

  private PhoneNormalizer(String defaultRegion) {
    this.defaultRegion = defaultRegion;
  }

  /**
   * A normaliser reading national numbers in {@code region}.
   *
   * @throws IllegalArgumentException if libphonenumber does not know the region
   */
  public static PhoneNormalizer forRegion(String region) {
    Objects.requireNonNull(region, "region must not be null");
    if (!UTIL.getSupportedRegions().contains(region)) {
      throw new IllegalArgumentException(
          "region must be a region code libphonenumber supports (such as GB, US, DE,"
              + " CN) but was: '"
              + region
              + "'");
    }
    return new PhoneNormalizer(region);
  }

  /** The region national numbers are read in. */
  public String defaultRegion() {
    return defaultRegion;
  }

  /** The number in E.164, empty when it cannot be parsed or is not a possible number. */
  public Optional<String> normalize(String raw) {
    Objects.requireNonNull(raw, "raw phone number must not be null");
    String text = raw.strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      PhoneNumber number = UTIL.parse(text, defaultRegion);
      if (!UTIL.isPossibleNumber(number)) {
        return Optional.empty();
      }
      String e164 = UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
      // libphonenumber keeps a national number's leading zeros in E.164 but strips the national
      // prefix again when it reads that form back ("+44 0000000000" reads as +44 000000000), so
      // such a form names a different number each time it is read. Only a form that reads back
      // as itself is a normalised number; anything else is ambiguous and not guessed.
      if (!e164.equals(
          UTIL.format(UTIL.parse(e164, defaultRegion), PhoneNumberUtil.PhoneNumberFormat.E164))) {
        return Optional.empty();
      }
      return Optional.of(e164);
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "PhoneNormalizer[region=" + defaultRegion + "]";
  }
}
