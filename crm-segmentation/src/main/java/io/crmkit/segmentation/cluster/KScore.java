package io.crmkit.segmentation.cluster;

/**
 * The mean silhouette (−1..1) of the clustering with {@code k} clusters, as tried when choosing k.
 *
 * @since 0.1
 */
public record KScore(int k, double silhouette) {

  /** Checks the number of clusters {@code k} is at least 1. */
  public KScore {
    if (k < 1) {
      throw new IllegalArgumentException("k must be positive but was: " + k);
    }
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "k=%d: %.4f", k, silhouette);
  }
}
