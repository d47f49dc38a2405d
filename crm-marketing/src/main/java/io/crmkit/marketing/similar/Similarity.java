package io.crmkit.marketing.similar;

/**
 * How two items' co-occurrence is turned into a similarity, from {@code c} (rows with both), {@code
 * ni} and {@code nj} (rows with each) and {@code n} (all rows; a row is a customer or a basket).
 *
 * @since 0.1
 */
public enum Similarity {
  /** {@code c / sqrt(ni · nj)}, in (0, 1]. */
  COSINE,
  /** {@code c / (ni + nj − c)}, in (0, 1]. */
  JACCARD,
  /**
   * {@code c · n / (ni · nj)}: how many times more often than under independence (1), in (0, n].
   */
  LIFT;

  /**
   * The similarity of co-occurrence counts {@code c}, {@code ni}, {@code nj} over {@code n} rows.
   */
  public double of(int c, int ni, int nj, int n) {
    return switch (this) {
      case COSINE -> c / Math.sqrt((double) ni * nj);
      case JACCARD -> c / (double) (ni + nj - c);
      case LIFT -> (double) c * n / ((double) ni * nj);
    };
  }
}
