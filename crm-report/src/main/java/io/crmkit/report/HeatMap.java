package io.crmkit.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A matrix of values coloured on the viridis scale from {@code min} to {@code max}: rows are the y
 * labels (drawn top to bottom), columns the x labels. A NaN cell is left blank and explained by
 * {@code blankReason} (e.g. an impossible history); with customer counts, a cell where no customer
 * sits is drawn hatched so that a model's extrapolation is not read as data.
 *
 * @since 0.1
 */
public final class HeatMap implements Chart {
  private final String title;
  private final String definition;
  private final String xTitle;
  private final String yTitle;
  private final List<String> xLabels;
  private final List<String> yLabels;
  private final double[][] values;
  private final Optional<long[][]> customers;
  private final double min;
  private final double max;
  private final String blankReason;
  private final boolean valueLabels;

  /** Checks the shape of the matrices and the scale, and copies the arrays. */
  HeatMap(
      String title,
      String definition,
      String xTitle,
      String yTitle,
      List<String> xLabels,
      List<String> yLabels,
      double[][] values,
      Optional<long[][]> customers,
      double min,
      double max,
      String blankReason,
      boolean valueLabels) {
    Checks.text("title", title);
    Checks.text("definition", definition);
    Objects.requireNonNull(xTitle, "xTitle must not be null");
    Objects.requireNonNull(yTitle, "yTitle must not be null");
    Objects.requireNonNull(blankReason, "blankReason must not be null");
    xLabels = List.copyOf(xLabels);
    yLabels = List.copyOf(yLabels);
    values = copy("values", values, yLabels.size(), xLabels.size());
    Objects.requireNonNull(customers, "customers must not be null (Optional.empty() for none)");
    int rowCount = yLabels.size();
    int columnCount = xLabels.size();
    customers = customers.map(c -> copy(c, rowCount, columnCount));
    if (!Double.isFinite(min) || !Double.isFinite(max) || !(max > min)) {
      throw new IllegalArgumentException(
          "min and max must be finite with max > min but were " + min + " and " + max);
    }
    for (double[] row : values) {
      for (double v : row) {
        if (Double.isInfinite(v)) {
          throw new IllegalArgumentException(
              "values must be finite or NaN but held " + v + " in chart " + title);
        }
      }
    }
    this.title = title;
    this.definition = definition;
    this.xTitle = xTitle;
    this.yTitle = yTitle;
    this.xLabels = xLabels;
    this.yLabels = yLabels;
    this.values = values;
    this.customers = customers;
    this.min = min;
    this.max = max;
    this.blankReason = blankReason;
    this.valueLabels = valueLabels;
  }

  /**
   * A heat map without customer counts, coloured from {@code min} to {@code max}.
   *
   * @param title the title
   * @param definition one sentence defining what is drawn
   * @param xTitle the x axis title, with its unit
   * @param yTitle the y axis title, with its unit
   * @param xLabels the column labels
   * @param yLabels the row labels
   * @param values {@code values[row][column]}, NaN for a blank cell
   * @param min the value at the low end of the colour scale
   * @param max the value at the high end of the colour scale (above {@code min})
   * @param blankReason why blank cells are blank (tooltip and note)
   * @param valueLabels whether each cell carries its value as text
   * @throws IllegalArgumentException if the shapes or the scale do not fit
   */
  public static HeatMap of(
      String title,
      String definition,
      String xTitle,
      String yTitle,
      List<String> xLabels,
      List<String> yLabels,
      double[][] values,
      double min,
      double max,
      String blankReason,
      boolean valueLabels) {
    return new HeatMap(
        title,
        definition,
        xTitle,
        yTitle,
        xLabels,
        yLabels,
        values,
        Optional.empty(),
        min,
        max,
        blankReason,
        valueLabels);
  }

  /**
   * The same heat map with {@code customers[row][column]}, the customers whose history falls in
   * each cell (a cell with none is drawn hatched).
   *
   * @throws IllegalArgumentException if the matrix does not have the shape of the values
   */
  public HeatMap withCustomers(long[][] customers) {
    return new HeatMap(
        title,
        definition,
        xTitle,
        yTitle,
        xLabels,
        yLabels,
        values,
        Optional.of(Objects.requireNonNull(customers, "customers must not be null")),
        min,
        max,
        blankReason,
        valueLabels);
  }

  /**
   * A heat map without customer counts scaled from the smallest to the largest finite value (0 to 1
   * when all values are equal or there are none); see {@link #of} for the parameters.
   */
  public static HeatMap scaled(
      String title,
      String definition,
      String xTitle,
      String yTitle,
      List<String> xLabels,
      List<String> yLabels,
      double[][] values,
      String blankReason,
      boolean valueLabels) {
    return scaled(
        title,
        definition,
        xTitle,
        yTitle,
        xLabels,
        yLabels,
        values,
        Optional.empty(),
        blankReason,
        valueLabels);
  }

