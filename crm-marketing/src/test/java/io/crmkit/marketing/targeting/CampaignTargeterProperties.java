package io.crmkit.marketing.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.segmentation.engine.EngineResult;
import io.crmkit.segmentation.engine.Population;
import io.crmkit.segmentation.engine.Scheme;
import io.crmkit.segmentation.engine.SegmentationEngine;
import io.crmkit.testing.core.CoreArbitraries;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class CampaignTargeterProperties {

  static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  @Property(tries = 200)
  void selected_customers_are_consenting_unconflicted_under_the_cap_and_partition_the_audience(
      @ForAll("customerLists") List<Customer> customers,
      @ForAll Channel channel,
      @ForAll boolean optIn,
      @ForAll("contactDays") List<Integer> contactDays) {
    CustomerSummaries.Builder b = CustomerSummaries.builder(TimeScale.DAYS);
    Set<CustomerId> ids = new HashSet<>();
    for (Customer c : customers) {
      if (ids.add(c.id())) {
        b.add(c.id().value(), 1, 1, 3, 10 + ids.size());
      }
    }
    Map<CustomerId, Customer> byId =
        customers.stream()
            .collect(Collectors.toMap(Customer::id, Function.identity(), (x, y) -> x));
    EngineResult run =
        SegmentationEngine.of(Scheme.abc()).run(Population.of(b.build(), byId.values()));
    ContactHistory history = ContactHistory.empty();
    int k = 0;
    for (CustomerId id : ids) {
      int days = contactDays.get(k++ % contactDays.size());
      history = history.plus(List.of(id), Channel.EMAIL, NOW.minus(Duration.ofDays(days)));
    }
    Campaign.Builder cb =
        Campaign.builder("p", channel)
            .inSegments("abc", "A", "B", "C")
            .offerTraits("spicy")
            .cap(ContactCap.of(1, Duration.ofDays(3)));
    if (optIn) {
      cb.requireOptIn();
    }
    TargetingResult r =
        CampaignTargeter.of(
                PreferenceConflicts.none().with("spicy", "sweet"), Clock.fixed(NOW, ZoneOffset.UTC))
            .target(cb.build(), run, history);
    assertThat(r.audience()).isEqualTo(ids.size());
    Set<CustomerId> all = new HashSet<>(r.selected());
    r.excluded().forEach(e -> assertThat(all.add(e.customer())).isTrue());
    assertThat(all).isEqualTo(ids);
    for (CustomerId id : r.selected()) {
      Customer c = byId.get(id);
      assertThat(c.isOptedOut(channel)).isFalse();
      if (optIn) {
        assertThat(c.isOptedIn(channel)).isTrue();
      }
      assertThat(c.preferences()).doesNotContain("sweet", "no-spicy");
      assertThat(history.count(id, NOW.minus(Duration.ofDays(3)), NOW)).isZero();
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<List<Customer>> customerLists() {
    return CoreArbitraries.customers().list().ofMinSize(1).ofMaxSize(20);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<List<Integer>> contactDays() {
    return Arbitraries.integers().between(0, 10).list().ofMinSize(1).ofMaxSize(5);
  }
}
