package io.crmkit.marketing.similar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.crmkit.marketing.history.ItemLevel;
import io.crmkit.marketing.history.PurchaseHistory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemNeighboursTest {

  static final LocalDate D = LocalDate.of(2026, 5, 4);

  static PurchaseHistory tea() {
    return PurchaseHistory.builder(ItemLevel.PRODUCT)
        .add("ann", D, "green tea", "honey")
        .add("ann", D.plusDays(9), "green tea")
        .add("bob", D, "green tea", "honey", "lemon")
        .add("cat", D, "coffee", "milk")
        .add("cat", D.plusDays(3), "honey")
        .add("dan", D, "coffee", "milk", "sugar")
        .build();
  }

  @Test
  void customers_who_bought_green_tea_also_bought_honey() {
    ItemNeighbours nb =
        ItemNeighbours.of(tea(), NeighbourOptions.of(Similarity.COSINE, 3).minCoCount(1));
    List<Neighbour> n = nb.neighbours("green tea");
    // green tea: ann, bob; honey: ann, bob, cat; lemon: bob -> cosine 2/sqrt(6) = 0.816, 1/sqrt(2)
    // = 0.707
    assertThat(n).extracting(Neighbour::item).containsExactly("honey", "lemon");
    assertThat(n.get(0).score()).isCloseTo(2 / Math.sqrt(6), offset(1e-6));
    assertThat(n.get(0).coCount()).isEqualTo(2);
    assertThat(n.get(1).score()).isCloseTo(1 / Math.sqrt(2), offset(1e-6));
    assertThat(nb.neighbours("caviar")).isEmpty();
  }

  @Test
  void jaccard_and_lift_over_baskets() {
    PurchaseHistory h = tea();
    ItemNeighbours j =
        ItemNeighbours.of(h, new NeighbourOptions(Similarity.JACCARD, CoOccurrence.BASKETS, 5, 1));
    // baskets: 6; coffee 2, milk 2, both 2 -> Jaccard 1
    assertThat(j.neighbours("coffee").get(0)).isEqualTo(new Neighbour("milk", 1.0, 2));
    ItemNeighbours l =
        ItemNeighbours.of(h, new NeighbourOptions(Similarity.LIFT, CoOccurrence.BASKETS, 5, 1));
    assertThat(l.neighbours("coffee").get(0).score()).isCloseTo(2.0 * 6 / (2 * 2), offset(1e-6));
    assertThat(l.memoryBytes()).isPositive();
    assertThat(l.toString()).contains("lift over baskets");
  }

  @Test
  void item_knn_recommends_honey_to_a_green_tea_buyer_and_popularity_the_most_bought() {
    PurchaseHistory h = tea();
    ItemKnnRecommender knn =
        ItemKnnRecommender.of(ItemNeighbours.of(h, NeighbourOptions.of(Similarity.COSINE, 5)));
    ItemHistory greenTea =
        ItemHistory.of(new int[] {h.indexOfItem("green tea").getAsInt()}, new int[] {1});
    assertThat(knn.recommend(greenTea, 1)).containsExactly(h.indexOfItem("honey").getAsInt());
    PopularityRecommender pop = PopularityRecommender.of(h);
    // green tea and honey are both in 3 baskets: the tie goes to the lower item number, green tea
    assertThat(h.item(pop.recommend(ItemHistory.empty(), 1)[0])).isEqualTo("green tea");
    assertThat(h.item(pop.recommend(greenTea, 1)[0])).isEqualTo("honey");
  }
}
