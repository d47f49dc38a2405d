package io.crmkit.marketing.similar;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.marketing.history.ItemLevel;
import io.crmkit.marketing.history.PurchaseHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ItemNeighboursProperties {

  @Provide
  Arbitrary<List<Set<Integer>>> baskets() {
    return Arbitraries.integers()
        .between(0, 11)
        .set()
        .ofMinSize(1)
        .ofMaxSize(5)
        .list()
        .ofMinSize(1)
        .ofMaxSize(50);
  }

  @Property(tries = 200)
  void neighbours_are_the_brute_force_top_k_by_similarity(
      @ForAll("baskets") List<Set<Integer>> baskets,
      @ForAll Similarity similarity,
      @ForAll CoOccurrence over,
      @ForAll @IntRange(min = 1, max = 6) int k,
      @ForAll @IntRange(min = 1, max = 3) int minCo) {
    PurchaseHistory.Builder b = PurchaseHistory.builder(ItemLevel.PRODUCT);
    for (int i = 0; i < baskets.size(); i++) {
      List<String> items = new ArrayList<>();
      baskets.get(i).forEach(x -> items.add("p" + x));
      b.add(
          io.crmkit.core.customer.CustomerId.of("c" + (i % 7)),
          LocalDate.of(2026, 1, 1).plusDays(i),
          items);
    }
    PurchaseHistory h = b.build();
    ItemNeighbours nb = ItemNeighbours.of(h, new NeighbourOptions(similarity, over, k, minCo));
    // rows by brute force
    List<Set<Integer>> rows = new ArrayList<>();
    if (over == CoOccurrence.BASKETS) {
      for (int bk = 0; bk < h.basketCount(); bk++) {
        rows.add(toSet(h.basketItems(bk)));
      }
    } else {
      for (int c = 0; c < h.customerCount(); c++) {
        rows.add(toSet(h.itemsOf(c)));
      }
    }
    for (int i = 0; i < h.itemCount(); i++) {
      List<double[]> all = new ArrayList<>();
      for (int j = 0; j < h.itemCount(); j++) {
        int c = 0;
        int ni = 0;
        int nj = 0;
        for (Set<Integer> r : rows) {
          ni += r.contains(i) ? 1 : 0;
          nj += r.contains(j) ? 1 : 0;
          c += r.contains(i) && r.contains(j) ? 1 : 0;
        }
        if (j != i && c >= minCo) {
          all.add(new double[] {j, similarity.of(c, ni, nj, rows.size()), c});
        }
      }
      all.sort((x, y) -> x[1] != y[1] ? Double.compare(y[1], x[1]) : Double.compare(x[0], y[0]));
      int expected = Math.min(k, all.size());
      assertThat(nb.count(i)).isEqualTo(expected);
      for (int n = 0; n < expected; n++) {
        assertThat(nb.neighbour(i, n)).isEqualTo((int) all.get(n)[0]);
        assertThat(nb.scoreAsFloat(i, n)).isEqualTo((float) all.get(n)[1]);
        assertThat(nb.score(i, n))
            .isEqualTo(Double.parseDouble(Float.toString((float) all.get(n)[1])));
        assertThat(nb.coCount(i, n)).isEqualTo((int) all.get(n)[2]);
        if (similarity != Similarity.LIFT) {
          assertThat(nb.score(i, n)).isBetween(0.0, 1.0 + 1e-6);
        }
      }
    }
  }

  private static Set<Integer> toSet(int[] a) {
    Set<Integer> s = new java.util.HashSet<>();
    for (int x : a) {
      s.add(x);
    }
    return s;
  }
}
