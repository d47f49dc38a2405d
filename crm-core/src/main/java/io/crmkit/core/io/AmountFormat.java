package io.crmkit.core.io;

import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the amount column is written. {@link #plain()} (the default) accepts plain decimals only
 * ({@code 12.50}, {@code -3}, {@code 1e3}); the other formats read amounts as shop and spreadsheet
 * exports write them: a currency symbol or ISO code before or after the number ({@code $59.54},
 * {@code 12,50 €}, {@code EUR 12.50}), grouping separators ({@code 1,234.50}, {@code 1.234,50},
 * {@code 1 234,50}) and a minus sign before or after the symbol or accounting parentheses ({@code
 * -$5.00}, {@code $-5.00}, {@code (5.00)}).
 *
 * <p>Grouping is checked, so that an amount in the wrong format is refused rather than misread: the
 * first group has 1 to 3 digits, every later group exactly 3 ({@code 1,23,456} and {@code 1,2} are
 * refused). Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class AmountFormat {

  private static final AmountFormat PLAIN =
      new AmountFormat(true, '.', Optional.empty(), "plain decimal");

  private final boolean plain;
  private final char decimalSeparator;
  private final Optional<Character> groupingSeparator;
  private final String description;

  private AmountFormat(
      boolean plain,
      char decimalSeparator,
      Optional<Character> groupingSeparator,
      String description) {
    this.plain = plain;
    this.decimalSeparator = decimalSeparator;
    this.groupingSeparator = groupingSeparator;
    this.description = description;
  }

  /**
   * Plain decimals: optional sign, digits, optional {@code .} and digits, optional exponent;
   * nothing else.
   */
  public static AmountFormat plain() {
    return PLAIN;
  }

  /**
   * The decimal and grouping separators of {@code locale} ({@code Locale.US}: {@code 1,234.50};
   * {@code Locale.GERMANY}: {@code 1.234,50}; {@code Locale.FRANCE}: {@code 1 234,50}), with
   * currency symbols and codes allowed.
   */
  public static AmountFormat of(Locale locale) {
    Objects.requireNonNull(locale, "locale must not be null");
    DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(locale);
    return new AmountFormat(
        false,
        s.getMonetaryDecimalSeparator(),
        Optional.of(s.getGroupingSeparator()),
        "amount as written in locale " + locale.toLanguageTag());
  }

  /**
   * The given decimal and grouping separators (which must differ), with currency symbols and codes
   * allowed.
   */
  public static AmountFormat of(char decimalSeparator, char groupingSeparator) {
    if (decimalSeparator == groupingSeparator) {
      throw new IllegalArgumentException(
          "decimal and grouping separators must differ but both were: '" + decimalSeparator + "'");
    }
    for (char c : new char[] {decimalSeparator, groupingSeparator}) {
      if (Character.isDigit(c) || c == '-' || c == '+') {
        throw new IllegalArgumentException(
            "a separator must not be a digit or a sign but was: '" + c + "'");
      }
    }
    return new AmountFormat(
        false,
        decimalSeparator,
        Optional.of(groupingSeparator),
        "amount with decimal separator '"
            + decimalSeparator
            + "' and grouping separator '"
            + groupingSeparator
            + "'");
  }

  /**
   * Whether this is the {@link #plain()} format, which accepts no currency symbols nor grouping.
   */
  public boolean isPlain() {
    return plain;
  }

  /**
   * The character between the whole and the fractional part of an amount ({@code .} for plain
   * decimals).
   */
  public char decimalSeparator() {
    return decimalSeparator;
  }

  /** The character between groups of three digits, empty for {@link #plain()}. */
  public Optional<Character> groupingSeparator() {
    return groupingSeparator;
  }

  /**
   * {@code text} as a plain decimal ({@code [-]digits[.digits]}); plain text is returned as it is.
   *
   * @throws IllegalArgumentException with the reason (for a rejected-row report) when the text is
   *     not an amount in this format
   */
  String normalize(String text) {
    if (plain) {
      return text;
    }
    String s = text.strip();
    boolean negative = false;
    if (s.length() >= 2 && s.charAt(0) == '(' && s.charAt(s.length() - 1) == ')') {
      negative = true;
      s = s.substring(1, s.length() - 1).strip();
    }
    // sign and currency may come in either order, before or after the number
    for (int pass = 0; pass < 2; pass++) {
      if (!s.isEmpty() && isMinus(s.charAt(0))) {
        negative = flip(negative);
        s = s.substring(1).strip();
      } else if (!s.isEmpty() && s.charAt(0) == '+') {
        s = s.substring(1).strip();
      }
      if (!s.isEmpty() && isMinus(s.charAt(s.length() - 1))) {
        negative = flip(negative);
        s = s.substring(0, s.length() - 1).strip();
      }
      s = stripCurrency(s);
    }
    if (s.isEmpty()) {
      throw new IllegalArgumentException("has no digits: expected an " + description);
    }
    StringBuilder out = new StringBuilder(s.length() + 1);
    if (negative) {
      out.append('-');
    }
    int decimalAt = s.lastIndexOf(decimalSeparator);
    String integer = decimalAt < 0 ? s : s.substring(0, decimalAt);
    String fraction = decimalAt < 0 ? "" : s.substring(decimalAt + 1);
    appendGrouped(integer, out);
    if (decimalAt >= 0) {
      if (fraction.isEmpty() || !allDigits(fraction)) {
        throw new IllegalArgumentException(
            "has a fraction that is not digits: expected an " + description);
      }
      out.append('.').append(fraction);
    }
    return out.toString();
  }

  private void appendGrouped(String integer, StringBuilder out) {
    if (integer.isEmpty()) {
      out.append('0');
      return;
    }
    char g = groupingSeparator.get();
    int groups = 0;
    int start = 0;
    for (int i = 0; i <= integer.length(); i++) {
      if (i == integer.length() || isGrouping(integer.charAt(i), g)) {
        int len = i - start;
        if (len == 0
            || (len > 3 && (groups > 0 || i < integer.length()))
            || (groups > 0 && len != 3)) {
          throw new IllegalArgumentException(
              "has misplaced grouping separators: expected an "
                  + description
                  + " (groups of 3 digits)");
        }
        String digits = integer.substring(start, i);
        if (!allDigits(digits)) {
          throw new IllegalArgumentException("is not a number: expected an " + description);
        }
        out.append(digits);
        groups++;
        start = i + 1;
      }
    }
  }

  private static boolean isGrouping(char c, char g) {
    if (c == g) {
      return true;
    }
    // locales that group with a (narrow) no-break space are written with a plain space too
    boolean spaceLike = g == ' ' || g == '\u00A0' || g == '\u202F';
    return spaceLike && (c == ' ' || c == '\u00A0' || c == '\u202F');
  }

  private static boolean flip(boolean negative) {
    if (negative) {
      throw new IllegalArgumentException("has two minus signs");
    }
    return true;
  }

  private static boolean isMinus(char c) {
    return c == '-' || c == '\u2212';
  }

  private static String stripCurrency(String s) {
    String t = s;
    while (!t.isEmpty() && Character.getType(t.charAt(0)) == Character.CURRENCY_SYMBOL) {
      t = t.substring(1).strip();
    }
    while (!t.isEmpty()
        && Character.getType(t.charAt(t.length() - 1)) == Character.CURRENCY_SYMBOL) {
      t = t.substring(0, t.length() - 1).strip();
    }
    if (t.length() > 3 && isCode(t, 0) && !Character.isLetter(t.charAt(3))) {
      t = t.substring(3).strip();
    }
    if (t.length() > 3
        && isCode(t, t.length() - 3)
        && !Character.isLetter(t.charAt(t.length() - 4))) {
      t = t.substring(0, t.length() - 3).strip();
    }
    return t;
  }

  private static boolean isCode(String s, int from) {
    for (int i = from; i < from + 3; i++) {
      char c = s.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  private static boolean allDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AmountFormat a
        && a.plain == plain
        && a.decimalSeparator == decimalSeparator
        && a.groupingSeparator.equals(groupingSeparator);
  }

  @Override
  public int hashCode() {
    return Objects.hash(plain, decimalSeparator, groupingSeparator);
  }

  @Override
  public String toString() {
    return description;
  }
}
