package io.crmkit.segmentation.cluster;

import java.util.List;
import java.util.Locale;

/**
 * The cluster of every row (an int per row, aligned with the {@link FeatureMatrix}; cluster 0 is
 * the largest), the profile of each cluster in original units, and the silhouettes of the k values
 * tried (empty when k was fixed). Immutable.
 *
 * @since 0.1
 */
public final class ClusterResult {

  private final int[] labels;
  private final List<ClusterProfile> profiles;
  private final List<String> featureNames;
  private final List<KScore> scores;

  ClusterResult(
      int[] labels, List<ClusterProfile> profiles, List<String> featureNames, List<KScore> scores) {
    this.labels = labels;
    this.profiles = List.copyOf(profiles);
    this.featureNames = List.copyOf(featureNames);
    this.scores = List.copyOf(scores);
  }

  /** The number of clusters. */
  public int k() {
    return profiles.size();
  }

  /** The number of customers clustered. */
  public int size() {
    return labels.length;
  }

  /** The cluster of row {@code i}, 0 to k − 1. */
  public int clusterOf(int i) {
    return labels[i];
  }

  /** A copy of the cluster of every row. */
  public int[] labels() {
    return labels.clone();
  }

  /** The profiles, cluster 0 (the largest) first. */
  public List<ClusterProfile> profiles() {
    return profiles;
  }

  /** The names of the features clustered on, in column order. */
  public List<String> featureNames() {
    return featureNames;
  }

  /** The silhouette of each k tried when k was chosen by silhouette; empty for a fixed k. */
  public List<KScore> silhouettes() {
    return scores;
  }

  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "ClusterResult[%d rows, k=%d, features %s]%n",
                size(),
                k(),
                featureNames));
    for (ClusterProfile p : profiles) {
      sb.append("  ").append(p).append(String.format(Locale.ROOT, "%n"));
    }
    if (!scores.isEmpty()) {
      sb.append("  silhouettes ").append(scores).append(String.format(Locale.ROOT, "%n"));
    }
    return sb.toString();
  }
}
