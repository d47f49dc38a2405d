package io.crmkit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The data of a chart as text cells: a header and rows of the same width, formatted with {@link
 * Numbers}. {@link #csv()} writes it as RFC 4180 CSV.
 *
 * @param header the column names
 * @param rows the rows, each as wide as the header
 * @since 0.1
 */
public record DataTable(List<String> header, List<List<String>> rows) {

  /** Checks that every row is as wide as the header and copies the lists. */
  public DataTable {
    Objects.requireNonNull(header, "header must not be null");
    Objects.requireNonNull(rows, "rows must not be null");
    header = List.copyOf(header);
    List<List<String>> copy = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = List.copyOf(rows.get(r));
      if (row.size() != header.size()) {
        throw new IllegalArgumentException(
            "rows["
                + r
                + "] must have "
                + header.size()
                + " cells (the header's width) but had "
                + row.size());
      }
      copy.add(row);
    }
    rows = List.copyOf(copy);
  }

  /** The table as CSV: the header then the rows, CRLF line ends, cells quoted when needed. */
  public String csv() {
    StringBuilder sb = new StringBuilder();
    line(sb, header);
    rows.forEach(r -> line(sb, r));
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String c = cells.get(i);
      if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
        sb.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(c);
      }
    }
    sb.append("\r\n");
  }

  @Override
  public String toString() {
    return "DataTable[" + header + ", " + rows.size() + " rows]";
  }
}