  /**
   * A heat map scaled from the smallest to the largest finite value (0 to 1 when all values are
   * equal or there are none).
   */
  static HeatMap scaled(
      String title,
      String definition,
      String xTitle,
      String yTitle,
      List<String> xLabels,
      List<String> yLabels,
      double[][] values,
      Optional<long[][]> customers,
      String blankReason,
      boolean valueLabels) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double[] row : values) {
      for (double v : row) {
        if (Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    if (!(hi > lo)) {
      lo = Double.isFinite(lo) ? lo : 0;
      hi = lo + 1;
    }
    return new HeatMap(
        title,
        definition,
        xTitle,
        yTitle,
        xLabels,
        yLabels,
        values,
        customers,
        lo,
        hi,
        blankReason,
        valueLabels);
  }

  private static double[][] copy(String field, double[][] m, int rows, int cols) {
    Objects.requireNonNull(m, field + " must not be null");
    if (m.length != rows) {
      throw new IllegalArgumentException(
          field + " must have " + rows + " rows (one per y label) but had " + m.length);
    }
    double[][] c = new double[rows][];
    for (int r = 0; r < rows; r++) {
      if (m[r].length != cols) {
        throw new IllegalArgumentException(
            field
                + "["
                + r
                + "] must have "
                + cols
                + " columns (one per x label) but had "
                + m[r].length);
      }
      c[r] = m[r].clone();
    }
    return c;
  }

  private static long[][] copy(long[][] m, int rows, int cols) {
    if (m.length != rows) {
      throw new IllegalArgumentException(
          "customers must have " + rows + " rows (one per y label) but had " + m.length);
    }
    long[][] c = new long[rows][];
    for (int r = 0; r < rows; r++) {
      if (m[r].length != cols) {
        throw new IllegalArgumentException(
            "customers[" + r + "] must have " + cols + " columns but had " + m[r].length);
      }
      c[r] = m[r].clone();
    }
    return c;
  }

  /** The values (a copy). */
  public double[][] values() {
    double[][] c = new double[values.length][];
    for (int r = 0; r < values.length; r++) {
      c[r] = values[r].clone();
    }
    return c;
  }

  /** The value of a cell. */
  public double value(int row, int column) {
    return values[row][column];
  }

  /** The customers of a cell, when the heat map has counts. */
  public Optional<Long> customersAt(int row, int column) {
    return customers.map(c -> c[row][column]);
  }

  /** Whether a cell has a value but no customer (drawn hatched). */
  public boolean isEmptyOfCustomers(int row, int column) {
    return !Double.isNaN(values[row][column]) && customersAt(row, column).orElse(1L) == 0;
  }

  /** The scale position of {@code v} in [0, 1]. */
  public double position(double v) {
    return Math.max(0, Math.min(1, (v - min) / (max - min)));
  }

  @Override
  public DataTable table() {
    List<String> header = new ArrayList<>(List.of(yTitle, xTitle, "value"));
    if (customers.isPresent()) {
      header.add("customers");
    }
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r < yLabels.size(); r++) {
      for (int c = 0; c < xLabels.size(); c++) {
        List<String> row = new ArrayList<>();
        row.add(yLabels.get(r));
        row.add(xLabels.get(c));
        row.add(Numbers.plain(values[r][c]));
        if (customers.isPresent()) {
          row.add(Long.toString(customers.get()[r][c]));
        }
        rows.add(row);
      }
    }
    return new DataTable(header, rows);
  }

  @Override
  public int marks() {
    return xLabels.size() * yLabels.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HeatMap h
        && h.title.equals(title)
        && h.definition.equals(definition)
        && h.xLabels.equals(xLabels)
        && h.yLabels.equals(yLabels)
        && Arrays.deepEquals(h.values, values)
        && h.customers.map(Arrays::deepToString).equals(customers.map(Arrays::deepToString))
        && h.min == min
        && h.max == max;
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, xLabels, yLabels, Arrays.deepHashCode(values), min, max);
  }

  @Override
  public String toString() {
    return "HeatMap[" + title + ", " + yLabels.size() + " × " + xLabels.size() + "]";
  }

  /** Returns the title. */
  @Override
  public String title() {
    return title;
  }

  /** Returns one sentence defining what is drawn. */
  @Override
  public String definition() {
    return definition;
  }

  /** Returns the x axis title, with its unit. */
  public String xTitle() {
    return xTitle;
  }

  /** Returns the y axis title, with its unit. */
  public String yTitle() {
    return yTitle;
  }

  /** Returns the column labels. */
  public List<String> xLabels() {
    return xLabels;
  }

  /** Returns the row labels. */
  public List<String> yLabels() {
    return yLabels;
  }

  /**
   * Returns optionally {@code customers[row][column]}: the customers whose history falls in the
   * cell.
   */
  public Optional<long[][]> customers() {
    return customers;
  }

  /** Returns the value at the low end of the colour scale. */
  public double min() {
    return min;
  }

  /** Returns the value at the high end of the colour scale (above {@code min}). */
  public double max() {
    return max;
  }

  /** Returns why blank cells are blank (tooltip and note). */
  public String blankReason() {
    return blankReason;
  }

  /** Returns whether each cell carries its value as text. */
  public boolean valueLabels() {
    return valueLabels;
  }
}
