package io.crmkit.segmentation.cluster;

import io.crmkit.core.summary.CustomerSummaries;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The features of a population for clustering: named columns of equal length in their original
 * units, each with a {@link Transform}. Row {@code i} is customer {@code i} of the input. Immutable
 * (columns are copied).
 *
 * @since 0.1
 */
public final class FeatureMatrix {

  private final List<String> names;
  private final List<Transform> transforms;
  private final double[][] columns;
  private final int rows;

  private FeatureMatrix(List<String> names, List<Transform> transforms, double[][] columns) {
    this.names = List.copyOf(names);
    this.transforms = List.copyOf(transforms);
    this.columns = columns;
    this.rows = columns.length == 0 ? 0 : columns[0].length;
  }

  /** A builder collecting columns. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The RFM features of summaries, each as {@code log(1 + x)}: {@code recencyDays} (days since the
   * last purchase), {@code transactions} (purchase transactions) and {@code totalSpend} (money;
   * negative totals after refunds are taken as 0).
   */
  public static FeatureMatrix rfm(CustomerSummaries s) {
    Objects.requireNonNull(s, "summaries must not be null");
    int n = s.size();
    double[] days = io.crmkit.segmentation.rfm.RfmScorer.daysSinceLastPurchase(s);
    double[] tx = new double[n];
    double[] spend = new double[n];
    int[] count = s.transactionCounts();
    double[] total = s.totalSpends();
    for (int i = 0; i < n; i++) {
      tx[i] = count[i];
      spend[i] = Math.max(0, total[i]);
    }
    return builder()
        .add("recencyDays", days, Transform.LOG1P)
        .add("transactions", tx, Transform.LOG1P)
        .add("totalSpend", spend, Transform.LOG1P)
        .build();
  }

  /** The number of rows (customers). */
  public int rows() {
    return rows;
  }

  /** The number of feature columns. */
  public int features() {
    return columns.length;
  }

  /** The feature names, in column order. */
  public List<String> names() {
    return names;
  }

  /** The transform applied to each feature column, in column order. */
  public List<Transform> transforms() {
    return transforms;
  }

  /** The original value of feature {@code f} of row {@code i}. */
  public double value(int f, int i) {
    return columns[f][i];
  }

  double[] column(int f) {
    return columns[f];
  }

  @Override
  public String toString() {
    return "FeatureMatrix[" + rows + " rows, features " + names + " " + transforms + "]";
  }

  /**
   * Collects named columns. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final List<String> names = new ArrayList<>();
    private final List<Transform> transforms = new ArrayList<>();
    private final List<double[]> columns = new ArrayList<>();

    private Builder() {}

    /** Adds a column (copied) in its original unit. */
    public Builder add(String name, double[] values, Transform transform) {
      Objects.requireNonNull(name, "feature name must not be null");
      Objects.requireNonNull(values, "values of feature " + name + " must not be null");
      Objects.requireNonNull(transform, "transform of feature " + name + " must not be null");
      if (names.contains(name)) {
        throw new IllegalArgumentException(
            "feature names must be unique but '" + name + "' repeats");
      }
      if (!columns.isEmpty() && columns.get(0).length != values.length) {
        throw new IllegalArgumentException(
            "feature "
                + name
                + " must have "
                + columns.get(0).length
                + " rows like the others but had: "
                + values.length);
      }
      for (int i = 0; i < values.length; i++) {
        double v = values[i];
        if (!Double.isFinite(v) || (transform == Transform.LOG1P && !(v > -1))) {
          throw new IllegalArgumentException(
              "feature "
                  + name
                  + " must be finite"
                  + (transform == Transform.LOG1P ? " and above -1 for LOG1P" : "")
                  + " but row "
                  + i
                  + " was: "
                  + v);
        }
      }
      names.add(name);
      transforms.add(transform);
      columns.add(values.clone());
      return this;
    }

    /** The matrix of the features added; {@link IllegalArgumentException} when none was added. */
    public FeatureMatrix build() {
      if (columns.isEmpty()) {
        throw new IllegalArgumentException("a feature matrix needs at least one feature");
      }
      return new FeatureMatrix(names, transforms, columns.toArray(new double[0][]));
    }
  }
}
