package io.crmkit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lines over ordered x labels (periods, dates, shares), e.g. actual against expected: each series
 * has one value per x label, each point carries a tooltip.
 *
 * @param title the title
 * @param definition one sentence defining what is drawn
 * @param xTitle the x axis title, with its unit
 * @param yTitle the y axis title, with its unit
 * @param xLabels the x labels, in order
 * @param series the series, each with one value per x label (NaN: no point)
 * @since 0.1
 */
public record LineChart(
    String title,
    String definition,
    String xTitle,
    String yTitle,
    List<String> xLabels,
    List<Series> series)
    implements Chart {

  /** Checks that every series has one value per x label. */
  public LineChart {
    Checks.text("title", title);
    Checks.text("definition", definition);
    Objects.requireNonNull(xTitle, "xTitle must not be null");
    Objects.requireNonNull(yTitle, "yTitle must not be null");
    xLabels = List.copyOf(xLabels);
    series = List.copyOf(series);
    if (series.isEmpty()) {
      throw new IllegalArgumentException("series must not be empty for chart " + title);
    }
    for (Series s : series) {
      if (s.size() != xLabels.size()) {
        throw new IllegalArgumentException(
            "series "
                + s.name()
                + " must have "
                + xLabels.size()
                + " values (one per x label) but had "
                + s.size());
      }
    }
  }

  @Override
  public DataTable table() {
    List<String> header = new ArrayList<>();
    header.add(xTitle.isEmpty() ? "x" : xTitle);
    series.forEach(s -> header.add(s.name()));
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < xLabels.size(); i++) {
      List<String> row = new ArrayList<>();
      row.add(xLabels.get(i));
      for (Series s : series) {
        row.add(Numbers.plain(s.value(i)));
      }
      rows.add(row);
    }
    return new DataTable(header, rows);
  }

  @Override
  public int marks() {
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

  @Override
  public String toString() {
    return "LineChart[" + title + ", " + xLabels.size() + " points × " + series.size() + "]";
  }
}
