package io.crmkit.identity.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.money.Money;
import io.crmkit.core.service.ServiceRequest;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.lifecycle.reminder.ReminderKind;
import io.crmkit.segmentation.rfm.RfmScorer;
import io.crmkit.segmentation.rfm.SegmentTable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CustomerProfileTest {

  private final ProfileFixture f = new ProfileFixture(7, 400);
  private final CustomerProfile ada =
      CustomerProfile.of(ProfileFixture.ADA, f.sources(), ProfileFixture.settings());

  @Test
  void identity_contacts_consents_tags_and_source_ids_come_from_the_customer_record() {
    assertThat(ada.at()).isEqualTo(ProfileFixture.NOW);
    assertThat(ada.customer()).isEqualTo(f.customers.findById(ProfileFixture.ADA).orElseThrow());
    assertThat(ada.sourceIds()).containsExactly("ada", "web-9");
    assertThat(ada.customer().preferences()).containsExactly("tea");
  }

  @Test
  void purchases_are_the_summary_row_of_the_customer_with_the_rfm_cell_of_the_whole_population() {
    List<Transaction> upToNow;
    try (Stream<Transaction> all = f.transactions.streamAll()) {
      upToNow = all.filter(t -> !t.timestamp().isAfter(ProfileFixture.NOW)).toList();
    }
    CustomerSummaries s =
        CustomerSummaries.of(
            upToNow,
            SummaryOptions.of(ProfileFixture.UTC, TimeScale.WEEKS, LocalDate.of(2026, 1, 15)));
    int row = s.indexOf(ProfileFixture.ADA).orElseThrow();
    PurchaseProfile p = ada.purchases().orElseThrow();
    assertThat(p.transactions())
        .isEqualTo(6); // the purchase after the profile's instant is not counted
    assertThat(p.frequency()).isEqualTo(s.frequency(row));
    assertThat(p.recency()).isEqualTo(s.recency(row));
    assertThat(p.totalSpend()).isEqualTo(Money.of("240.00", "GBP"));
    assertThat(p.firstPurchase()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(p.lastPurchase()).isEqualTo(LocalDate.of(2025, 1, 1).plusDays(200));
    assertThat(p.rfmCell()).isEqualTo(RfmScorer.quintiles().score(s).cell(row));
    assertThat(p.segment())
        .isEqualTo(SegmentTable.standard().assign(RfmScorer.quintiles().score(s)).segmentName(row));
  }

  @Test
  void churn_has_a_probability_band_and_reasons_and_clv_is_in_the_customers_currency() {
    assertThat(ada.churn()).isPresent();
    assertThat(ada.churn().orElseThrow().probability()).isBetween(0.0, 1.0);
    assertThat(ada.churn().orElseThrow().customerId()).isEqualTo(ProfileFixture.ADA);
    assertThat(ada.clv()).isPresent();
    assertThat(ada.clv().orElseThrow().currency().getCurrencyCode()).isEqualTo("GBP");
    assertThat(ada.clv().orElseThrow().isNegative()).isFalse();
    assertThat(ada.stage().orElseThrow().name()).isEqualTo("LOYAL");
  }

  @Test
  void loyalty_shows_balance_and_the_points_expiring_within_the_window() {
    LoyaltyProfile l = ada.loyalty().orElseThrow();
    assertThat(l.available()).isEqualTo(250); // 120 expired, 300 earned, 50 redeemed
    assertThat(l.lifetimeEarned()).isEqualTo(420);
    assertThat(l.expiringPoints()).isEqualTo(250);
    assertThat(l.expiringSoon().get(0).expiresAt())
        .isAfter(ProfileFixture.NOW)
        .isBeforeOrEqualTo(ProfileFixture.NOW.plus(Duration.ofDays(30)));
    assertThat(l.tier()).isEmpty();
  }

  @Test
  void open_requests_oldest_first_last_interactions_newest_first_feedback_of_the_customer_only() {
    assertThat(ada.openServiceRequests())
        .extracting(ServiceRequest::id)
        .containsExactly("sr-0", "sr-1");
    assertThat(ada.lastInteractions())
        .hasSize(5)
        .extracting(Interaction::id)
        .containsExactly("ada-call", "ada-i6", "ada-i5", "ada-i4", "ada-i3");
    assertThat(ada.feedback()).extracting(fb -> fb.id()).containsExactly("f1", "f2", "f3");
    assertThat(ada.feedbackScores().nps().promoters()).isEqualTo(1);
    assertThat(ada.feedbackScores().nps().detractors()).isEqualTo(1);
    assertThat(ada.feedbackScores().csat().responses()).isEqualTo(1);
  }

  @Test
  void reminders_hold_the_birthday_and_the_scheduled_call_back() {
    assertThat(ada.reminders()).extracting(r -> r.kind()).contains(ReminderKind.BIRTHDAY);
    assertThat(ada.reminders()).anySatisfy(r -> assertThat(r.reference()).isEqualTo("ada-call"));
    assertThat(ada.reminders())
        .allSatisfy(
            r ->
                assertThat(r.date())
                    .isBetween(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 13)));
  }

  @Test
  void a_customer_without_purchases_loyalty_or_lifecycle_has_empty_sections() {
    f.customers.save(
        io.crmkit.core.customer.Customer.builder("newbie", ProfileFixture.NOW).build());
    CustomerProfile p =
        CustomerProfile.of(CustomerId.of("newbie"), f.sources(), ProfileFixture.settings());
    assertThat(p.purchases()).isEmpty();
    assertThat(p.churn()).isEmpty();
    assertThat(p.clv()).isEmpty();
    assertThat(p.loyalty()).isEmpty();
    assertThat(p.stage()).isEmpty();
    assertThat(p.toString()).contains("purchases:    none", "loyalty:      no account");
    ObjectNode json = ProfileJson.tree(p);
    assertThat(json.get("purchases").isNull()).isTrue();
    assertThat(json.get("loyalty").isNull()).isTrue();
  }

  @Test
  void an_unknown_customer_is_named() {
    assertThatThrownBy(
            () ->
                CustomerProfile.of(CustomerId.of("nobody"), f.sources(), ProfileFixture.settings()))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("nobody");
  }

  @Test
  void json_is_one_strict_document_with_every_section() {
    String text = ProfileJson.write(ada);
    ObjectNode json = ProfileJson.parse(text);
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly(
            "at",
            "customer",
            "sourceIds",
            "purchases",
            "lifecycle",
            "churn",
            "clv",
            "loyalty",
            "openServiceRequests",
            "lastInteractions",
            "feedback",
            "reminders");
    assertThat(json.at("/customer/id").asText()).isEqualTo("ada");
    assertThat(json.at("/purchases/totalSpend/amount").asText()).isEqualTo("240.00");
    assertThat(json.at("/purchases/rfmCell").asText())
        .isEqualTo(ada.purchases().orElseThrow().rfmCell());
    assertThat(json.at("/loyalty/available").asLong()).isEqualTo(250);
    assertThat(json.at("/lifecycle/stage").asText()).isEqualTo("LOYAL");
    assertThat(json.at("/openServiceRequests")).hasSize(2);
    assertThat(json.at("/feedback/answers")).hasSize(3);
    JsonNode churn = json.get("churn");
    assertThat(churn.get("probability").asDouble())
        .isEqualTo(ada.churn().orElseThrow().probability());
    assertThatThrownBy(() -> ProfileJson.parse("{\"at\":1,\"at\":2}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at");
    assertThatThrownBy(() -> ProfileJson.parse("[]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("object");
  }

  @Test
  void to_string_reads_as_a_card() {
    String s = ada.toString();
    assertThat(s).startsWith("customer ada Ada Lovelace (profile at 2026-01-15T12:00:00Z)");
    assertThat(s)
        .contains(
            "source ids:   ada, web-9",
            "RFM " + ada.purchases().orElseThrow().rfmCell(),
            "lifecycle:    LOYAL",
            "250 pts available",
            "sr-1 HIGH OPEN",
            "BIRTHDAY");
  }
}
