package io.crmkit.identity.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Person names for comparison: Unicode NFKC (full-width letters become ASCII), lower case with
 * {@link Locale#ROOT}, accents removed (NFD, combining marks dropped, then NFC), punctuation other
 * than letters and digits turned into spaces, runs of spaces collapsed. Han, Hiragana, Katakana and
 * Hangul characters are kept as written: accents are never stripped from them and a name such as
 * {@code 王小明} stays one token, because splitting it into given and family name is not the
 * normaliser's call. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class NameNormalizer {

  private NameNormalizer() {}

  /** The normalised name; empty string for a name that has no letters or digits. */
  public static String normalize(String raw) {
    Objects.requireNonNull(raw, "raw name must not be null");
    String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (isCjk(cp)) {
          out.appendCodePoint(cp);
        } else {
          String base =
              Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
          for (int j = 0; j < base.length(); ) {
            int b = base.codePointAt(j);
            j += Character.charCount(b);
            if (Character.getType(b) != Character.NON_SPACING_MARK) {
              out.appendCodePoint(b);
            }
          }
        }
        space = false;
      } else if (!space
          && Character.getType(cp) != Character.NON_SPACING_MARK
          && Character.getType(cp)
              != Character.COMBINING_SPACING_MARK) { // a stray combining mark after NFKC: dropped
        out.append(' ');
        space = true;
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    return Normalizer.normalize(out.substring(0, end), Normalizer.Form.NFC);
  }

  /** The space-separated tokens of the normalised name, in order; empty for an empty name. */
  public static List<String> tokens(String raw) {
    String n = normalize(raw);
    List<String> out = new ArrayList<>();
    if (!n.isEmpty()) {
      for (String t : n.split(" ", -1)) {
        out.add(t);
      }
    }
    return List.copyOf(out);
  }

  /** Whether the code point is Han, Hiragana, Katakana or Hangul (kept as written). */
  static boolean isCjk(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  /**
   * Whether the name holds a Han, kana or Hangul character (such names are not split into tokens).
   */
  public static boolean isCjkName(String name) {
    return name.codePoints().anyMatch(NameNormalizer::isCjk);
  }
}
