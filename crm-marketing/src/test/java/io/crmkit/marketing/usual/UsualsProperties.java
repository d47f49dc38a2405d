package io.crmkit.marketing.usual;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.marketing.history.ItemLevel;
import io.crmkit.marketing.history.PurchaseHistory;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class UsualsProperties {

  static final LocalDate D = LocalDate.of(2026, 1, 1);

  @Provide
  Arbitrary<List<int[]>> purchases() {
    // (day offset, item) pairs
    return Arbitraries.integers()
        .between(0, 120)
        .flatMap(day -> Arbitraries.integers().between(0, 4).map(item -> new int[] {day, item}))
        .list()
        .ofMinSize(1)
        .ofMaxSize(40);
  }

  @Property(tries = 300)
  void habits_are_consistent_with_the_purchases(
      @ForAll("purchases") List<int[]> purchases,
      @ForAll @IntRange(min = 0, max = 150) int asOfOffset,
      @ForAll @IntRange(min = 1, max = 4) int minPurchases) {
    PurchaseHistory.Builder b = PurchaseHistory.builder(ItemLevel.PRODUCT);
    for (int[] p : purchases) {
      b.add("c", D.plusDays(p[0]), "item" + p[1]);
    }
    LocalDate asOf = D.plusDays(asOfOffset);
    Usuals u = Usuals.of(b.build(), asOf, UsualOptions.defaults().withMinPurchases(minPurchases));
    List<UsualItem> usual = u.of(0);
    for (UsualItem item : usual) {
      long days =
          purchases.stream()
              .filter(p -> ("item" + p[1]).equals(item.item()) && p[0] <= asOfOffset)
              .mapToInt(p -> p[0])
              .distinct()
              .count();
      assertThat(item.purchases()).isEqualTo(days).isGreaterThanOrEqualTo(minPurchases);
      assertThat(item.lastPurchase()).isBeforeOrEqualTo(asOf);
      // each purchase weighs in (0, 1]
      assertThat(item.score()).isGreaterThan(0).isLessThanOrEqualTo(item.purchases() + 1e-12);
      assertThat(item.medianIntervalDays().isPresent()).isEqualTo(item.purchases() >= 2);
      if (item.purchases() >= 2) {
        double m = item.medianIntervalDays().getAsDouble();
        assertThat(m).isGreaterThanOrEqualTo(1);
        assertThat(item.nextDue()).contains(item.lastPurchase().plusDays(Math.round(m)));
      }
    }
    for (int k = 1; k < usual.size(); k++) {
      assertThat(usual.get(k).score()).isLessThanOrEqualTo(usual.get(k - 1).score());
    }
    List<UsualItem> due = u.dueNow(0);
    assertThat(usual).containsAll(due);
    for (UsualItem d : due) {
      assertThat(d.daysUntilDue(asOf).orElseThrow()).isLessThanOrEqualTo(3L);
    }
  }
}
