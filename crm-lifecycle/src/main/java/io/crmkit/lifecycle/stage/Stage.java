package io.crmkit.lifecycle.stage;

import java.util.Objects;

/**
 * A stage of a lifecycle, named by an identifier-like text such as {@code "ACTIVE"} or {@code
 * "NEEDS_ANALYSIS"}: letters, digits, {@code '_'} and {@code '-'}, starting with a letter. Compared
 * by its exact name.
 *
 * @since 0.1
 */
public record Stage(String name) implements Comparable<Stage> {

  /**
   * Checks the name starts with a letter and holds only letters, digits, {@code _} and {@code -}.
   */
  public Stage {
    Objects.requireNonNull(name, "stage name must not be null");
    if (!isValidName(name)) {
      throw new IllegalArgumentException(
          "stage name must start with a letter and hold only letters, digits,"
              + " '_' and '-' but was: '"
              + name
              + "'");
    }
  }

  static boolean isValidName(String name) {
    if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-'))) {
        return false;
      }
    }
    return true;
  }

  /** The stage named {@code name}. */
  public static Stage of(String name) {
    return new Stage(name);
  }

  @Override
  public int compareTo(Stage other) {
    return name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
