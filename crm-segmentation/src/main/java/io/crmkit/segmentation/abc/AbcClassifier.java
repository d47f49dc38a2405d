package io.crmkit.segmentation.abc;

import io.crmkit.core.summary.CustomerSummaries;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * Splits customers into ABC (Pareto) classes by a value measure.
 *
 * <p>Customers are ranked by value, highest first. In {@link AbcMode#VALUE_SHARE} mode a customer
 * is in A when the customers ranked strictly above hold less than {@code aShare} of the total
 * value, in B when they hold less than {@code aShare + bShare}, else in C: A is the smallest top
 * group that together makes at least {@code aShare} of the value. In {@link AbcMode#CUSTOMER_SHARE}
 * mode the test is on the number of customers ranked strictly above: fewer than {@code aShare · n}
 * for A, fewer than {@code (aShare + bShare) · n} for B. Either way customers of equal value always
 * share a class (the whole tie group goes with its best-ranked member), so a class may hold more
 * than its nominal share when values tie at a boundary. With a total value of 0 every customer is C
 * in value mode.
 *
 * <p>Values must be finite. A negative value (net refunds, a negative margin) counts as 0: the
 * customer ranks last, adds nothing to the total and is reported with value 0. Cost: one radix sort
 * of the values, O(n), and a byte per customer. Immutable and thread-safe; results do not depend on
 * the input order.
 *
 * @since 0.1
 */
public final class AbcClassifier {

  private final AbcMode mode;
  private final double aShare;
  private final double bShare;

  private AbcClassifier(AbcMode mode, double aShare, double bShare) {
    this.mode = Objects.requireNonNull(mode, "mode must not be null");
    if (!(aShare > 0 && aShare < 1)) {
      throw new IllegalArgumentException("aShare must be in (0, 1) but was: " + aShare);
    }
    if (!(bShare > 0 && aShare + bShare < 1)) {
      throw new IllegalArgumentException(
          "bShare must be positive with aShare + bShare below 1 but was: "
              + bShare
              + " (aShare "
              + aShare
              + ")");
    }
    this.aShare = aShare;
    this.bShare = bShare;
  }

  /** A: the first 80% of value, B: the next 15%, C: the last 5%. */
  public static AbcClassifier byValue() {
    return byValue(0.80, 0.15);
  }

  /** A: the first {@code aShare} of value, B: the next {@code bShare}, C: the rest. */
  public static AbcClassifier byValue(double aShare, double bShare) {
    return new AbcClassifier(AbcMode.VALUE_SHARE, aShare, bShare);
  }

  /** A: the top 20% of customers by value, B: the next 30%, C: the other 50%. */
  public static AbcClassifier byCustomerCount() {
    return byCustomerCount(0.20, 0.30);
  }

  /** A: the top {@code aShare} of customers by value, B: the next {@code bShare}, C: the rest. */
  public static AbcClassifier byCustomerCount(double aShare, double bShare) {
    return new AbcClassifier(AbcMode.CUSTOMER_SHARE, aShare, bShare);
  }

  /** Whether the class boundaries are shares of value or shares of customers. */
  public AbcMode mode() {
    return mode;
  }

  /**
   * The share of class A, a fraction in (0, 1): of the total value or of the customers, by {@link
   * #mode()}.
   */
  public double aShare() {
    return aShare;
  }

  /**
   * The share of class B, a fraction in (0, 1) added to {@link #aShare()} to give the A+B boundary.
   */
  public double bShare() {
    return bShare;
  }

  /** Classes of the rows of {@code summaries} by one of its columns. */
  public AbcResult classify(CustomerSummaries summaries, SummaryMeasure measure) {
    Objects.requireNonNull(summaries, "summaries must not be null");
    Objects.requireNonNull(measure, "measure must not be null");
    return classifyOwned(measure.column(summaries));
  }

  /**
   * Classes of the rows of {@code summaries} by a function of the row index (e.g. a predicted CLV).
   */
  public AbcResult classify(CustomerSummaries summaries, IntToDoubleFunction valueOfRow) {
    Objects.requireNonNull(summaries, "summaries must not be null");
    Objects.requireNonNull(valueOfRow, "valueOfRow must not be null");
    double[] v = new double[summaries.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = valueOfRow.applyAsDouble(i);
    }
    return classifyOwned(v);
  }

  /**
   * Classes of {@code items} (customers, CLV predictions, …) by a value function; row i is item i.
   */
  public <T> AbcResult classify(List<T> items, ToDoubleFunction<? super T> value) {
    Objects.requireNonNull(items, "items must not be null");
    Objects.requireNonNull(value, "value must not be null");
    double[] v = new double[items.size()];
    int i = 0;
    for (T item : items) {
      v[i++] = value.applyAsDouble(item);
    }
    return classifyOwned(v);
  }

  /** Classes of the given values; row i is value i. */
  public AbcResult classify(double[] values) {
    Objects.requireNonNull(values, "values must not be null");
    return classifyOwned(values.clone());
  }

  private AbcResult classifyOwned(double[] values) {
    int n = values.length;
    double total = 0;
    for (int i = 0; i < n; i++) {
      double v = values[i];
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("value must be finite but row " + i + " was: " + v);
      }
      if (v <= 0) {
        values[i] = 0.0; // net refunds, negative margins: no value (and no −0.0)
      } else {
        total += v;
      }
    }
    double[] sorted = values.clone();
    NonNegativeSort.sort(sorted);
    // walk tie groups from the highest value down; cutA/cutB: the smallest value still in A / in B
    double cutA = Double.POSITIVE_INFINITY;
    double cutB = Double.POSITIVE_INFINITY;
    double aLimit = mode == AbcMode.VALUE_SHARE ? aShare * total : aShare * n;
    double bLimit = mode == AbcMode.VALUE_SHARE ? (aShare + bShare) * total : (aShare + bShare) * n;
    double above = 0; // value (or count) of the customers ranked strictly above the current group
    int j = n - 1;
    while (j >= 0) {
      double v = sorted[j];
      int k = j;
      double groupValue = 0;
      while (k >= 0 && sorted[k] == v) {
        groupValue += sorted[k];
        k--;
      }
      if (above < aLimit) {
        cutA = v;
        cutB = v;
      } else if (above < bLimit) {
        cutB = v;
      } else {
        break;
      }
      above += mode == AbcMode.VALUE_SHARE ? groupValue : j - k;
      j = k;
    }
    byte[] classes = new byte[n];
    for (int i = 0; i < n; i++) {
      double v = values[i];
      classes[i] = (byte) (v >= cutA ? 0 : v >= cutB ? 1 : 2);
    }
    return new AbcResult(this, classes, values, sorted, total);
  }

  @Override
  public String toString() {
    String unit = mode == AbcMode.VALUE_SHARE ? "of value" : "of customers";
    return String.format(
        Locale.ROOT,
        "AbcClassifier[A %.0f%%, B %.0f%%, C rest %s]",
        100 * aShare,
        100 * bShare,
        unit);
  }
}
