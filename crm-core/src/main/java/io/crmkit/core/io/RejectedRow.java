package io.crmkit.core.io;

import java.util.Objects;

/**
 * A row an import refused: its 1-based line number in the source, the column (by header name or
 * position), the offending value (cut to about 100 characters, with its full length, so that a huge
 * field never makes a huge report), the reason, and the raw line as read.
 *
 * @since 0.1
 */
public record RejectedRow(long line, String column, String value, String reason, String rawLine) {

  /** Checks the 1-based line number is at least 1 and the texts are not null. */
  public RejectedRow {
    if (line < 1) {
      throw new IllegalArgumentException("line must be at least 1 but was: " + line);
    }
    Objects.requireNonNull(column, "column must not be null");
    Objects.requireNonNull(value, "value must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    Objects.requireNonNull(rawLine, "rawLine must not be null");
    value = Inputs.excerpt(value);
  }

  /** For example {@code "line 17, column 'amount': value '12,5x' is not a decimal number"}. */
  public String describe() {
    return "line "
        + line
        + (column.isEmpty() ? "" : ", column " + column)
        + (value.isEmpty() ? ": " : ": value '" + value + "' ")
        + reason;
  }

  @Override
  public String toString() {
    return describe();
  }
}
