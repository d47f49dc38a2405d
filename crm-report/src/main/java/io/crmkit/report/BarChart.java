package io.crmkit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Bars per category: one series is a bar chart, several a grouped bar chart (one bar per series in
 * each category). Values are drawn on the bars when {@code valueLabels} is set.
 *
 * @param title the title
 * @param definition one sentence defining what is drawn
 * @param xTitle the category axis title
 * @param yTitle the value axis title, with its unit
 * @param categories the category labels
 * @param series the series, each with one value per category (NaN: no bar)
 * @param valueLabels whether each bar carries its value as text
 * @since 0.1
 */
public record BarChart(
    String title,
    String definition,
    String xTitle,
    String yTitle,
    List<String> categories,
    List<Series> series,
    boolean valueLabels)
    implements Chart {

  /** Checks that every series has one value per category. */
  public BarChart {
    Checks.text("title", title);
    Checks.text("definition", definition);
    Objects.requireNonNull(xTitle, "xTitle must not be null");
    Objects.requireNonNull(yTitle, "yTitle must not be null");
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    if (series.isEmpty()) {
      throw new IllegalArgumentException("series must not be empty for chart " + title);
    }
    for (Series s : series) {
      if (s.size() != categories.size()) {
        throw new IllegalArgumentException(
            "series "
                + s.name()
                + " must have "
                + categories.size()
                + " values (one per category) but had "
                + s.size());
      }
    }
  }

  @Override
  public DataTable table() {
    List<String> header = new ArrayList<>();
    header.add(xTitle.isEmpty() ? "category" : xTitle);
    series.forEach(s -> header.add(s.name()));
    List<List<String>> rows = new ArrayList<>();
    for (int c = 0; c < categories.size(); c++) {
      List<String> row = new ArrayList<>();
      row.add(categories.get(c));
      for (Series s : series) {
        row.add(Numbers.plain(s.value(c)));
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
    return "BarChart[" + title + ", " + categories.size() + " categories × " + series.size() + "]";
  }
}
