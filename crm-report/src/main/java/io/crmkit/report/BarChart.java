package io.crmkit.report;

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
    LabelledSeries.check(title, categories, series, "category");
  }

  @Override
  public DataTable table() {
    return LabelledSeries.table(xTitle.isEmpty() ? "category" : xTitle, categories, series);
  }

  @Override
  public int marks() {
    return LabelledSeries.marks(series);
  }

  @Override
  public String toString() {
    return "BarChart[" + title + ", " + categories.size() + " categories × " + series.size() + "]";
  }
}
