package io.crmkit.marketing.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.marketing.history.ItemLevel;
import io.crmkit.marketing.history.PurchaseHistory;
import io.crmkit.marketing.offer.CustomerOffers;
import io.crmkit.marketing.offer.NextBestOffer;
import io.crmkit.marketing.offer.OfferPolicy;
import io.crmkit.segmentation.engine.EngineResult;
import io.crmkit.segmentation.engine.Population;
import io.crmkit.segmentation.engine.Scheme;
import io.crmkit.segmentation.engine.SegmentationEngine;
import io.crmkit.testing.core.CoreArbitraries;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link ContactEligibility} is the one filter of {@link CampaignTargeter} and {@link
 * NextBestOffer}: it decides as the two copies it replaced did (kept below as references), and both
 * users exclude the same customers for the same reasons.
 */
class ContactEligibilityProperties {

  static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  static final PreferenceConflicts CONFLICTS =
      PreferenceConflicts.none().with("spicy", "sweet").with("loud", "jazz");

  /** The checks of {@code CampaignTargeter.target} before the shared filter, verbatim. */
  static Optional<Exclusion> formerCampaignCheck(
      Customer c,
      Channel channel,
      ConsentPolicy consent,
      Optional<ContactCap> capOption,
      Set<String> offerTraits,
      PreferenceConflicts conflicts,
      ContactHistory history,
      Instant now) {
    CustomerId id = c.id();
    if (c.isOptedOut(channel)) {
      return Optional.of(new Exclusion(id, ExclusionReason.OPTED_OUT, channel.name()));
    }
    if (consent == ConsentPolicy.REQUIRE_OPT_IN && !c.isOptedIn(channel)) {
      return Optional.of(new Exclusion(id, ExclusionReason.NO_OPT_IN, channel.name()));
    }
    Optional<String> conflict = conflicts.conflict(offerTraits, c.preferences());
    if (conflict.isPresent()) {
      return Optional.of(new Exclusion(id, ExclusionReason.PREFERENCE_CONFLICT, conflict.get()));
    }
    if (capOption.isPresent()) {
      ContactCap cap = capOption.get();
      int recent = history.count(id, now.minus(cap.window()), now);
      if (recent >= cap.maxContacts()) {
        return Optional.of(
            new Exclusion(
                id, ExclusionReason.CONTACT_CAP, recent + " contacts in " + cap.window()));
      }
    }
    return Optional.empty();
  }

  /** The customer-level checks of {@code NextBestOffer.offersFor} before the shared filter. */
  static Optional<Exclusion> formerOfferCheck(
      Customer c, ContactHistory contacts, OfferPolicy policy, Instant now) {
    if (c.isOptedOut(policy.channel())) {
      return Optional.of(new Exclusion(c.id(), ExclusionReason.OPTED_OUT, policy.channel().name()));
    }
    if (policy.consent() == ConsentPolicy.REQUIRE_OPT_IN && !c.isOptedIn(policy.channel())) {
      return Optional.of(new Exclusion(c.id(), ExclusionReason.NO_OPT_IN, policy.channel().name()));
    }
    if (policy.cap().isPresent()) {
      ContactCap cap = policy.cap().get();
      int recent = contacts.count(c.id(), now.minus(cap.window()), now);
      if (recent >= cap.maxContacts()) {
        return Optional.of(
            new Exclusion(
                c.id(), ExclusionReason.CONTACT_CAP, recent + " contacts in " + cap.window()));
      }
    }
    return Optional.empty();
  }

  @Property(tries = 500)
  void the_filter_decides_as_both_former_copies(
      @ForAll("customers") Customer customer,
      @ForAll Channel channel,
      @ForAll boolean optIn,
      @ForAll("caps") Optional<ContactCap> cap,
      @ForAll("traits") Set<String> traits,
      @ForAll("contactDays") List<Integer> contactDays) {
    ConsentPolicy consent = optIn ? ConsentPolicy.REQUIRE_OPT_IN : ConsentPolicy.EXCLUDE_OPTED_OUT;
    ContactHistory history = contacts(customer.id(), contactDays);
    ContactEligibility filter = ContactEligibility.of(channel, consent, cap, CONFLICTS);

    assertThat(filter.exclusion(customer, traits, history, NOW))
        .isEqualTo(
            formerCampaignCheck(customer, channel, consent, cap, traits, CONFLICTS, history, NOW));

    OfferPolicy policy = OfferPolicy.on(channel).conflicts(CONFLICTS);
    policy = optIn ? policy.requireOptIn() : policy;
    policy = cap.isPresent() ? policy.cap(cap.get()) : policy;
    assertThat(policy.eligibility()).isEqualTo(filter);
    assertThat(policy.eligibility().exclusion(customer, Set.of(), history, NOW))
        .isEqualTo(formerOfferCheck(customer, history, policy, NOW));
    assertThat(filter.conflict(traits, customer.preferences()))
        .isEqualTo(CONFLICTS.conflict(traits, customer.preferences()));
  }

