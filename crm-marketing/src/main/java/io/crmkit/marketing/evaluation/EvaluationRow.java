package io.crmkit.marketing.evaluation;

import java.util.Locale;
import java.util.Objects;

/**
 * The accuracy of one recommender on a leave-last-basket-out split, averaged over the test
 * customers.
 *
 * @param recommender the recommender's name
 * @param customers the test customers (those with a new item in their last basket)
 * @param k the list length of hit rate, precision and recall
 * @param hitRate the fraction of customers with at least one new last-basket item in the top k
 * @param precision the mean fraction of the top k that are new last-basket items
 * @param recall the mean fraction of the new last-basket items in the top k
 * @param ndcg10 the mean normalised discounted cumulative gain of the top 10 (binary relevance)
 * @since 0.1
 */
public record EvaluationRow(
    String recommender,
    int customers,
    int k,
    double hitRate,
    double precision,
    double recall,
    double ndcg10) {

  /**
   * Checks the components as described above; a component out of range is refused with an {@link
   * IllegalArgumentException} naming it.
   */
  public EvaluationRow {
    Objects.requireNonNull(recommender, "recommender must not be null");
    if (customers < 0 || k < 1) {
      throw new IllegalArgumentException(
          "customers must not be negative and k positive but were: " + customers + ", " + k);
    }
    for (double v : new double[] {hitRate, precision, recall, ndcg10}) {
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException(
            "metrics must be in [0, 1] but one was: " + v + " for " + recommender);
      }
    }
  }

  /** The row as a Markdown table row. */
  public String toMarkdown() {
    return String.format(
        Locale.ROOT,
        "| %s | %d | %.4f | %.4f | %.4f | %.4f |",
        recommender,
        customers,
        hitRate,
        precision,
        recall,
        ndcg10);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%-24s n=%d hit@%d %.4f precision@%d %.4f recall@%d %.4f NDCG@10 %.4f",
        recommender,
        customers,
        k,
        hitRate,
        k,
        precision,
        k,
        recall,
        ndcg10);
  }
}
