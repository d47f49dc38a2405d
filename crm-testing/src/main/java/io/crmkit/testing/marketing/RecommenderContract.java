package io.crmkit.testing.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.marketing.history.ItemLevel;
import io.crmkit.marketing.history.PurchaseHistory;
import io.crmkit.marketing.similar.ItemHistory;
import io.crmkit.marketing.similar.Recommender;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link Recommender}: extend it, implement {@link #recommender} for a
 * history, and the tests check distinct in-range items, at most k, none already bought, best first
 * in a stable way (deterministic, and the top j of k are the top j).
 *
 * @since 0.1
 */
public abstract class RecommenderContract {

  /** For subclasses. */
  protected RecommenderContract() {}

  /** The recommender under test, trained on {@code history}. */
  protected abstract Recommender recommender(PurchaseHistory history);

  /**
   * A seeded history: 60 customers, 20 items in 4 groups, customers buying mostly from one group.
   */
  protected static PurchaseHistory history() {
    SplittableRandom r = new SplittableRandom(7);
    PurchaseHistory.Builder b = PurchaseHistory.builder(ItemLevel.PRODUCT);
    for (int i = 0; i < 20; i++) {
      b.item("p" + i);
    }
    for (int c = 0; c < 60; c++) {
      int cust = b.customer(io.crmkit.core.customer.CustomerId.of("c" + c));
      int group = c % 4;
      for (int t = 0; t < 1 + r.nextInt(5); t++) {
        int[] basket = new int[1 + r.nextInt(4)];
        for (int k = 0; k < basket.length; k++) {
          basket[k] = r.nextInt(10) < 8 ? group * 5 + r.nextInt(5) : r.nextInt(20);
        }
        b.addBasket(cust, (int) LocalDate.of(2026, 1, 1).toEpochDay() + t, basket);
      }
    }
    return b.build();
  }

  @Test
  void recommendations_are_distinct_new_in_range_at_most_k_and_deterministic() {
    PurchaseHistory h = history();
    Recommender rec = recommender(h);
    assertThat(rec.itemCount()).isEqualTo(h.itemCount());
    assertThat(rec.name()).isNotBlank();
    for (int c = 0; c < h.customerCount(); c++) {
      ItemHistory own = ItemHistory.of(h, c);
      for (int k : new int[] {1, 3, 10, 50}) {
        int[] got = rec.recommend(own, k);
        assertThat(got.length).isLessThanOrEqualTo(k);
        assertThat(Arrays.stream(got).distinct().count()).isEqualTo(got.length);
        for (int i : got) {
          assertThat(i).isBetween(0, h.itemCount() - 1);
          assertThat(own.contains(i)).as("recommended item %s was already bought", i).isFalse();
        }
        assertThat(rec.recommend(own, k)).containsExactly(got);
      }
      int[] ten = rec.recommend(own, 10);
      int[] three = rec.recommend(own, 3);
      assertThat(three).containsExactly(Arrays.copyOf(ten, Math.min(3, ten.length)));
    }
  }

  @Test
  void an_empty_history_gets_an_answer_and_k_must_be_positive() {
    Recommender rec = recommender(history());
    assertThat(rec.recommend(ItemHistory.empty(), 5).length).isLessThanOrEqualTo(5);
    assertThatThrownBy(() -> rec.recommend(ItemHistory.empty(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("k must be at least 1");
  }
}