  @Property(tries = 200)
  void next_best_offer_and_campaign_targeter_exclude_the_same_customers_for_the_same_reasons(
      @ForAll("customerLists") List<Customer> customers,
      @ForAll Channel channel,
      @ForAll boolean optIn,
      @ForAll("caps") Optional<ContactCap> cap,
      @ForAll("contactDays") List<Integer> contactDays) {
    Map<CustomerId, Customer> byId = new LinkedHashMap<>();
    customers.forEach(c -> byId.putIfAbsent(c.id(), c));
    CustomerSummaries.Builder b = CustomerSummaries.builder(TimeScale.DAYS);
    ContactHistory history = ContactHistory.empty();
    int k = 0;
    for (CustomerId id : byId.keySet()) {
      b.add(id.value(), 1, 1, 3, 10 + k);
      int days = contactDays.get(k++ % contactDays.size());
      history = history.plus(List.of(id), Channel.EMAIL, NOW.minus(Duration.ofDays(days)));
    }
    EngineResult run =
        SegmentationEngine.of(Scheme.abc()).run(Population.of(b.build(), byId.values()));
    Campaign.Builder cb = Campaign.builder("c", channel).inSegments("abc", "A", "B", "C");
    if (optIn) {
      cb.requireOptIn();
    }
    cap.ifPresent(cb::cap);
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    TargetingResult targeted =
        CampaignTargeter.of(CONFLICTS, clock).target(cb.build(), run, history);
    Map<CustomerId, Exclusion> campaignExclusions = new HashMap<>();
    targeted.excluded().forEach(e -> campaignExclusions.put(e.customer(), e));

    PurchaseHistory bought =
        PurchaseHistory.builder(ItemLevel.PRODUCT)
            .add("someone", LocalDate.of(2026, 11, 1), "rice", "tea")
            .build();
    NextBestOffer offers = NextBestOffer.builder(bought, clock).popularity().build();
    OfferPolicy policy = OfferPolicy.on(channel).conflicts(CONFLICTS);
    policy = optIn ? policy.requireOptIn() : policy;
    policy = cap.isPresent() ? policy.cap(cap.get()) : policy;
    for (Customer c : byId.values()) {
      CustomerOffers o = offers.offersFor(c, history, policy, 3);
      assertThat(o.excluded()).isEqualTo(Optional.ofNullable(campaignExclusions.get(c.id())));
      assertThat(o.excluded().isEmpty()).isEqualTo(targeted.selected().contains(c.id()));
      assertThat(o.offers().isEmpty()).isEqualTo(o.excluded().isPresent());
    }
  }

  @Example
  void a_trait_contradicting_a_preference_excludes_only_after_consent() {
    Customer sweet =
        Customer.builder("ada", NOW.minus(Duration.ofDays(400))).preference("sweet").build();
    ContactEligibility email =
        ContactEligibility.of(
            Channel.EMAIL,
            ConsentPolicy.REQUIRE_OPT_IN,
            Optional.of(ContactCap.of(1, Duration.ofDays(7))),
            CONFLICTS);
    assertThat(email.exclusion(sweet, Set.of("spicy"), ContactHistory.empty(), NOW))
        .contains(new Exclusion(sweet.id(), ExclusionReason.NO_OPT_IN, "EMAIL"));
    Customer optedIn =
        sweet.toBuilder().consent(Channel.EMAIL, io.crmkit.core.customer.Consent.OPTED_IN).build();
    assertThat(email.exclusion(optedIn, Set.of("spicy"), ContactHistory.empty(), NOW))
        .contains(
            new Exclusion(
                sweet.id(),
                ExclusionReason.PREFERENCE_CONFLICT,
                "prefers 'sweet', which contradicts 'spicy'"));
    ContactHistory once = ContactHistory.empty().plus(List.of(sweet.id()), Channel.SMS, NOW);
    assertThat(email.exclusion(optedIn, Set.of(), once, NOW))
        .contains(new Exclusion(sweet.id(), ExclusionReason.CONTACT_CAP, "1 contacts in PT168H"));
    assertThat(email.exclusion(optedIn, Set.of("mild"), ContactHistory.empty(), NOW)).isEmpty();
    assertThat(email.toString())
        .isEqualTo(
            "ContactEligibility[EMAIL, REQUIRE_OPT_IN, at most 1 contacts in PT168H, "
                + CONFLICTS
                + "]");
  }

  static ContactHistory contacts(CustomerId id, List<Integer> days) {
    ContactHistory h = ContactHistory.empty();
    for (int d : days) {
      h = h.plus(List.of(id), Channel.EMAIL, NOW.minus(Duration.ofDays(d)));
    }
    return h;
  }

  @Provide
  Arbitrary<Customer> customers() {
    return CoreArbitraries.customers();
  }

  @Provide
  Arbitrary<List<Customer>> customerLists() {
    return CoreArbitraries.customers().list().ofMinSize(1).ofMaxSize(15);
  }

  @Provide
  Arbitrary<Optional<ContactCap>> caps() {
    return Arbitraries.integers()
        .between(1, 3)
        .flatMap(
            n ->
                Arbitraries.integers().between(1, 8).map(d -> ContactCap.of(n, Duration.ofDays(d))))
        .optional();
  }

  @Provide
  Arbitrary<Set<String>> traits() {
    return Arbitraries.of("spicy", "loud", "mild", "vegan").set().ofMaxSize(3);
  }

  @Provide
  Arbitrary<List<Integer>> contactDays() {
    return Arbitraries.integers().between(0, 10).list().ofMinSize(1).ofMaxSize(5);
  }
}
