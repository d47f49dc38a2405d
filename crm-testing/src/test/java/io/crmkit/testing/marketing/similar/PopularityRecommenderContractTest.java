package io.crmkit.testing.marketing.similar;

import io.crmkit.marketing.history.PurchaseHistory;
import io.crmkit.marketing.similar.PopularityRecommender;
import io.crmkit.marketing.similar.Recommender;
import io.crmkit.testing.marketing.RecommenderContract;

class PopularityRecommenderContractTest extends RecommenderContract {
  @Override
  protected Recommender recommender(PurchaseHistory history) {
    return PopularityRecommender.of(history);
  }
}
