package io.crmkit.marketing.offer;

/**
 * Where an offer comes from, in the order of its weight in the ranking.
 *
 * @since 0.1
 */
public enum OfferSource {
  /** A habitual item due now: score 2 + (its habit score / the customer's highest), in (2, 3]. */
  USUAL,
  /**
   * The consequent of an association rule whose antecedent is in the customer's last basket: 1 +
   * confidence, in (1, 2].
   */
  BOUGHT_TOGETHER,
  /**
   * A neighbour of the customer's items: its summed similarity over the highest candidate's, in (0,
   * 1].
   */
  ALSO_BOUGHT,
  /** The most bought items: 0.5 × baskets with it / baskets with the most bought, in (0, 0.5]. */
  POPULAR
}
