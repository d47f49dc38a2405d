package io.crmkit.segmentation.cluster;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One cluster described in the original units of the features.
 *
 * @param cluster the cluster number, 0 for the largest
 * @param size number of customers
 * @param share size as a fraction of the population (0..1)
 * @param means the mean of each feature in its original unit, in feature order
 * @param medians the median of each feature in its original unit
 * @param centroid the cluster centre in standardised units (z-scores of the transformed features)
 * @since 0.1
 */
public record ClusterProfile(
    int cluster,
    int size,
    double share,
    List<Double> means,
    List<Double> medians,
    List<Double> centroid) {

  /**
   * Checks the 0-based cluster number and the size (customers) are not negative and the per-feature
   * lists are not null; the lists are copied.
   */
  public ClusterProfile {
    if (cluster < 0) {
      throw new IllegalArgumentException("cluster must not be negative but was: " + cluster);
    }
    if (size < 0) {
      throw new IllegalArgumentException(
          "size of cluster " + cluster + " must not be negative but was: " + size);
    }
    means = List.copyOf(Objects.requireNonNull(means, "means must not be null"));
    medians = List.copyOf(Objects.requireNonNull(medians, "medians must not be null"));
    centroid = List.copyOf(Objects.requireNonNull(centroid, "centroid must not be null"));
  }

  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT, "cluster %d: %d (%.1f%%) means", cluster, size, 100 * share));
    for (double m : means) {
      sb.append(String.format(Locale.ROOT, " %.2f", m));
    }
    return sb.toString();
  }
}
