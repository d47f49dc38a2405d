package io.crmkit.identity.normalize;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A postal address as a sorted set of tokens: the address is name-normalised (see {@link
 * NameNormalizer}), split on spaces, and common street-type words are mapped to one form ({@code
 * street}/{@code st} to {@code st}, {@code road} to {@code rd}, ...). Order and punctuation
 * therefore do not matter: {@code "12 High Street, Leeds"} and {@code "leeds 12 high st"} have the
 * same tokens. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class AddressTokens {

  private static final Map<String, String> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("street", "st"),
          Map.entry("str", "st"),
          Map.entry("road", "rd"),
          Map.entry("avenue", "ave"),
          Map.entry("av", "ave"),
          Map.entry("lane", "ln"),
          Map.entry("drive", "dr"),
          Map.entry("place", "pl"),
          Map.entry("square", "sq"),
          Map.entry("boulevard", "blvd"),
          Map.entry("court", "ct"),
          Map.entry("apartment", "apt"),
          Map.entry("flat", "apt"));

  private AddressTokens() {}

  /** The sorted, de-duplicated tokens of {@code raw}; empty for a blank address. */
  public static Set<String> of(String raw) {
    Objects.requireNonNull(raw, "raw address must not be null");
    TreeSet<String> out = new TreeSet<>();
    String n = NameNormalizer.normalize(raw);
    if (!n.isEmpty()) {
      for (String t : n.split(" ", -1)) {
        out.add(ABBREVIATIONS.getOrDefault(t, t));
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /** The tokens of {@code raw} joined by single spaces: the canonical text form. */
  public static String canonical(String raw) {
    return String.join(" ", of(raw));
  }
}
