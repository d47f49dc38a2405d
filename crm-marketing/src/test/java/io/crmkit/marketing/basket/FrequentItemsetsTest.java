package io.crmkit.marketing.basket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import io.crmkit.marketing.history.ItemLevel;
import io.crmkit.marketing.history.PurchaseHistory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrequentItemsetsTest {

  static final LocalDate D = LocalDate.of(2026, 3, 1);

  /** The five-basket example of many textbooks (bread, milk, diapers, beer, eggs, cola). */
  static PurchaseHistory textbook() {
    return PurchaseHistory.builder(ItemLevel.PRODUCT)
        .add("1", D, "bread", "milk")
        .add("2", D, "bread", "diapers", "beer", "eggs")
        .add("3", D, "milk", "diapers", "beer", "cola")
        .add("4", D, "bread", "milk", "diapers", "beer")
        .add("5", D, "bread", "milk", "diapers", "cola")
        .build();
  }

  @Test
  void itemsets_and_counts_of_a_worked_example() {
    FrequentItemsets f =
        FrequentItemsets.mine(textbook(), MiningOptions.minSupport(0.6).withLength(1, 3));
    // support >= 3 of 5: bread 4, milk 4, diapers 4, beer 3, {bread,milk} 3, {bread,diapers} 3,
    // {milk,diapers} 3, {diapers,beer} 3
    assertThat(f.size()).isEqualTo(8);
    assertThat(f.size(1)).isEqualTo(4);
    assertThat(f.size(2)).isEqualTo(4);
    assertThat(f.count(List.of("diapers", "beer"))).hasValue(3);
    assertThat(f.count(List.of("bread", "beer"))).isEmpty();
    assertThat(f.itemsets().get(0).count()).isEqualTo(4);
  }

  @Test
  void rule_measures_of_a_worked_example() {
    AssociationRules rules =
        FrequentItemsets.mine(
                textbook(), MiningOptions.minSupport(0.6).withMinConfidence(0.7).withLength(2, 3))
            .rules();
    AssociationRule beerDiapers =
        rules.rules().stream()
            .filter(r -> r.antecedent().equals(List.of("beer")) && r.consequent().equals("diapers"))
            .findFirst()
            .orElseThrow();
    // {beer} => {diapers}: 3 of 3 beer baskets, diapers in 4 of 5
    assertThat(beerDiapers.confidence()).isEqualTo(1.0);
    assertThat(beerDiapers.support()).isEqualTo(0.6);
    assertThat(beerDiapers.lift()).isCloseTo(1.25, offset(1e-12));
    assertThat(beerDiapers.leverage()).isCloseTo(0.6 - 0.6 * 0.8, offset(1e-12));
    assertThat(beerDiapers.conviction()).isInfinite();
    assertThat(rules.rules().get(0)).isEqualTo(beerDiapers); // highest lift
    AssociationRule diapersBeer =
        rules.rules().stream()
            .filter(r -> r.antecedent().equals(List.of("diapers")) && r.consequent().equals("beer"))
            .findFirst()
            .orElseThrow();
    assertThat(diapersBeer.confidence()).isEqualTo(0.75);
    assertThat(diapersBeer.conviction()).isCloseTo((1 - 0.6) / (1 - 0.75), offset(1e-12));
    assertThat(rules.withAntecedentItem("beer")).contains(beerDiapers);
    assertThat(rules.toString()).contains("{beer} => {diapers}");
  }

  @Test
  void category_level_mines_categories() {
    PurchaseHistory h =
        PurchaseHistory.builder(ItemLevel.CATEGORY)
            .add("1", D, "dairy", "bakery")
            .add("2", D, "dairy", "bakery")
            .add("3", D, "dairy")
            .build();
    FrequentItemsets f = FrequentItemsets.mine(h, MiningOptions.minSupport(0.5));
    assertThat(f.count(List.of("dairy", "bakery"))).hasValue(2);
    assertThat(f.history().level()).isEqualTo(ItemLevel.CATEGORY);
  }

  @Test
  void options_are_validated_naming_the_field() {
    assertThatThrownBy(() -> MiningOptions.minSupport(0))
        .hasMessageContaining("minSupport must be in (0, 1] but was: 0.0");
    assertThatThrownBy(() -> MiningOptions.minSupport(0.1).withMinConfidence(1.5))
        .hasMessageContaining("minConfidence");
    assertThatThrownBy(() -> MiningOptions.minSupport(0.1).withLength(3, 2))
        .hasMessageContaining("maxLength");
    assertThat(MiningOptions.minSupport(0.001).minCount(9835)).isEqualTo(10);
  }
}
