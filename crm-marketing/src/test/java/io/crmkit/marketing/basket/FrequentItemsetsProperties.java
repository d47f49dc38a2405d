package io.crmkit.marketing.basket;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.marketing.history.ItemLevel;
import io.crmkit.marketing.history.PurchaseHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class FrequentItemsetsProperties {

  static final String[] ITEMS = {"a", "b", "c", "d", "e", "f", "g"};

  @Provide
  Arbitrary<List<Set<String>>> baskets() {
    return Arbitraries.of(ITEMS)
        .set()
        .ofMinSize(1)
        .ofMaxSize(ITEMS.length)
        .list()
        .ofMinSize(1)
        .ofMaxSize(40);
  }

  static PurchaseHistory history(List<Set<String>> baskets) {
    PurchaseHistory.Builder b = PurchaseHistory.builder(ItemLevel.PRODUCT);
    for (int i = 0; i < baskets.size(); i++) {
      b.add(
          io.crmkit.core.customer.CustomerId.of("c" + (i % 5)),
          LocalDate.of(2026, 1, 1).plusDays(i),
          new ArrayList<>(baskets.get(i)));
    }
    return b.build();
  }

  /** Every subset of the item universe with its basket count, by brute force. */
  static Map<Set<String>, Integer> bruteForce(
      List<Set<String>> baskets, int minCount, int maxLength) {
    Map<Set<String>, Integer> out = new HashMap<>();
    for (int mask = 1; mask < (1 << ITEMS.length); mask++) {
      Set<String> s = new TreeSet<>();
      for (int i = 0; i < ITEMS.length; i++) {
        if ((mask & (1 << i)) != 0) {
          s.add(ITEMS[i]);
        }
      }
      if (s.size() > maxLength) {
        continue;
      }
      int count = 0;
      for (Set<String> b : baskets) {
        if (b.containsAll(s)) {
          count++;
        }
      }
      if (count >= minCount) {
        out.put(s, count);
      }
    }
    return out;
  }

  @Property(tries = 300)
  void fp_growth_finds_exactly_the_itemsets_of_a_brute_force_enumeration(
      @ForAll("baskets") List<Set<String>> baskets,
      @ForAll @DoubleRange(min = 0.01, max = 0.6) double minSupport,
      @ForAll @IntRange(min = 1, max = 7) int maxLength) {
    MiningOptions o = MiningOptions.minSupport(minSupport).withLength(1, maxLength);
    FrequentItemsets f = FrequentItemsets.mine(history(baskets), o);
    Map<Set<String>, Integer> found = new HashMap<>();
    for (Itemset s : f.itemsets()) {
      assertThat(found.put(new TreeSet<>(s.items()), s.count()))
          .as("itemset found twice: %s", s)
          .isNull();
      assertThat(s.support()).isEqualTo(s.count() / (double) baskets.size());
    }
    assertThat(found).isEqualTo(bruteForce(baskets, o.minCount(baskets.size()), maxLength));
  }

  @Property(tries = 300)
  void rules_equal_a_brute_force_enumeration_and_their_measures_are_consistent(
      @ForAll("baskets") List<Set<String>> baskets,
      @ForAll @DoubleRange(min = 0.02, max = 0.5) double minSupport,
      @ForAll @DoubleRange(min = 0.0, max = 1.0) double minConfidence,
      @ForAll @IntRange(min = 1, max = 3) int minLength) {
    MiningOptions o =
        MiningOptions.minSupport(minSupport)
            .withMinConfidence(minConfidence)
            .withLength(minLength, 5);
    AssociationRules rules = FrequentItemsets.mine(history(baskets), o).rules();
    int n = baskets.size();
    Map<Set<String>, Integer> all = bruteForce(baskets, 1, ITEMS.length);
    Set<String> expected = new TreeSet<>();
    bruteForce(baskets, o.minCount(n), 5)
        .forEach(
            (set, count) -> {
              if (set.size() < minLength) {
                return;
              }
              for (String c : set) {
                Set<String> a = new TreeSet<>(set);
                a.remove(c);
                int ca = a.isEmpty() ? n : all.get(a);
                if (count >= minConfidence * ca * (1 - 1e-12)) {
                  expected.add(a + "=>" + c);
                }
              }
            });
    Set<String> got = new TreeSet<>();
    for (AssociationRule r : rules.rules()) {
      got.add(new TreeSet<>(r.antecedent()) + "=>" + r.consequent());
      double suppA =
          (r.antecedent().isEmpty() ? n : all.get(new TreeSet<>(r.antecedent()))) / (double) n;
      double suppC = all.get(Set.of(r.consequent())) / (double) n;
      assertThat(r.support())
          .isCloseTo(r.confidence() * suppA, org.assertj.core.data.Offset.offset(1e-12));
      assertThat(r.lift())
          .isCloseTo(r.confidence() / suppC, org.assertj.core.data.Offset.offset(1e-9));
      assertThat(r.leverage())
          .isCloseTo(r.support() - suppA * suppC, org.assertj.core.data.Offset.offset(1e-12));
      assertThat(r.confidence()).isBetween(minConfidence - 1e-12, 1.0);
      if (r.confidence() < 1) {
        assertThat(r.conviction())
            .isCloseTo(
                (1 - suppC) / (1 - r.confidence()), org.assertj.core.data.Offset.offset(1e-9));
      } else {
        assertThat(r.conviction()).isInfinite();
      }
      // lift above 1 exactly when leverage is positive, and then conviction above 1
      assertThat(Math.signum(r.lift() - 1))
          .isEqualTo(Math.signum(Math.round(r.leverage() * 1e12) / 1e12));
    }
    assertThat(got).isEqualTo(expected);
    for (int i = 1; i < rules.size(); i++) {
      assertThat(rules.rules().get(i).lift()).isLessThanOrEqualTo(rules.rules().get(i - 1).lift());
    }
  }
}
