package io.crmkit.marketing.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.crmkit.marketing.history.ItemLevel;
import io.crmkit.marketing.history.PurchaseHistory;
import io.crmkit.marketing.similar.ItemHistory;
import io.crmkit.marketing.similar.Recommender;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LeaveLastBasketOutTest {

  static final LocalDate D = LocalDate.of(2026, 2, 1);

  static PurchaseHistory history() {
    return PurchaseHistory.builder(ItemLevel.PRODUCT)
        .add("a", D, "x")
        .add("a", D.plusDays(1), "y", "z") // new in last basket: y, z
        .add("b", D, "x", "y")
        .add("b", D.plusDays(2), "x") // nothing new: not a test customer
        .add("c", D, "z") // one basket: not a test customer
        .add("d", D, "y")
        .add("d", D.plusDays(3), "w")
        .add("d", D.plusDays(4), "x", "y") // new: x
        .build();
  }

  /** A recommender that always answers the fixed item list (minus history). */
  static Recommender fixed(PurchaseHistory h, String... items) {
    return new Recommender() {
      @Override
      public int itemCount() {
        return h.itemCount();
      }

      @Override
      public int[] recommend(ItemHistory history, int k) {
        return java.util.Arrays.stream(items)
            .mapToInt(s -> h.indexOfItem(s).getAsInt())
            .filter(i -> !history.contains(i))
            .limit(k)
            .toArray();
      }

      @Override
      public String name() {
        return "fixed";
      }
    };
  }

  @Test
  void split_holds_out_each_last_basket_and_keeps_customers_with_new_items() {
    LeaveLastBasketOut s = LeaveLastBasketOut.of(history());
    assertThat(s.testCustomers()).isEqualTo(2);
    assertThat(s.training().basketCount()).isEqualTo(8 - 3); // a, b and d lose their last basket
  }

  @Test
  void metrics_by_hand() {
    PurchaseHistory h = history();
    LeaveLastBasketOut s = LeaveLastBasketOut.of(h);
    // a gets [z, y] (has x): both relevant; d gets [z, x] (has y, w): x relevant at rank 2
    EvaluationRow r = s.evaluate(fixed(h, "z", "y", "x"), 2);
    assertThat(r.hitRate()).isEqualTo(1.0);
    assertThat(r.precision()).isCloseTo((1.0 + 0.5) / 2, offset(1e-12));
    assertThat(r.recall()).isCloseTo((1.0 + 1.0) / 2, offset(1e-12));
    double ndcgD = (1 / (Math.log(3) / Math.log(2))) / 1.0;
    assertThat(r.ndcg10()).isCloseTo((1.0 + ndcgD) / 2, offset(1e-12));
    EvaluationRow miss = s.evaluate(fixed(h, "w"), 1);
    assertThat(miss.hitRate())
        .isEqualTo(0.0); // a gets w, which it does not buy; d owns w and gets nothing
    assertThat(miss.ndcg10()).isEqualTo(0.0);
    assertThat(miss.toString()).contains("hit@1 0.0000");
  }
}
