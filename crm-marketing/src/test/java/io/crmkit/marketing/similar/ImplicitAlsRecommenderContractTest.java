package io.crmkit.marketing.similar;

import io.crmkit.marketing.history.PurchaseHistory;

class ImplicitAlsRecommenderContractTest extends RecommenderContract {
  @Override
  protected Recommender recommender(PurchaseHistory history) {
    return ImplicitAlsRecommender.fit(history, AlsOptions.defaults(11).withFactors(4));
  }
}
