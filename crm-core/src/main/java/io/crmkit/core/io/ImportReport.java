package io.crmkit.core.io;

import java.util.List;
import java.util.Objects;

/**
 * What an import read: data rows seen (header and blank lines excluded), rows imported, blank lines
 * skipped, and every rejected row. {@code dataRows == imported + rejected.size()} always holds.
 *
 * @since 0.1
 */
public record ImportReport(
    String source, long dataRows, long imported, long blankLines, List<RejectedRow> rejected) {

  /**
   * Checks the source and rejected rows are not null and {@code dataRows == imported +
   * rejected.size()}; the list is copied.
   */
  public ImportReport {
    Objects.requireNonNull(source, "source must not be null");
    rejected = List.copyOf(Objects.requireNonNull(rejected, "rejected must not be null"));
    if (dataRows != imported + rejected.size()) {
      throw new IllegalArgumentException(
          "dataRows "
              + dataRows
              + " must equal imported "
              + imported
              + " plus rejected "
              + rejected.size());
    }
  }

  /** Whether at least one row was rejected. */
  public boolean hasRejections() {
    return !rejected.isEmpty();
  }

  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(
            source
                + ": "
                + imported
                + " of "
                + dataRows
                + " rows imported, "
                + rejected.size()
                + " rejected, "
                + blankLines
                + " blank lines skipped");
    for (int i = 0; i < Math.min(10, rejected.size()); i++) {
      sb.append(System.lineSeparator()).append("  ").append(rejected.get(i).describe());
    }
    if (rejected.size() > 10) {
      sb.append(System.lineSeparator()).append("  … ").append(rejected.size() - 10).append(" more");
    }
    return sb.toString();
  }
}
