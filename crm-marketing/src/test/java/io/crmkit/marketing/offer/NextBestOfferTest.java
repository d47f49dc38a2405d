package io.crmkit.marketing.offer;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.Consent;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.marketing.basket.FrequentItemsets;
import io.crmkit.marketing.basket.MiningOptions;
import io.crmkit.marketing.history.ItemLevel;
import io.crmkit.marketing.history.PurchaseHistory;
import io.crmkit.marketing.similar.ItemNeighbours;
import io.crmkit.marketing.similar.NeighbourOptions;
import io.crmkit.marketing.similar.Similarity;
import io.crmkit.marketing.targeting.ContactCap;
import io.crmkit.marketing.targeting.ContactHistory;
import io.crmkit.marketing.targeting.ExclusionReason;
import io.crmkit.marketing.targeting.PreferenceConflicts;
import io.crmkit.marketing.usual.UsualOptions;
import io.crmkit.marketing.usual.Usuals;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NextBestOfferTest {

  static final LocalDate D = LocalDate.of(2026, 10, 1);
  static final LocalDate AS_OF = D.plusDays(30);
  static final Clock CLOCK =
      Clock.fixed(AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

  /**
   * A restaurant: mei takes rice and congee weekly; others pair noodles with chili oil and buy a
   * wok once.
   */
  static PurchaseHistory restaurant() {
    PurchaseHistory.Builder b = PurchaseHistory.builder(ItemLevel.PRODUCT);
    for (int w = 0; w < 4; w++) {
      b.add("mei", D.plusDays(7L * w + 1), "rice", "congee");
    }
    b.add("mei", D.plusDays(23), "noodles", "wok");
    for (int c = 0; c < 6; c++) {
      b.add("g" + c, D.plusDays(c), "noodles", "chili oil");
      b.add("g" + c, D.plusDays(c + 10), "dumplings", "chili oil", "rice");
    }
    b.add("g0", D.plusDays(20), "wok");
    return b.build();
  }

  static NextBestOffer engine(PurchaseHistory h) {
    return NextBestOffer.builder(h, CLOCK)
        .usuals(Usuals.of(h, AS_OF, UsualOptions.defaults()))
        .rules(
            FrequentItemsets.mine(
                    h, MiningOptions.minSupport(0.2).withMinConfidence(0.6).withLength(2, 3))
                .rules())
        .neighbours(ItemNeighbours.of(h, NeighbourOptions.of(Similarity.COSINE, 10)))
        .popularity()
        .catalog(OfferCatalog.empty().withTraits("chili oil", "spicy").withDurables("wok"))
        .build();
  }

  static Customer customer(String id) {
    return Customer.builder(id, Instant.parse("2026-01-01T00:00:00Z")).build();
  }

  @Test
  void mei_is_offered_her_usual_first_then_what_goes_with_her_noodles_with_reasons() {
    PurchaseHistory h = restaurant();
    CustomerOffers o =
        engine(h)
            .offersFor(customer("mei"), ContactHistory.empty(), OfferPolicy.on(Channel.SMS), 3);
    assertThat(o.excluded()).isEmpty();
    // last rice and congee on day 22, every 7 days: due on day 29, the as-of date is day 30
    assertThat(o.offers().get(0).source()).isEqualTo(OfferSource.USUAL);
    assertThat(o.offers().get(0).reason()).isEqualTo("your usual, 1 day overdue");
    assertThat(o.offers()).extracting(Offer::item).containsExactly("congee", "rice", "chili oil");
    assertThat(o.offers().get(2).source()).isEqualTo(OfferSource.BOUGHT_TOGETHER);
    assertThat(o.offers().get(2).reason())
        .isEqualTo("bought together with noodles (confidence 86%)");
    assertThat(o.toString()).contains("congee");
  }

  @Test
  void a_sweet_tooth_is_not_offered_the_spicy_oil_and_an_owner_not_a_second_wok() {
    PurchaseHistory h = restaurant();
    Customer sweet =
        Customer.builder("mei", Instant.parse("2026-01-01T00:00:00Z")).preference("sweet").build();
    OfferPolicy policy =
        OfferPolicy.on(Channel.SMS).conflicts(PreferenceConflicts.none().with("spicy", "sweet"));
    CustomerOffers o = engine(h).offersFor(sweet, ContactHistory.empty(), policy, 10);
    assertThat(o.offers()).extracting(Offer::item).doesNotContain("chili oil", "wok");
    assertThat(o.refused())
        .contains(
            new RefusedOffer(
                "chili oil",
                RefusalReason.PREFERENCE_CONFLICT,
                "prefers 'sweet', which contradicts 'spicy'"));
    assertThat(o.offers()).extracting(Offer::item).contains("dumplings");
    Offer dumplings =
        o.offers().stream().filter(x -> x.item().equals("dumplings")).findFirst().orElseThrow();
    assertThat(dumplings.reason()).startsWith("because you bought ");
    // g0 owns the wok; it is a neighbour of nothing g0 lacks, so check with the wok as an excluded
    // item too
    CustomerOffers g1 =
        engine(h)
            .offersFor(
                customer("g1"),
                ContactHistory.empty(),
                OfferPolicy.on(Channel.SMS).excluding("congee"),
                10);
    assertThat(g1.offers()).extracting(Offer::item).doesNotContain("congee");
    assertThat(g1.refused()).extracting(RefusedOffer::reason).contains(RefusalReason.EXCLUDED_ITEM);
  }

  @Test
  void an_owned_durable_due_as_a_usual_is_refused() {
    PurchaseHistory h =
        PurchaseHistory.builder(ItemLevel.PRODUCT)
            .add("kim", D, "kettle")
            .add("kim", D.plusDays(10), "kettle")
            .add("kim", D.plusDays(20), "tea")
            .build();
    NextBestOffer nbo =
        NextBestOffer.builder(h, CLOCK)
            .usuals(Usuals.of(h, D.plusDays(20), UsualOptions.defaults()))
            .catalog(OfferCatalog.empty().withDurables("kettle"))
            .build();
    CustomerOffers o =
        nbo.offersFor(customer("kim"), ContactHistory.empty(), OfferPolicy.on(Channel.EMAIL), 5);
    assertThat(o.offers()).isEmpty();
    assertThat(o.refused())
        .containsExactly(new RefusedOffer("kettle", RefusalReason.OWNED_DURABLE, ""));
  }

  @Test
  void opted_out_uncapped_and_unknown_customers_get_nothing_with_the_reason() {
    PurchaseHistory h = restaurant();
    NextBestOffer nbo = engine(h);
    Customer out =
        Customer.builder("g1", Instant.parse("2026-01-01T00:00:00Z"))
            .consent(Channel.SMS, Consent.OPTED_OUT)
            .build();
    assertThat(
            nbo.offersFor(out, ContactHistory.empty(), OfferPolicy.on(Channel.SMS), 3)
                .excluded()
                .orElseThrow()
                .reason())
        .isEqualTo(ExclusionReason.OPTED_OUT);
    assertThat(
            nbo.offersFor(
                    customer("g1"),
                    ContactHistory.empty(),
                    OfferPolicy.on(Channel.SMS).requireOptIn(),
                    3)
                .excluded()
                .orElseThrow()
                .reason())
        .isEqualTo(ExclusionReason.NO_OPT_IN);
    ContactHistory twice =
        ContactHistory.empty()
            .plus(List.of(CustomerId.of("g2")), Channel.EMAIL, CLOCK.instant().minusSeconds(3600))
            .plus(List.of(CustomerId.of("g2")), Channel.SMS, CLOCK.instant().minusSeconds(60));
    CustomerOffers capped =
        nbo.offersFor(
            customer("g2"),
            twice,
            OfferPolicy.on(Channel.SMS).cap(ContactCap.of(2, Duration.ofDays(7))),
            3);
    assertThat(capped.excluded().orElseThrow().reason()).isEqualTo(ExclusionReason.CONTACT_CAP);
    assertThat(capped.offers()).isEmpty();
    List<CustomerOffers> all =
        nbo.offersForAll(
            Map.of(CustomerId.of("mei"), customer("mei")),
            ContactHistory.empty(),
            OfferPolicy.on(Channel.SMS),
            2);
    assertThat(all).hasSize(h.customerCount());
    assertThat(all.get(0).offers()).hasSize(2);
    assertThat(all.get(1).excluded().orElseThrow().reason())
        .isEqualTo(ExclusionReason.NO_CUSTOMER_RECORD);
    // a newcomer without history gets the popular items
    CustomerOffers newcomer =
        nbo.offersFor(customer("new"), ContactHistory.empty(), OfferPolicy.on(Channel.SMS), 2);
    assertThat(newcomer.offers()).extracting(Offer::source).containsOnly(OfferSource.POPULAR);
    assertThat(newcomer.offers().get(0).item()).isEqualTo("chili oil"); // in 12 baskets, rice in 10
    assertThat(newcomer.offers().get(0).reason())
        .isEqualTo("popular: in 66.7% of baskets"); // 12 of 18
  }
}
