package io.crmkit.core.io;

import java.util.Objects;

/**
 * An import stopped at a bad row or a bad file. The message names the source, the line, the column,
 * the value and why it was refused, e.g. {@code "transactions.csv line 17, column 'amount': value
 * '12,5x' is not a decimal number"}.
 *
 * @since 0.1
 */
public final class ImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final String column;
  private final String value;
  private final String reason;

  /**
   * An import error; the column, value and reason are cut to a bounded excerpt (about 100
   * characters, with the full length) so that a huge field never makes a huge message.
   */
  public ImportException(String source, long line, String column, String value, String reason) {
    this(source, line, Inputs.excerpt(column), Inputs.excerpt(value), bounded(reason), true);
  }

  @SuppressWarnings(
      "UnusedVariable") // "cut" only tells this constructor from the public one of the same other
  // parameters
  private ImportException(
      String source, long line, String column, String value, String reason, boolean cut) {
    super(
        Objects.requireNonNull(source, "source must not be null")
            + " line "
            + line
            + (column.isEmpty() ? "" : ", column " + column)
            + (value.isEmpty() ? ": " : ": value '" + value + "' ")
            + reason);
    this.source = source;
    this.line = line;
    this.column = column;
    this.value = value;
    this.reason = reason;
  }

  private static String bounded(String reason) {
    return reason.length() <= 400
        ? reason
        : reason.substring(0, 400) + "… (" + reason.length() + " characters)";
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

  /** The offending value, cut to about 100 characters. */
  public String value() {
    return value;
  }

  /** Why the value was refused, in words (e.g. "not a number"). */
  public String reason() {
    return reason;
  }
}
