package io.crmkit.identity.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Union-find clustering of links, strongest first (ties broken by the ids, so the result does not
 * depend on the order of the input). A single record always joins the group it links to, up to
 * {@code maxClusterSize}; two groups of two or more records are joined only by a link of at least
 * {@code strongLinkWeight} bits and only if the joined group stays within {@code maxClusterSize}.
 * Weaker links are refused and reported: one borderline pair cannot chain two households into one
 * "person". Immutable.
 *
 * @since 0.1
 */
public final class Clusterer {

  private static final Comparator<Link> STRONGEST_FIRST =
      Comparator.comparingDouble(Link::weight)
          .reversed()
          .thenComparing(l -> min(l))
          .thenComparing(l -> max(l));

  private final int maxClusterSize;
  private final double strongLinkWeight;

  private Clusterer(int maxClusterSize, double strongLinkWeight) {
    this.maxClusterSize = maxClusterSize;
    this.strongLinkWeight = strongLinkWeight;
  }

  /**
   * A clusterer with clusters of at most {@code maxClusterSize} records that joins two groups only
   * through a link of at least {@code strongLinkWeight} bits.
   */
  public static Clusterer guarded(int maxClusterSize, double strongLinkWeight) {
    if (maxClusterSize < 2) {
      throw new IllegalArgumentException(
          "maxClusterSize must be at least 2 but was: " + maxClusterSize);
    }
    if (Double.isNaN(strongLinkWeight)) {
      throw new IllegalArgumentException("strongLinkWeight must not be NaN");
    }
    return new Clusterer(maxClusterSize, strongLinkWeight);
  }

  /** Plain union-find: every link joins, whatever the sizes. */
  public static Clusterer unguarded() {
    return new Clusterer(Integer.MAX_VALUE, Double.NEGATIVE_INFINITY);
  }

  /**
   * The clusters of {@code ids} formed by {@code links} (every link end must be one of the ids).
   */
  public Clustering cluster(List<String> ids, List<Link> links) {
    Objects.requireNonNull(ids, "ids must not be null");
    Objects.requireNonNull(links, "links must not be null");
    Map<String, Integer> index = new HashMap<>(ids.size() * 2);
    for (String id : ids) {
      if (index.put(id, index.size()) != null) {
        throw new IllegalArgumentException("ids must be distinct but '" + id + "' appears twice");
      }
    }
    int n = ids.size();
    int[] parent = new int[n];
    int[] size = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      size[i] = 1;
    }
    List<Link> sorted = new ArrayList<>(links);
    sorted.sort(STRONGEST_FIRST);
    List<RejectedLink> rejected = new ArrayList<>();
    for (Link l : sorted) {
      int a = find(parent, position(index, l.left()));
      int b = find(parent, position(index, l.right()));
      if (a == b) {
        continue;
      }
      int sa = size[a];
      int sb = size[b];
      if ((long) sa + sb > maxClusterSize) {
        rejected.add(
            new RejectedLink(
                l, sa, sb, "the joined group would exceed " + maxClusterSize + " records"));
        continue;
      }
      if (sa > 1 && sb > 1 && l.weight() < strongLinkWeight) {
        rejected.add(
            new RejectedLink(
                l, sa, sb, "a single link below " + strongLinkWeight + " bits between two groups"));
        continue;
      }
      if (sa < sb) {
        parent[a] = b;
        size[b] += sa;
      } else {
        parent[b] = a;
        size[a] += sb;
      }
    }
    TreeMap<String, List<String>> byRoot = new TreeMap<>();
    Map<Integer, String> smallest = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int r = find(parent, i);
      String id = ids.get(i);
      smallest.merge(r, id, (x, y) -> x.compareTo(y) <= 0 ? x : y);
    }
    Map<String, String> representativeOf = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      String rep = smallest.get(find(parent, i));
      representativeOf.put(ids.get(i), rep);
      byRoot.computeIfAbsent(rep, x -> new ArrayList<>()).add(ids.get(i));
    }
    List<List<String>> clusters = new ArrayList<>();
    for (List<String> members : byRoot.values()) {
      if (members.size() > 1) {
        members.sort(Comparator.naturalOrder());
        clusters.add(members);
      }
    }
    return new Clustering(representativeOf, clusters, rejected);
  }

  private static int position(Map<String, Integer> index, String id) {
    Integer i = index.get(id);
    if (i == null) {
      throw new IllegalArgumentException("link end must be one of the ids but was: '" + id + "'");
    }
    return i;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static String min(Link l) {
    return l.left().compareTo(l.right()) <= 0 ? l.left() : l.right();
  }

  private static String max(Link l) {
    return l.left().compareTo(l.right()) <= 0 ? l.right() : l.left();
  }

  @Override
  public String toString() {
    return maxClusterSize == Integer.MAX_VALUE
        ? "Clusterer[unguarded]"
        : "Clusterer[at most "
            + maxClusterSize
            + " records, groups joined by links >= "
            + strongLinkWeight
            + " bits]";
  }
}
