package io.crmkit.marketing.similar;

import java.util.Objects;

/**
 * How item neighbours are computed.
 *
 * @param similarity the measure
 * @param over whether items co-occur in customers or in baskets
 * @param k the number of neighbours kept per item, at least 1
 * @param minCoCount the fewest rows (customers or baskets) two items must share to be neighbours,
 *     at least 1
 * @since 0.1
 */
public record NeighbourOptions(Similarity similarity, CoOccurrence over, int k, int minCoCount) {

  /**
   * Checks the components as described above; a component out of range is refused with an {@link
   * IllegalArgumentException} naming it.
   */
  public NeighbourOptions {
    Objects.requireNonNull(similarity, "similarity must not be null");
    Objects.requireNonNull(over, "over must not be null");
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1 but was: " + k);
    }
    if (minCoCount < 1) {
      throw new IllegalArgumentException("minCoCount must be at least 1 but was: " + minCoCount);
    }
  }

  /** {@code k} neighbours by {@code similarity} over customers, sharing at least 2 customers. */
  public static NeighbourOptions of(Similarity similarity, int k) {
    return new NeighbourOptions(similarity, CoOccurrence.CUSTOMERS, k, 2);
  }

  /** These options over {@code value}. */
  public NeighbourOptions over(CoOccurrence value) {
    return new NeighbourOptions(similarity, value, k, minCoCount);
  }

  /** These options with at least {@code value} shared rows. */
  public NeighbourOptions minCoCount(int value) {
    return new NeighbourOptions(similarity, over, k, value);
  }

  @Override
  public String toString() {
    return "top "
        + k
        + " by "
        + similarity.name().toLowerCase(java.util.Locale.ROOT)
        + " over "
        + over.name().toLowerCase(java.util.Locale.ROOT)
        + " (at least "
        + minCoCount
        + " shared)";
  }
}
