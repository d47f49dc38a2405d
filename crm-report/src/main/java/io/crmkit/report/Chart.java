package io.crmkit.report;

/**
 * A chart as data: what it shows, its one-line definition, and its values. {@link SvgWriter} and
 * {@link PngWriter} draw the same model; {@link #table()} is the data under the chart (HTML table
 * and CSV).
 *
 * @since 0.1
 */
public sealed interface Chart permits BarChart, LineChart, HeatMap, TableChart {

  /** The title drawn on the chart. */
  String title();

  /** One sentence that defines what is drawn (shown under the chart). */
  String definition();

  /** The chart's data as a table: one row per bar, point, cell or table row. */
  DataTable table();

  /** The number of marks (bars, points, cells, table cells) that carry a tooltip. */
  int marks();
}
