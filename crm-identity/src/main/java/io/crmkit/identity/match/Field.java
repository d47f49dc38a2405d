package io.crmkit.identity.match;

import java.util.List;

/**
 * The fields the matcher compares and the comparison levels of each, from "disagree" (level 1) up
 * to the strongest agreement; level 0 means one side has no value, which is neither evidence for
 * nor against a match (weight 0). The thresholds are those of {@link Comparators}.
 *
 * @since 0.1
 */
public enum Field {
  /** Given name: Jaro-Winkler on the normalised names (after the swap check). */
  GIVEN_NAME(
      List.of(
          "missing",
          "different",
          "similar (Jaro-Winkler >= 0.80)",
          "close (Jaro-Winkler >= 0.92)",
          "exact")),
  /** Family name: as the given name. */
  FAMILY_NAME(
      List.of(
          "missing",
          "different",
          "similar (Jaro-Winkler >= 0.80)",
          "close (Jaro-Winkler >= 0.92)",
          "exact")),
  /** E-mail address: exact, or within Levenshtein distance 2 (a typo), or different. */
  EMAIL(List.of("missing", "different", "within 2 edits", "exact")),
  /** Phone number in E.164: exact, one digit changed or missing, or different. */
  PHONE(List.of("missing", "different", "within 1 edit", "exact")),
  /** Birth date: exact, day and month swapped or one digit off, or different. */
  BIRTH_DATE(List.of("missing", "different", "day/month swapped or one digit off", "exact")),
  /** Address tokens: Jaccard similarity of the token sets. */
  ADDRESS(
      List.of(
          "missing", "different", "overlapping (Jaccard >= 0.5)", "same tokens (Jaccard >= 0.8)"));

  /** Bits per field in a packed comparison pattern. */
  static final int BITS = 3;

  private static final Field[] ALL = values();

  @SuppressWarnings("ImmutableEnumChecker") // always a List.of(...): unmodifiable
  private final List<String> levelNames;

  Field(List<String> levelNames) {
    this.levelNames = levelNames;
  }

  /** The number of levels including "missing" (level 0). */
  public int levels() {
    return levelNames.size();
  }

  /** What level {@code level} means, for explanations. */
  public String levelName(int level) {
    if (level < 0 || level >= levelNames.size()) {
      throw new IllegalArgumentException(
          "level of "
              + this
              + " must be in [0, "
              + (levelNames.size() - 1)
              + "] but was: "
              + level);
    }
    return levelNames.get(level);
  }

  /** The level of this field in the packed pattern {@code pattern}. */
  public int levelIn(int pattern) {
    return (pattern >>> (ordinal() * BITS)) & ((1 << BITS) - 1);
  }

  /** {@code pattern} with this field's level set to {@code level}. */
  int with(int pattern, int level) {
    int shift = ordinal() * BITS;
    return (pattern & ~(((1 << BITS) - 1) << shift)) | (level << shift);
  }

  /** The number of distinct packed patterns. */
  static int patternSpace() {
    return 1 << (BITS * ALL.length);
  }

  static Field[] all() {
    return ALL;
  }
}
