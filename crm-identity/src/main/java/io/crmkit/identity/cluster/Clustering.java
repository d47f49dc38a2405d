package io.crmkit.identity.cluster;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The entities found: every record's cluster (its representative, the smallest id in the cluster),
 * the clusters of two or more records as sorted id lists (ordered by representative), and the links
 * the guard refused.
 *
 * @since 0.1
 */
public record Clustering(
    Map<String, String> representativeOf,
    List<List<String>> clusters,
    List<RejectedLink> rejected) {

  /** Checks the representative map is not null; the map and lists are copied. */
  public Clustering {
    representativeOf =
        Map.copyOf(Objects.requireNonNull(representativeOf, "representativeOf must not be null"));
    clusters = clusters.stream().map(List::copyOf).toList();
    rejected = List.copyOf(rejected);
  }

  /** The representative of the cluster of {@code id} (itself when alone). */
  public String representative(String id) {
    String r = representativeOf.get(id);
    if (r == null) {
      throw new IllegalArgumentException(
          "id must be one of the clustered records but was: '" + id + "'");
    }
    return r;
  }

  /** Whether {@code a} and {@code b} are in one cluster. */
  public boolean together(String a, String b) {
    return representative(a).equals(representative(b));
  }

  @Override
  public String toString() {
    return "Clustering["
        + representativeOf.size()
        + " records, "
        + clusters.size()
        + " clusters of 2 or more, "
        + rejected.size()
        + " links refused by the guard]";
  }
}
