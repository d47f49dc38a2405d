/**
 * crmkit's marketing pillar: campaign targeting with consent and preference rules, and
 * personalisation: market baskets and association rules, similar items, each customer's usual
 * purchases, the next best offer and the evaluation of recommenders.
 */
module io.crmkit.marketing {
  requires transitive io.crmkit.core;
  requires transitive io.crmkit.segmentation;

  exports io.crmkit.marketing.basket;
  exports io.crmkit.marketing.evaluation;
  exports io.crmkit.marketing.history;
  exports io.crmkit.marketing.offer;
  exports io.crmkit.marketing.similar;
  exports io.crmkit.marketing.targeting;
  exports io.crmkit.marketing.usual;
}
