package io.crmkit.marketing.basket;

/**
 * The thresholds of frequent-itemset and rule mining.
 *
 * @param minSupport the minimum support of an itemset, a fraction of the baskets in (0, 1]
 * @param minConfidence the minimum confidence of a rule, a fraction in [0, 1]
 * @param minLength the minimum number of items of a rule (antecedent plus consequent), at least 1;
 *     1 admits rules with an empty antecedent, as {@code arules}' default {@code minlen = 1}
 * @param maxLength the maximum number of items of an itemset and so of a rule, at least {@code
 *     minLength}
 * @since 0.1
 */
public record MiningOptions(double minSupport, double minConfidence, int minLength, int maxLength) {

  /**
   * Checks the components as described above; a component out of range is refused with an {@link
   * IllegalArgumentException} naming it.
   */
  public MiningOptions {
    if (!(minSupport > 0 && minSupport <= 1)) {
      throw new IllegalArgumentException("minSupport must be in (0, 1] but was: " + minSupport);
    }
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException(
          "minConfidence must be in [0, 1] but was: " + minConfidence);
    }
    if (minLength < 1) {
      throw new IllegalArgumentException("minLength must be at least 1 but was: " + minLength);
    }
    if (maxLength < minLength) {
      throw new IllegalArgumentException(
          "maxLength must be at least minLength " + minLength + " but was: " + maxLength);
    }
  }

  /**
   * Minimum support {@code minSupport} (a fraction of baskets), confidence 0.8, lengths 1 to 10:
   * the defaults of {@code arules::apriori} apart from support.
   */
  public static MiningOptions minSupport(double minSupport) {
    return new MiningOptions(minSupport, 0.8, 1, 10);
  }

  /** These options with minimum confidence {@code value} (a fraction). */
  public MiningOptions withMinConfidence(double value) {
    return new MiningOptions(minSupport, value, minLength, maxLength);
  }

  /** These options with rule lengths (number of items) from {@code min} to {@code max}. */
  public MiningOptions withLength(int min, int max) {
    return new MiningOptions(minSupport, minConfidence, min, max);
  }

  /**
   * The minimum number of baskets an itemset must be in, out of {@code baskets}: ceil(minSupport ×
   * baskets).
   */
  public int minCount(int baskets) {
    return (int) Math.max(1, Math.ceil(minSupport * baskets - 1e-9));
  }

  @Override
  public String toString() {
    return "support >= "
        + minSupport
        + ", confidence >= "
        + minConfidence
        + ", "
        + minLength
        + ".."
        + maxLength
        + " items";
  }
}
