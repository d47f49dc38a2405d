package io.crmkit.core.io;

import java.util.Objects;

/**
 * A column of an input file: by its header name, or by its 0-based position.
 *
 * @since 0.1
 */
public sealed interface Column {

  /** The column whose header is {@code name} (compared case-insensitively, trimmed). */
  static Column named(String name) {
    return new Named(name);
  }

  /** The column at 0-based position {@code index}. */
  static Column at(int index) {
    return new Index(index);
  }

  /**
   * A column named in the header.
   *
   * @since 0.1
   */
  record Named(String name) implements Column {
    /** Checks the header name is not null and not blank. */
    public Named {
      Objects.requireNonNull(name, "column name must not be null");
      if (name.isBlank()) {
        throw new IllegalArgumentException("column name must not be blank");
      }
    }

    @Override
    public String toString() {
      return "'" + name + "'";
    }
  }

  /**
   * A column by position.
   *
   * @since 0.1
   */
  record Index(int index) implements Column {
    /** Checks the 0-based position is not negative. */
    public Index {
      if (index < 0) {
        throw new IllegalArgumentException("column index must not be negative but was: " + index);
      }
    }

    @Override
    public String toString() {
      return "#" + (index + 1);
    }
  }
}
