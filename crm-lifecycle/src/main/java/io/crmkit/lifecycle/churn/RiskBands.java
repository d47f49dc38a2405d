package io.crmkit.lifecycle.churn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Cuts churn probability [0, 1] into named bands at increasing thresholds: {@code n} names need
 * {@code n − 1} thresholds strictly inside (0, 1). The {@link #standard()} bands are low [0, 0.25),
 * medium [0.25, 0.5), high [0.5, 0.75) and critical [0.75, 1]. Immutable.
 *
 * @since 0.1
 */
public final class RiskBands {

  private static final RiskBands STANDARD =
      of(List.of("low", "medium", "high", "critical"), 0.25, 0.5, 0.75);

  private final List<RiskBand> bands;
  private final double[] thresholds;

  private RiskBands(List<RiskBand> bands, double[] thresholds) {
    this.bands = bands;
    this.thresholds = thresholds;
  }

  /** low / medium / high / critical at 0.25, 0.5 and 0.75. */
  public static RiskBands standard() {
    return STANDARD;
  }

  /** Low / medium / high / critical at the given three thresholds. */
  public static RiskBands standardAt(double medium, double high, double critical) {
    return of(List.of("low", "medium", "high", "critical"), medium, high, critical);
  }

  /**
   * Bands named {@code names} (lowest risk first); band {@code i} starts at {@code thresholds[i−1]}
   * (0 for the first) and ends before {@code thresholds[i]} (1 inclusive for the last).
   */
  public static RiskBands of(List<String> names, double... thresholds) {
    Objects.requireNonNull(names, "names must not be null");
    Objects.requireNonNull(thresholds, "thresholds must not be null");
    if (names.isEmpty()) {
      throw new IllegalArgumentException("names must not be empty");
    }
    if (thresholds.length != names.size() - 1) {
      throw new IllegalArgumentException(
          "thresholds must number one less than names ("
              + (names.size() - 1)
              + ") but were "
              + thresholds.length
              + ": "
              + Arrays.toString(thresholds));
    }
    Set<String> seen = new HashSet<>();
    for (String n : names) {
      if (!seen.add(Objects.requireNonNull(n, "band name must not be null"))) {
        throw new IllegalArgumentException(
            "band names must be unique but '" + n + "' was repeated");
      }
    }
    double previous = 0;
    for (int i = 0; i < thresholds.length; i++) {
      if (!(thresholds[i] > previous && thresholds[i] < 1)) {
        throw new IllegalArgumentException(
            "thresholds must increase strictly inside (0, 1) but thresholds["
                + i
                + "] was "
                + thresholds[i]
                + " after "
                + previous);
      }
      previous = thresholds[i];
    }
    List<RiskBand> bands = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      double lower = i == 0 ? 0 : thresholds[i - 1];
      double upper = i == thresholds.length ? 1 : thresholds[i];
      bands.add(new RiskBand(names.get(i), i, lower, upper));
    }
    return new RiskBands(List.copyOf(bands), thresholds.clone());
  }

  /** The bands, lowest risk first. */
  public List<RiskBand> bands() {
    return bands;
  }

  /** The band of a churn probability in [0, 1]. */
  public RiskBand bandOf(double probability) {
    return bands.get(indexOf(probability));
  }

  /** The index of the band of a churn probability in [0, 1]. */
  public int indexOf(double probability) {
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in [0, 1] but was: " + probability);
    }
    int i = 0;
    while (i < thresholds.length && probability >= thresholds[i]) {
      i++;
    }
    return i;
  }

  /** The band index of every probability (vectorised; no object per row). */
  public int[] indicesOf(double[] probabilities) {
    Objects.requireNonNull(probabilities, "probabilities must not be null");
    int[] out = new int[probabilities.length];
    for (int r = 0; r < out.length; r++) {
      out[r] = indexOf(probabilities[r]);
    }
    return out;
  }

  /** How many probabilities fall into each band, in band order. */
  public long[] counts(double[] probabilities) {
    long[] counts = new long[bands.size()];
    for (double p : probabilities) {
      counts[indexOf(p)]++;
    }
    return counts;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RiskBands other && bands.equals(other.bands);
  }

  @Override
  public int hashCode() {
    return bands.hashCode();
  }

  @Override
  public String toString() {
    return "RiskBands" + bands;
  }
}
