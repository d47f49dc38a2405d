package io.crmkit.marketing.offer;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.Customer;
import io.crmkit.marketing.basket.AssociationRules;
import io.crmkit.marketing.basket.FrequentItemsets;
import io.crmkit.marketing.basket.MiningOptions;
import io.crmkit.marketing.evaluation.SyntheticBaskets;
import io.crmkit.marketing.history.PurchaseHistory;
import io.crmkit.marketing.similar.ItemNeighbours;
import io.crmkit.marketing.similar.NeighbourOptions;
import io.crmkit.marketing.similar.Similarity;
import io.crmkit.marketing.targeting.ContactHistory;
import io.crmkit.marketing.targeting.PreferenceConflicts;
import io.crmkit.marketing.usual.UsualOptions;
import io.crmkit.marketing.usual.Usuals;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The offers of {@link NextBestOffer} are those of the implementation before the speed work of
 * issue 18 ({@link NextBestOfferBefore}), customer by customer, reasons and scores included, on a
 * seeded synthetic history with every source, a catalog of traits and durables, preferences and
 * excluded items.
 */
class NextBestOfferSameAsBeforeTest {

  @ParameterizedTest
  @ValueSource(ints = {3, 20, Integer.MAX_VALUE})
  void offers_are_those_of_the_previous_implementation(int perItem) {
    PurchaseHistory h =
        SyntheticBaskets.generate(SyntheticBaskets.Config.small(20261203L).withCustomers(1_500))
            .history();
    LocalDate asOf = LocalDate.of(2025, 1, 1).plusDays(400);
    Clock clock = Clock.fixed(asOf.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    Usuals usuals = Usuals.of(h, asOf, UsualOptions.defaults());
    ItemNeighbours nb = ItemNeighbours.of(h, NeighbourOptions.of(Similarity.COSINE, 30));
    AssociationRules rules =
        FrequentItemsets.mine(h, MiningOptions.minSupport(0.002))
            .rules(MiningOptions.minSupport(0.002).withMinConfidence(0.05));
    OfferCatalog catalog = OfferCatalog.empty();
    for (int i = 0; i < h.itemCount(); i += 7) {
      catalog = catalog.withTraits(h.item(i), i % 2 == 0 ? "spicy" : "meat");
    }
    for (int i = 3; i < h.itemCount(); i += 11) {
      catalog = catalog.withDurables(h.item(i));
    }
    NextBestOffer now =
        NextBestOffer.builder(h, clock)
            .usuals(usuals)
            .neighbours(nb, perItem)
            .rules(rules)
            .popularity()
            .catalog(catalog)
            .build();
    NextBestOfferBefore before =
        NextBestOfferBefore.builder(h, clock)
            .usuals(usuals)
            .neighbours(nb, perItem)
            .rules(rules)
            .popularity()
            .catalog(catalog)
            .build();
    OfferPolicy policy =
        OfferPolicy.on(Channel.EMAIL)
            .conflicts(PreferenceConflicts.none().with("spicy", "sweet").with("meat", "vegan"))
            .excluding(h.item(0), h.item(5), h.item(17));
    Instant created = Instant.parse("2024-06-01T00:00:00Z");
    int offered = 0;
    for (int c = 0; c < h.customerCount(); c++) {
      Customer.Builder cb = Customer.builder(h.customer(c), created);
      if (c % 3 == 0) {
        cb.preference("sweet");
      }
      if (c % 5 == 0) {
        cb.preference("vegan");
      }
      Customer customer = cb.build();
      for (int k : new int[] {1, 10}) {
        CustomerOffers a = now.offersFor(customer, ContactHistory.empty(), policy, k);
        CustomerOffers b = before.offersFor(customer, ContactHistory.empty(), policy, k);
        assertThat(a).as("customer %s, k = %d", customer.id(), k).isEqualTo(b);
        offered += a.offers().size();
      }
    }
    assertThat(offered).isGreaterThan(10 * h.customerCount());
  }
}
