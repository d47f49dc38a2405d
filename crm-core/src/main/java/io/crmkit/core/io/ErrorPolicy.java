package io.crmkit.core.io;

/**
 * What an import does with a bad row.
 *
 * @since 0.1
 */
public enum ErrorPolicy {
  /**
   * Stop at the first bad row with an {@link ImportException} naming line, column, value and
   * reason.
   */
  FAIL_FAST,
  /** Import the good rows and list every rejected row in the {@link ImportReport}. */
  COLLECT
}
