package io.crmkit.report;

import java.util.Arrays;
import java.util.Objects;

/**
 * A named series of values, one per category of its chart; NaN is a missing value (drawn as no
 * mark).
 *
 * @param name the series name (legend, tooltip)
 * @param values the values, in the chart's unit
 * @since 0.1
 */
public record Series(String name, double[] values) {

  /** Checks the name and copies the values; infinite values are refused. */
  public Series {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(values, "values must not be null");
    values = values.clone();
    for (int i = 0; i < values.length; i++) {
      if (Double.isInfinite(values[i])) {
        throw new IllegalArgumentException(
            "values[" + i + "] of series " + name + " must be finite or NaN but was " + values[i]);
      }
    }
  }

  /** A series of these values. */
  public static Series of(String name, double... values) {
    return new Series(name, values);
  }

  /** The values (a copy). */
  @Override
  public double[] values() {
    return values.clone();
  }

  /** The value at index {@code i}. */
  public double value(int i) {
    return values[i];
  }

  /** The number of values. */
  public int size() {
    return values.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Series s && s.name.equals(name) && Arrays.equals(s.values, values);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "Series[" + name + ", " + values.length + " values]";
  }
}
