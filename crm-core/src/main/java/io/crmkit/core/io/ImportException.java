package io.crmkit.core.io;

import java.util.Objects;

/**
 * An import stopped at a bad row or a bad file. The message names the source, the line, the
 * column, the value and why it was refused, e.g. {@code "transactions.csv line 17, column
 * 'amount': value '12,5x' is not a decimal number"}.
 */
public final class ImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final String column;
  private final String value;
  private final String reason;

  public ImportException(String source, long line, String column, String value, String reason) {
    super(Objects.requireNonNull(source, "source must not be null") + " line " + line
        + (column.isEmpty() ? "" : ", column " + column) + (value.isEmpty() ? ": " : ": value '" + value + "' ")
        + reason);
    this.source = source;
    this.line = line;
    this.column = column;
    this.value = value;
    this.reason = reason;
  }

  static ImportException of(String source, RejectedRow row) {
    return new ImportException(source, row.line(), row.column(), row.value(), row.reason());
  }

  /** The file name or description of the source. */
  public String source() {
    return source;
  }

  /** The 1-based line number. */
  public long line() {
    return line;
  }

  /** The column, by header name in quotes or as {@code #position}; empty for a whole-row error. */
  public String column() {
    return column;
  }

  public String value() {
    return value;
  }

  public String reason() {
    return reason;
  }
}
