package io.crmkit.lifecycle.churn.logistic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Raw (unstandardised) feature values of {@code rows} customers in named {@link FeatureColumn}s,
 * stored column-wise in primitive arrays; {@code NaN} marks a missing value. Rows may carry
 * customer ids (to check alignment with a population of summaries). The fitted model standardises
 * the columns. Immutable: arrays are copied in and out.
 *
 * @since 0.1
 */
public final class DesignMatrix {

  private final List<FeatureColumn> columns;
  private final double[][] values;
  private final int rows;
  private final Optional<List<String>> ids;

  private DesignMatrix(
      List<FeatureColumn> columns, double[][] values, int rows, Optional<List<String>> ids) {
    this.columns = columns;
    this.values = values;
    this.rows = rows;
    this.ids = ids;
  }

  /** A builder of a matrix of {@code rows} rows. */
  public static Builder builder(int rows) {
    return new Builder(rows);
  }

  /** A matrix from columns given as arrays ({@code values[j]} is column {@code j}). */
  public static DesignMatrix of(List<FeatureColumn> columns, double[]... values) {
    Objects.requireNonNull(columns, "columns must not be null");
    Objects.requireNonNull(values, "values must not be null");
    if (columns.size() != values.length) {
      throw new IllegalArgumentException(
          "values must number as many arrays as columns ("
              + columns.size()
              + ") but were "
              + values.length);
    }
    Builder b = builder(values.length == 0 ? 0 : values[0].length);
    for (int j = 0; j < values.length; j++) {
      b.column(columns.get(j), values[j]);
    }
    return b.build();
  }

  /** The number of rows (customers). */
  public int rows() {
    return rows;
  }

  /** The number of feature columns (the intercept not counted). */
  public int columnCount() {
    return columns.size();
  }

  /** The feature columns, in order. */
  public List<FeatureColumn> columns() {
    return columns;
  }

  /** The column names in order. */
  public List<String> names() {
    List<String> names = new ArrayList<>(columns.size());
    columns.forEach(c -> names.add(c.name()));
    return names;
  }

  /** The index of column {@code name}. */
  public int indexOf(String name) {
    for (int j = 0; j < columns.size(); j++) {
      if (columns.get(j).name().equals(name)) {
        return j;
      }
    }
    throw new IllegalArgumentException("no column named '" + name + "'; columns are " + names());
  }

  /** The raw value at ({@code row}, {@code column}); NaN when missing. */
  public double value(int row, int column) {
    Objects.checkIndex(row, rows);
    return values[column][row];
  }

  /** A copy of column {@code j}. */
  public double[] column(int j) {
    return values[j].clone();
  }

  /** A copy of column {@code name}. */
  public double[] column(String name) {
    return column(indexOf(name));
  }

  /** Read-only access for the fitter and scorer, no copy. */
  double[] columnView(int j) {
    return values[j];
  }

  /** Row ids, when given. */
  public Optional<List<String>> ids() {
    return ids;
  }

  /** The same matrix with the rows in {@code rowIndices} (in that order). */
  public DesignMatrix rows(int[] rowIndices) {
    Objects.requireNonNull(rowIndices, "rowIndices must not be null");
    double[][] v = new double[values.length][rowIndices.length];
    for (int j = 0; j < values.length; j++) {
      for (int i = 0; i < rowIndices.length; i++) {
        v[j][i] = values[j][Objects.checkIndex(rowIndices[i], rows)];
      }
    }
    Optional<List<String>> subIds =
        ids.map(
            all -> {
              List<String> s = new ArrayList<>(rowIndices.length);
              for (int i : rowIndices) {
                s.add(all.get(i));
              }
              return List.copyOf(s);
            });
    return new DesignMatrix(columns, v, rowIndices.length, subIds);
  }

  /** The same matrix with only the named columns, in the order given. */
  public DesignMatrix select(List<String> names) {
    Builder b = builder(rows);
    for (String n : names) {
      int j = indexOf(n);
      b.column(columns.get(j), values[j]);
    }
    ids.ifPresent(b::ids);
    return b.build();
  }

  /** Number of missing values per column, in column order. */
  public int[] missingCounts() {
    int[] counts = new int[values.length];
    for (int j = 0; j < values.length; j++) {
      for (double v : values[j]) {
        if (Double.isNaN(v)) {
          counts[j]++;
        }
      }
    }
    return counts;
  }

  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT, "DesignMatrix[%d rows × %d columns]%n", rows, columns.size()));
    int[] missing = missingCounts();
    for (int j = 0; j < columns.size(); j++) {
      double sum = 0;
      int n = 0;
      for (double v : values[j]) {
        if (!Double.isNaN(v)) {
          sum += v;
          n++;
        }
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "  %-28s mean %12.4f  missing %d%n",
              columns.get(j).name(),
              n == 0 ? Double.NaN : sum / n,
              missing[j]));
    }
    return sb.toString();
  }

  /**
   * Collects columns of one length. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final int rows;
    private final List<FeatureColumn> columns = new ArrayList<>();
    private final List<double[]> values = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private Optional<List<String>> ids = Optional.empty();

    private Builder(int rows) {
      if (rows < 0) {
        throw new IllegalArgumentException("rows must not be negative but was: " + rows);
      }
      this.rows = rows;
    }

    /** Adds a column; {@code NaN} marks a missing value, infinities are rejected. */
    public Builder column(FeatureColumn column, double[] columnValues) {
      Objects.requireNonNull(column, "column must not be null");
      Objects.requireNonNull(columnValues, "values of " + column.name() + " must not be null");
      if (columnValues.length != rows) {
        throw new IllegalArgumentException(
            "column "
                + column.name()
                + " must have "
                + rows
                + " values but had "
                + columnValues.length);
      }
      if (!names.add(column.name())) {
        throw new IllegalArgumentException(
            "column names must be unique but '" + column.name() + "' was repeated");
      }
      for (int i = 0; i < rows; i++) {
        if (Double.isInfinite(columnValues[i])) {
          throw new IllegalArgumentException(
              "value of column "
                  + column.name()
                  + " at row "
                  + i
                  + " must be finite or NaN (missing) but was: "
                  + columnValues[i]);
        }
      }
      columns.add(column);
      values.add(columnValues.clone());
      return this;
    }

    /** Adds a column explained as {@code "name = value"}. */
    public Builder column(String name, double[] columnValues) {
      return column(FeatureColumn.named(name), columnValues);
    }

    /** The customer id of each row. */
    public Builder ids(List<String> rowIds) {
      Objects.requireNonNull(rowIds, "ids must not be null");
      if (rowIds.size() != rows) {
        throw new IllegalArgumentException(
            "ids must number " + rows + " but were " + rowIds.size());
      }
      ids = Optional.of(List.copyOf(rowIds));
      return this;
    }

    /** Sets the id of each row, in row order. */
    public Builder ids(String[] rowIds) {
      return ids(Arrays.asList(rowIds));
    }

    /** The matrix of the columns and rows added. */
    public DesignMatrix build() {
      return new DesignMatrix(List.copyOf(columns), values.toArray(new double[0][]), rows, ids);
    }
  }
}
