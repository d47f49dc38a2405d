package io.crmkit.jdbc;

import io.crmkit.core.io.ImportReport;
import java.util.Objects;

/**
 * What {@link TransactionCopy} loaded: the file import's own report (data rows read, imported,
 * blank lines, every rejected row with its line, column, value and reason) and the number of rows
 * COPY stored, which always equals {@code report.imported()}.
 *
 * @param report the report of the file import that read the rows
 * @param rowsCopied the rows stored in {@code transaction_rows}
 * @since 0.1
 */
public record CopyReport(ImportReport report, long rowsCopied) {

  /** Checks the report is not null and the rows copied equal the rows it imported. */
  public CopyReport {
    Objects.requireNonNull(report, "report must not be null");
    if (rowsCopied != report.imported()) {
      throw new IllegalArgumentException(
          "rowsCopied must equal the rows imported "
              + report.imported()
              + " but was: "
              + rowsCopied);
    }
  }

  @Override
  public String toString() {
    return rowsCopied + " rows copied; " + report;
  }
}
