package io.crmkit.marketing.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.marketing.basket.AssociationRule;
import io.crmkit.marketing.basket.FrequentItemsets;
import io.crmkit.marketing.basket.MiningOptions;
import io.crmkit.marketing.history.PurchaseHistory;
import io.crmkit.marketing.similar.AlsOptions;
import io.crmkit.marketing.similar.ImplicitAlsRecommender;
import io.crmkit.marketing.similar.ItemKnnRecommender;
import io.crmkit.marketing.similar.ItemNeighbours;
import io.crmkit.marketing.similar.NeighbourOptions;
import io.crmkit.marketing.similar.PopularityRecommender;
import io.crmkit.marketing.similar.Recommender;
import io.crmkit.marketing.similar.Similarity;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The evaluation table of the module README, on the seeded synthetic generator with known
 * affinities.
 */
class SyntheticEvaluationTest {

  static final List<Function<PurchaseHistory, Recommender>> RECOMMENDERS =
      List.of(
          PopularityRecommender::of,
          h ->
              ItemKnnRecommender.of(
                  ItemNeighbours.of(h, NeighbourOptions.of(Similarity.COSINE, 50))),
          h ->
              ItemKnnRecommender.of(
                  ItemNeighbours.of(h, NeighbourOptions.of(Similarity.JACCARD, 50))),
          h ->
              ItemKnnRecommender.of(
                  ItemNeighbours.of(h, NeighbourOptions.of(Similarity.LIFT, 50).minCoCount(3))),
          h -> ImplicitAlsRecommender.fit(h, AlsOptions.defaults(42)));

  @Test
  void item_knn_and_als_beat_popularity_on_data_with_known_affinities() {
    SyntheticBaskets data = SyntheticBaskets.generate(SyntheticBaskets.Config.small(2026));
    EvaluationTable t =
        EvaluationTable.of("synthetic small(2026)", data.history(), 10, RECOMMENDERS);
    System.out.println(t.toMarkdown());
    EvaluationRow pop = t.row("popularity");
    EvaluationRow knn = t.row("item-kNN cosine");
    EvaluationRow als = t.row("implicit ALS f=32");
    assertThat(pop.customers()).isGreaterThan(500);
    assertThat(knn.hitRate()).isGreaterThan(pop.hitRate() * 1.5);
    assertThat(knn.ndcg10()).isGreaterThan(pop.ndcg10() * 1.5);
    assertThat(als.ndcg10()).isGreaterThan(pop.ndcg10());
    for (EvaluationRow r : t.rows()) {
      assertThat(r.precision()).isLessThanOrEqualTo(r.hitRate());
      assertThat(r.recall()).isLessThanOrEqualTo(r.hitRate());
    }
  }

  @Test
  void neighbours_share_the_theme_and_complements_come_out_as_rules() {
    SyntheticBaskets data = SyntheticBaskets.generate(SyntheticBaskets.Config.small(7));
    PurchaseHistory h = data.history();
    ItemNeighbours nb = ItemNeighbours.of(h, NeighbourOptions.of(Similarity.COSINE, 5));
    int same = 0;
    int all = 0;
    for (int i = 0; i < 40; i++) { // the most popular products of each theme
      for (int n = 0; n < nb.count(i); n++) {
        all++;
        same += data.themeOf(nb.neighbour(i, n)) == data.themeOf(i) ? 1 : 0;
      }
    }
    // 20 themes: by chance 1 in 20 would share the theme
    assertThat(same).isGreaterThan(all * 8 / 10);
    List<AssociationRule> rules =
        FrequentItemsets.mine(
                h, MiningOptions.minSupport(0.003).withMinConfidence(0.3).withLength(2, 2))
            .rules()
            .rules();
    AssociationRule best = rules.get(0);
    int a = h.indexOfItem(best.antecedent().get(0)).getAsInt();
    assertThat(h.item(data.complementOf(a))).isEqualTo(best.consequent());
    assertThat(best.lift()).isGreaterThan(5);
  }

  @Test
  void the_generator_is_deterministic_by_seed() {
    SyntheticBaskets.Config c = SyntheticBaskets.Config.small(3).withCustomers(200);
    PurchaseHistory a = SyntheticBaskets.generate(c).history();
    PurchaseHistory b = SyntheticBaskets.generate(c).history();
    assertThat(a.basketCount()).isEqualTo(b.basketCount());
    for (int k = 0; k < a.basketCount(); k++) {
      assertThat(a.basketItems(k)).containsExactly(b.basketItems(k));
      assertThat(a.basketDate(k)).isEqualTo(b.basketDate(k));
    }
    assertThat(SyntheticBaskets.generate(c.withCustomers(201)).history().basketCount())
        .isNotEqualTo(0);
  }
}
