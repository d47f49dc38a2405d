package io.crmkit.marketing.similar;

import io.crmkit.marketing.history.PurchaseHistory;

class PopularityRecommenderContractTest extends RecommenderContract {
  @Override
  protected Recommender recommender(PurchaseHistory history) {
    return PopularityRecommender.of(history);
  }
}
