package io.crmkit.marketing.offer;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.Consent;
import io.crmkit.core.customer.Customer;
import io.crmkit.marketing.history.ItemLevel;
import io.crmkit.marketing.history.PurchaseHistory;
import io.crmkit.marketing.similar.ItemHistory;
import io.crmkit.marketing.similar.ItemNeighbours;
import io.crmkit.marketing.similar.NeighbourOptions;
import io.crmkit.marketing.similar.Similarity;
import io.crmkit.marketing.targeting.ConsentPolicy;
import io.crmkit.marketing.targeting.ContactHistory;
import io.crmkit.marketing.targeting.PreferenceConflicts;
import io.crmkit.marketing.usual.UsualOptions;
import io.crmkit.marketing.usual.Usuals;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class NextBestOfferProperties {

  static final LocalDate D = LocalDate.of(2026, 1, 1);
  static final String[] TRAITS = {"spicy", "sweet", "meat", "vegan"};

  @Provide
  Arbitrary<List<int[]>> baskets() {
    // (customer, day, item, item) rows
    return Arbitraries.integers()
        .between(0, 5)
        .flatMap(
            c ->
                Arbitraries.integers()
                    .between(0, 60)
                    .flatMap(
                        d ->
                            Arbitraries.integers()
                                .between(0, 9)
                                .tuple2()
                                .map(t -> new int[] {c, d, t.get1(), t.get2()})))
        .list()
        .ofMinSize(1)
        .ofMaxSize(40);
  }

  @Property(tries = 200)
  void offers_never_break_a_campaign_rule(
      @ForAll("baskets") List<int[]> rows,
      @ForAll Channel channel,
      @ForAll Optional<Consent> consent,
      @ForAll boolean requireOptIn,
      @ForAll("preferences") Set<String> preferences,
      @ForAll("traitsOfItems") List<Set<String>> traitsOfItems,
      @ForAll("itemSets") Set<Integer> durables,
      @ForAll("itemSets") Set<Integer> excluded,
      @ForAll @IntRange(min = 0, max = 5) int who,
      @ForAll @IntRange(min = 1, max = 12) int k) {
    PurchaseHistory.Builder b = PurchaseHistory.builder(ItemLevel.PRODUCT);
    for (int[] r : rows) {
      b.add("c" + r[0], D.plusDays(r[1]), "i" + r[2], "i" + r[3]);
    }
    PurchaseHistory h = b.build();
    OfferCatalog catalog = OfferCatalog.empty();
    for (int i = 0; i < 10; i++) {
      catalog = catalog.withTraits("i" + i, traitsOfItems.get(i).toArray(new String[0]));
    }
    for (int d : durables) {
      catalog = catalog.withDurables("i" + d);
    }
    PreferenceConflicts conflicts =
        PreferenceConflicts.none().with("spicy", "sweet", "mild").with("meat", "vegan");
    OfferPolicy policy =
        OfferPolicy.on(channel)
            .conflicts(conflicts)
            .excluding(excluded.stream().map(i -> "i" + i).toArray(String[]::new));
    if (requireOptIn) {
      policy = policy.requireOptIn();
    }
    Customer.Builder cb = Customer.builder("c" + who, Instant.parse("2025-06-01T00:00:00Z"));
    preferences.forEach(cb::preference);
    consent.ifPresent(c -> cb.consent(channel, c));
    Customer customer = cb.build();
    Clock clock =
        Clock.fixed(D.plusDays(61).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    NextBestOffer nbo =
        NextBestOffer.builder(h, clock)
            .usuals(Usuals.of(h, D.plusDays(61), UsualOptions.defaults()))
            .neighbours(
                ItemNeighbours.of(h, NeighbourOptions.of(Similarity.JACCARD, 5).minCoCount(1)))
            .popularity()
            .catalog(catalog)
            .build();
    CustomerOffers o = nbo.offersFor(customer, ContactHistory.empty(), policy, k);
    boolean mayContact =
        !customer.isOptedOut(channel)
            && (policy.consent() != ConsentPolicy.REQUIRE_OPT_IN || customer.isOptedIn(channel));
    assertThat(o.excluded().isEmpty()).isEqualTo(mayContact);
    assertThat(o.offers().size()).isLessThanOrEqualTo(k);
    ItemHistory owned =
        h.indexOfCustomer(customer.id()).isPresent()
            ? ItemHistory.of(h, h.indexOfCustomer(customer.id()).getAsInt())
            : ItemHistory.empty();
    Set<String> seen = new HashSet<>();
    for (int n = 0; n < o.offers().size(); n++) {
      Offer offer = o.offers().get(n);
      assertThat(seen.add(offer.item())).isTrue();
      assertThat(conflicts.conflict(catalog.traitsOf(offer.item()), customer.preferences()))
          .isEmpty();
      assertThat(policy.excludedItems()).doesNotContain(offer.item());
      int item = h.indexOfItem(offer.item()).getAsInt();
      if (catalog.isDurable(offer.item())) {
        assertThat(owned.contains(item)).isFalse();
      }
      if (owned.contains(item)) {
        assertThat(offer.source()).isEqualTo(OfferSource.USUAL);
      }
      assertThat(offer.reason()).isNotBlank();
      if (n > 0) {
        assertThat(offer.score()).isLessThanOrEqualTo(o.offers().get(n - 1).score());
      }
    }
  }

  @Provide
  Arbitrary<Set<String>> preferences() {
    return Arbitraries.of("sweet", "mild", "vegan", "no-spicy", "no-meat", "salty")
        .set()
        .ofMaxSize(3);
  }

  @Provide
  Arbitrary<List<Set<String>>> traitsOfItems() {
    return Arbitraries.of(TRAITS).set().ofMaxSize(2).list().ofSize(10);
  }

  @Provide
  Arbitrary<Set<Integer>> itemSets() {
    return Arbitraries.integers().between(0, 9).set().ofMaxSize(3);
  }
}
