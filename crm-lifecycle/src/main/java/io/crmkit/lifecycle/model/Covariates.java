package io.crmkit.lifecycle.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Time-invariant covariates of a population: named columns of finite numbers, one value per
 * customer, row {@code i} belonging to row {@code i} of the data a model is fitted to. Columnar
 * primitive arrays (copied on construction, never shared). A categorical variable enters as 0/1
 * dummy columns (one category left out), as CLVTools' {@code SetStaticCovariates} makes them.
 *
 * <p>The values are unitless as far as crmkit is concerned: a coefficient is per unit of its
 * column, so scaling a column by c scales its coefficient by 1/c.
 *
 * @since 0.1
 */
public final class Covariates {

  private final int customers;
  private final List<String> names;
  private final double[][] columns;

  private Covariates(int customers, List<String> names, double[][] columns) {
    this.customers = customers;
    this.names = names;
    this.columns = columns;
  }

  /**
   * No covariates for {@code customers} customers: the model without covariates.
   *
   * @throws IllegalArgumentException when {@code customers} is negative
   */
  public static Covariates none(int customers) {
    if (customers < 0) {
      throw new IllegalArgumentException("customers must not be negative but was: " + customers);
    }
    return new Covariates(customers, List.of(), new double[0][]);
  }

  /**
   * The named columns, in the map's iteration order (use a {@link LinkedHashMap} to fix it), each
   * with one value per customer.
   *
   * @throws IllegalArgumentException when there are no columns, a name is blank or repeated, the
   *     columns differ in length or a value is not finite
   */
  public static Covariates of(Map<String, double[]> columns) {
    Objects.requireNonNull(columns, "columns must not be null");
    if (columns.isEmpty()) {
      throw new IllegalArgumentException(
          "columns must name at least one covariate; use Covariates.none(customers) for none");
    }
    Covariates c = null;
    for (Map.Entry<String, double[]> e : columns.entrySet()) {
      c = c == null ? none(Objects.requireNonNull(e.getValue(), "column " + e.getKey()).length) : c;
      c = c.with(e.getKey(), e.getValue());
    }
    return c;
  }

  /**
   * These covariates and one more column {@code name} (copied).
   *
   * @throws IllegalArgumentException when the name is blank or taken, the column does not have one
   *     value per customer or a value is not finite
   */
  public Covariates with(String name, double[] column) {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(column, "column " + name + " must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "covariate name must not be blank but was: '" + name + "'");
    }
    if (names.contains(name)) {
      throw new IllegalArgumentException(
          "covariate name '" + name + "' is taken; covariates are " + names);
    }
    if (column.length != customers) {
      throw new IllegalArgumentException(
          "covariate '"
              + name
              + "' must have one value per customer ("
              + customers
              + ") but had "
              + column.length);
    }
    for (int i = 0; i < column.length; i++) {
      if (!Double.isFinite(column[i])) {
        throw new IllegalArgumentException(
            "covariate '"
                + name
                + "' of customer row "
                + i
                + " must be finite but was: "
                + column[i]);
      }
    }
    List<String> n = new ArrayList<>(names);
    n.add(name);
    double[][] c = new double[columns.length + 1][];
    System.arraycopy(columns, 0, c, 0, columns.length);
    c[columns.length] = column.clone();
    return new Covariates(customers, Collections.unmodifiableList(n), c);
  }

  /** The number of customers (rows). */
  public int customers() {
    return customers;
  }

  /** The number of covariates (columns). */
  public int count() {
    return columns.length;
  }

  /** The covariate names, in column order. */
  public List<String> names() {
    return names;
  }

  /**
   * The value of covariate {@code covariate} (a column index) for customer row {@code customer}.
   */
  public double value(int customer, int covariate) {
    return columns[covariate][Objects.checkIndex(customer, customers)];
  }

  /** A copy of the column named {@code name}. */
  public double[] column(String name) {
    int j = names.indexOf(name);
    if (j < 0) {
      throw new IllegalArgumentException(
          "no covariate named '" + name + "'; covariates are " + names);
    }
    return columns[j].clone();
  }

  /** The columns, shared (not to be changed). */
  double[][] columns() {
    return columns;
  }

  /** The rows {@code rows} of every column, in that order. */
  Covariates rows(int[] rows) {
    double[][] c = new double[columns.length][rows.length];
    for (int j = 0; j < columns.length; j++) {
      for (int i = 0; i < rows.length; i++) {
        c[j][i] = columns[j][rows[i]];
      }
    }
    return new Covariates(rows.length, names, c);
  }

  /** Checks there is one row per data row. */
  void requireCustomers(int rows, String what) {
    if (customers != rows) {
      throw new IllegalArgumentException(
          what + " covariates must have one row per data row (" + rows + ") but had " + customers);
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Covariates[%d customers, %s]", customers, names);
  }
}
