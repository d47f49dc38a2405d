package io.crmkit.marketing.similar;

import io.crmkit.marketing.history.PurchaseHistory;

class ItemKnnRecommenderContractTest extends RecommenderContract {
  @Override
  protected Recommender recommender(PurchaseHistory history) {
    return ItemKnnRecommender.of(
        ItemNeighbours.of(history, NeighbourOptions.of(Similarity.COSINE, 10)));
  }
}
