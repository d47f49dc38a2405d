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
 * judges impossible for its region, normalises to empty: it is never guessed. Thread-safe.
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
      return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "PhoneNormalizer[region=" + defaultRegion + "]";
  }
}
