package io.crmkit.segmentation.rfm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the values of one RFM dimension become scores from 1 to {@link #bins()}: by quantiles of the
 * population ({@link #quantiles(int)}) or by fixed business thresholds ({@link #thresholds}).
 * Higher scores are always better: more recent, more frequent, more spend.
 *
 * @since 0.1
 */
public sealed interface Binning {

  /** The smallest number of bins. */
  int MIN_BINS = 2;

  /** The largest number of bins: scores stay single digits so that cells read as {@code "545"}. */
  int MAX_BINS = 9;

  /** The number of bins: scores run from 1 to this. */
  int bins();

  /** {@code bins} quantile bins over the population (ties: see {@link TiePolicy}). */
  static Binning quantiles(int bins) {
    return new Quantiles(bins);
  }

  /**
   * Fixed thresholds, ascending, giving {@code thresholds.length + 1} bins. For frequency and
   * monetary a value at or above the j-th threshold scores at least {@code j + 1} ({@code
   * thresholds(2, 5)}: 1 purchase → 1, 2–4 → 2, 5 or more → 3). For recency the thresholds are in
   * days since the last purchase and a customer within the j-th from the end scores higher ({@code
   * thresholds(30, 90)}: at most 30 days → 3, 31–90 → 2, older → 1).
   */
  static Binning thresholds(double... thresholds) {
    Objects.requireNonNull(thresholds, "thresholds must not be null");
    List<Double> list = new ArrayList<>(thresholds.length);
    for (double t : thresholds) {
      list.add(t);
    }
    return new Thresholds(list);
  }

  /**
   * Quantile bins: each bin holds about the same number of customers.
   *
   * @since 0.1
   */
  record Quantiles(int bins) implements Binning {
    /** Checks the number of bins is within {@link #MIN_BINS} to {@link #MAX_BINS}. */
    public Quantiles {
      if (bins < MIN_BINS || bins > MAX_BINS) {
        throw new IllegalArgumentException(
            "bins must be between " + MIN_BINS + " and " + MAX_BINS + " but was: " + bins);
      }
    }

    @Override
    public String toString() {
      return bins + " quantile bins";
    }
  }

  /**
   * Fixed thresholds in the unit of the dimension (days, purchases, money), strictly ascending.
   *
   * @since 0.1
   */
  record Thresholds(List<Double> thresholds) implements Binning {
    /**
     * Checks the thresholds: not null, giving {@link #MIN_BINS} to {@link #MAX_BINS} bins, finite
     * and strictly increasing; the list is copied.
     */
    public Thresholds {
      Objects.requireNonNull(thresholds, "thresholds must not be null");
      thresholds = List.copyOf(thresholds);
      if (thresholds.size() + 1 < MIN_BINS || thresholds.size() + 1 > MAX_BINS) {
        throw new IllegalArgumentException(
            "thresholds must number between "
                + (MIN_BINS - 1)
                + " and "
                + (MAX_BINS - 1)
                + " but were: "
                + thresholds);
      }
      for (int j = 0; j < thresholds.size(); j++) {
        double t = thresholds.get(j);
        if (!Double.isFinite(t)) {
          throw new IllegalArgumentException("thresholds must be finite but were: " + thresholds);
        }
        if (j > 0 && !(t > thresholds.get(j - 1))) {
          throw new IllegalArgumentException(
              "thresholds must be strictly ascending but were: " + thresholds);
        }
      }
    }

    @Override
    public int bins() {
      return thresholds.size() + 1;
    }

    double[] toArray() {
      double[] a = new double[thresholds.size()];
      for (int j = 0; j < a.length; j++) {
        a[j] = thresholds.get(j);
      }
      return a;
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("thresholds ");
      for (int j = 0; j < thresholds.size(); j++) {
        sb.append(j == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s", thresholds.get(j)));
      }
      return sb.toString();
    }
  }
}
