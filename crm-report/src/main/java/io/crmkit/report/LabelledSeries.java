package io.crmkit.report;

import java.util.ArrayList;
import java.util.List;

/**
 * What bar and line charts share: series over labelled positions, their checks, table and marks.
 */
final class LabelledSeries {

  private LabelledSeries() {}

  /** Checks that there is a series and that every one has a value per label. */
  static void check(String title, List<String> labels, List<Series> series, String perWhat) {
    if (series.isEmpty()) {
      throw new IllegalArgumentException("series must not be empty for chart " + title);
    }
    for (Series s : series) {
      if (s.size() != labels.size()) {
        throw new IllegalArgumentException(
            "series "
                + s.name()
                + " must have "
                + labels.size()
                + " values (one per "
                + perWhat
                + ") but had "
                + s.size());
      }
    }
  }

  /** A row per label: the label, then each series' value. */
  static DataTable table(String labelHeader, List<String> labels, List<Series> series) {
    List<String> header = new ArrayList<>();
    header.add(labelHeader);
    series.forEach(s -> header.add(s.name()));
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      List<String> row = new ArrayList<>();
      row.add(labels.get(i));
      for (Series s : series) {
        row.add(Numbers.plain(s.value(i)));
      }
      rows.add(row);
    }
    return new DataTable(header, rows);
  }

  /** The values that are drawn (not NaN). */
  static int marks(List<Series> series) {
    int n = 0;
    for (Series s : series) {
      for (double v : s.values()) {
        if (!Double.isNaN(v)) {
          n++;
        }
      }
    }
    return n;
  }
}
