package io.crmkit.report;

/**
 * A table drawn as a chart (e.g. top customers), each cell with a tooltip.
 *
 * @param title the title
 * @param definition one sentence defining what is listed
 * @param data the header and rows
 * @since 0.1
 */
public record TableChart(String title, String definition, DataTable data) implements Chart {

  /** Checks the texts. */
  public TableChart {
    Checks.text("title", title);
    Checks.text("definition", definition);
    java.util.Objects.requireNonNull(data, "data must not be null");
  }

  @Override
  public DataTable table() {
    return data;
  }

  @Override
  public int marks() {
    return (data.rows().size() + 1) * data.header().size(); // header cells too
  }

  @Override
  public String toString() {
    return "TableChart[" + title + ", " + data.rows().size() + " rows]";
  }
}
