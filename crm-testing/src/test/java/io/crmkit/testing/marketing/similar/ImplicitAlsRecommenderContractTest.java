package io.crmkit.testing.marketing.similar;

import io.crmkit.marketing.history.PurchaseHistory;
import io.crmkit.marketing.similar.AlsOptions;
import io.crmkit.marketing.similar.ImplicitAlsRecommender;
import io.crmkit.marketing.similar.Recommender;
import io.crmkit.testing.marketing.RecommenderContract;

class ImplicitAlsRecommenderContractTest extends RecommenderContract {
  @Override
  protected Recommender recommender(PurchaseHistory history) {
    return ImplicitAlsRecommender.fit(history, AlsOptions.defaults(11).withFactors(4));
  }
}
