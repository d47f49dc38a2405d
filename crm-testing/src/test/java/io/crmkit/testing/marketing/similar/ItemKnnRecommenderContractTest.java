package io.crmkit.testing.marketing.similar;

import io.crmkit.marketing.history.PurchaseHistory;
import io.crmkit.marketing.similar.ItemKnnRecommender;
import io.crmkit.marketing.similar.ItemNeighbours;
import io.crmkit.marketing.similar.NeighbourOptions;
import io.crmkit.marketing.similar.Recommender;
import io.crmkit.marketing.similar.Similarity;
import io.crmkit.testing.marketing.RecommenderContract;

class ItemKnnRecommenderContractTest extends RecommenderContract {
  @Override
  protected Recommender recommender(PurchaseHistory history) {
    return ItemKnnRecommender.of(
        ItemNeighbours.of(history, NeighbourOptions.of(Similarity.COSINE, 10)));
  }
}
