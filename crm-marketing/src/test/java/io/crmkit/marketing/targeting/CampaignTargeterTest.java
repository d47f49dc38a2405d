package io.crmkit.marketing.targeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.Consent;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.segmentation.engine.EngineResult;
import io.crmkit.segmentation.engine.Population;
import io.crmkit.segmentation.engine.Scheme;
import io.crmkit.segmentation.engine.SegmentationEngine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CampaignTargeterTest {

  static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  /**
   * Customers 1..7 with spend 70, 60, ..., 10 → ABC by count 3/3: A = 1, 2, 3; B = 4, 5, 6; C = 7.
   */
  static EngineResult run(List<Customer> customers) {
    CustomerSummaries.Builder b = CustomerSummaries.builder(TimeScale.DAYS);
    for (int i = 1; i <= 7; i++) {
      b.add(Integer.toString(i), 1, 1, 5, 80 - 10 * i);
    }
    return SegmentationEngine.of(
            Scheme.abc(
                "abc",
                io.crmkit.segmentation.abc.AbcClassifier.byCustomerCount(0.4, 0.4),
                io.crmkit.segmentation.abc.SummaryMeasure.TOTAL_SPEND))
        .run(Population.of(b.build(), customers));
  }

  static Customer.Builder customer(int id) {
    return Customer.builder(Integer.toString(id), Instant.EPOCH).tag("foodie");
  }

  @Test
  void selects_the_segment_and_tag_and_excludes_with_reasons() {
    List<Customer> customers =
        List.of(
            customer(1).consent(Channel.EMAIL, Consent.OPTED_IN).build(),
            customer(2).consent(Channel.EMAIL, Consent.OPTED_OUT).build(),
            customer(3).preference("sweet").build(),
            // 4 has no record
            customer(5).preference("no-spicy").build(),
            Customer.builder("6", Instant.EPOCH).build(), // no foodie tag: not in the audience
            customer(7).build()); // class C: not in the audience
    EngineResult run = run(customers);
    Campaign spicy =
        Campaign.builder("Spicy week", Channel.EMAIL)
            .inSegments("abc", "A", "B")
            .withTag("foodie")
            .offerTraits("spicy")
            .cap(ContactCap.of(2, Duration.ofDays(7)))
            .build();
    ContactHistory history = ContactHistory.of(List.of());
    TargetingResult r =
        CampaignTargeter.of(PreferenceConflicts.none().with("spicy", "sweet", "mild"), CLOCK)
            .target(spicy, run, history);
    assertThat(r.selected()).containsExactly(CustomerId.of("1"));
    assertThat(r.excluded())
        .containsExactly(
            new Exclusion(CustomerId.of("2"), ExclusionReason.OPTED_OUT, "EMAIL"),
            new Exclusion(
                CustomerId.of("3"),
                ExclusionReason.PREFERENCE_CONFLICT,
                "prefers 'sweet', which contradicts 'spicy'"),
            new Exclusion(CustomerId.of("4"), ExclusionReason.NO_CUSTOMER_RECORD, ""),
            new Exclusion(
                CustomerId.of("5"),
                ExclusionReason.PREFERENCE_CONFLICT,
                "prefers 'no-spicy', which refuses 'spicy'"));
    assertThat(r.audience()).isEqualTo(5);
    assertThat(r.exclusionCounts()).containsEntry(ExclusionReason.PREFERENCE_CONFLICT, 2);
    assertThat(r.toString()).contains("1 of 5 selected");
  }

  @Test
  void contact_cap_counts_contacts_in_the_window_ending_now() {
    List<Customer> customers =
        List.of(customer(1).build(), customer(2).build(), customer(3).build());
    EngineResult run = run(customers);
    Campaign c =
        Campaign.builder("Weekly", Channel.SMS)
            .inSegments("abc", "A")
            .cap(ContactCap.of(2, Duration.ofDays(7)))
            .build();
    ContactHistory history =
        ContactHistory.empty()
            .plus(
                List.of(CustomerId.of("1"), CustomerId.of("2")),
                Channel.EMAIL,
                NOW.minus(Duration.ofDays(1)))
            .plus(List.of(CustomerId.of("1")), Channel.SMS, NOW.minus(Duration.ofDays(6)))
            .plus(
                List.of(CustomerId.of("2")),
                Channel.SMS,
                NOW.minus(Duration.ofDays(7))); // on the edge: outside
    TargetingResult r =
        CampaignTargeter.of(PreferenceConflicts.none(), CLOCK).target(c, run, history);
    assertThat(r.selected()).containsExactly(CustomerId.of("2"), CustomerId.of("3"));
    assertThat(r.excluded())
        .containsExactly(
            new Exclusion(CustomerId.of("1"), ExclusionReason.CONTACT_CAP, "2 contacts in PT168H"));
    // after sending, 2 is at the cap too
    ContactHistory after = history.plus(r.selected(), Channel.SMS, NOW);
    assertThat(
            CampaignTargeter.of(PreferenceConflicts.none(), CLOCK).target(c, run, after).selected())
        .containsExactly(CustomerId.of("3"));
  }

  @Test
  void opt_in_policy_needs_an_explicit_opt_in() {
    List<Customer> customers =
        List.of(customer(1).consent(Channel.SMS, Consent.OPTED_IN).build(), customer(2).build());
    Campaign c = Campaign.builder("Opt-in only", Channel.SMS).requireOptIn().build();
    TargetingResult r =
        CampaignTargeter.of(PreferenceConflicts.none(), CLOCK)
            .target(c, run(customers), ContactHistory.empty());
    assertThat(r.selected()).containsExactly(CustomerId.of("1"));
    assertThat(r.exclusionCounts())
        .isEqualTo(Map.of(ExclusionReason.NO_OPT_IN, 1, ExclusionReason.NO_CUSTOMER_RECORD, 5));
  }

  @Test
  void unknown_segments_are_refused() {
    Campaign c = Campaign.builder("x", Channel.SMS).inSegments("abc", "Z").build();
    assertThatThrownBy(
            () ->
                CampaignTargeter.of(PreferenceConflicts.none(), CLOCK)
                    .target(c, run(List.of()), ContactHistory.empty()))
        .hasMessageContaining("segment 'Z' of campaign x must be one of");
    assertThatThrownBy(() -> ContactCap.of(0, Duration.ofDays(1)))
        .hasMessage("maxContacts must be positive but was: 0");
  }
}
