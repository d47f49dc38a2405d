package io.crmkit.core.io;

/**
 * Bounds on the size of what an import accepts, so that a corrupt or hostile file is refused fast
 * with a named reason instead of taking minutes or all memory. A field longer than {@code
 * maxFieldLength} characters, or an amount longer than {@code maxAmountLength}, makes its row bad
 * (reported or failing by the {@link ErrorPolicy}); a record longer than {@code maxRecordLength}
 * characters (for instance an unbalanced quote that swallows the rest of the file) ends the import.
 *
 * @param maxFieldLength characters of any mapped field (default 4,096)
 * @param maxAmountLength characters of an amount (default 64: far more than any real amount)
 * @param maxRecordLength characters of a whole record (default 1,048,576)
 * @since 0.1
 */
public record ImportLimits(int maxFieldLength, int maxAmountLength, int maxRecordLength) {

  private static final ImportLimits DEFAULTS = new ImportLimits(4096, 64, 1 << 20);

  /**
   * Checks every limit is at least 1 character and {@code maxAmountLength <= maxFieldLength <=
   * maxRecordLength}.
   */
  public ImportLimits {
    if (maxFieldLength < 1 || maxAmountLength < 1 || maxRecordLength < 1) {
      throw new IllegalArgumentException(
          "limits must be at least 1 but were: maxFieldLength "
              + maxFieldLength
              + ", maxAmountLength "
              + maxAmountLength
              + ", maxRecordLength "
              + maxRecordLength);
    }
    if (maxAmountLength > maxFieldLength || maxFieldLength > maxRecordLength) {
      throw new IllegalArgumentException(
          "limits must satisfy maxAmountLength <= maxFieldLength <= maxRecordLength but were: "
              + maxAmountLength
              + ", "
              + maxFieldLength
              + ", "
              + maxRecordLength);
    }
  }

  /** 4,096 characters per field, 64 per amount, 1,048,576 per record. */
  public static ImportLimits defaults() {
    return DEFAULTS;
  }

  /**
   * These limits with at most {@code n} characters per field; the amount and record limits move as
   * far as needed to stay ordered.
   */
  public ImportLimits withMaxFieldLength(int n) {
    return new ImportLimits(n, Math.min(maxAmountLength, n), Math.max(maxRecordLength, n));
  }

  /**
   * These limits with at most {@code n} characters per amount; the field and record limits grow
   * when smaller than {@code n}.
   */
  public ImportLimits withMaxAmountLength(int n) {
    return new ImportLimits(Math.max(maxFieldLength, n), n, Math.max(maxRecordLength, n));
  }

  /**
   * These limits with at most {@code n} characters per record; the field and amount limits shrink
   * when larger than {@code n}.
   */
  public ImportLimits withMaxRecordLength(int n) {
    return new ImportLimits(Math.min(maxFieldLength, n), Math.min(maxAmountLength, n), n);
  }
}
