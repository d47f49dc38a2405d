package io.crmkit.report;

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
    LabelledSeries.check(title, xLabels, series, "x label");
  }

  @Override
  public DataTable table() {
    return LabelledSeries.table(xTitle.isEmpty() ? "x" : xTitle, xLabels, series);
  }

  @Override
  public int marks() {
    return LabelledSeries.marks(series);
  }

  @Override
  public String toString() {
    return "LineChart[" + title + ", " + xLabels.size() + " points × " + series.size() + "]";
  }
}
