package io.crmkit.lifecycle.churn.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.feedback.Feedback;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.money.Money;
import io.crmkit.core.repository.InMemoryCustomerRepository;
import io.crmkit.core.repository.InMemoryInteractionRepository;
import io.crmkit.core.repository.InMemoryTransactionRepository;
import io.crmkit.core.service.Priority;
import io.crmkit.core.service.ServiceRequest;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.lifecycle.churn.logistic.DesignMatrix;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChurnFeaturesTest {

  static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  static final TimeSplit SPLIT =
      TimeSplit.at(ZONE, LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30));

  static Instant at(String date) {
    return LocalDate.parse(date).atTime(12, 0).atZone(ZONE).toInstant();
  }

  static Transaction buy(String id, String customer, String date, String amount) {
    return Transaction.purchase(id, customer, at(date), Money.of(amount, "EUR"));
  }

  /**
   * Customer 1: four purchases, buys again in the window; 2: one purchase, gone; 3: two purchases,
   * gone.
   */
  static final List<Transaction> TRANSACTIONS =
      List.of(
          buy("t1", "1", "2026-01-05", "10"),
          buy("t2", "1", "2026-02-10", "20"),
          buy("t3", "1", "2026-03-20", "30"),
          buy("t4", "1", "2026-03-25", "40"),
          buy("t5", "1", "2026-04-15", "50"),
          buy("t6", "2", "2026-01-20", "100"),
          buy("t7", "3", "2026-02-01", "5"),
          buy("t8", "3", "2026-03-01", "7"));

  static CustomerSummaries summaries() {
    return SPLIT.summaries(TRANSACTIONS, TimeScale.DAYS);
  }

  @Test
  void summary_columns_are_in_days_and_currency_units() {
    DesignMatrix m = ChurnFeatures.of(summaries(), SPLIT.featureEnd()).build();
    assertThat(m.names())
        .containsExactly(
            "days_since_last_purchase", "repeat_purchases", "average_spend", "tenure_days");
    assertThat(m.ids()).contains(List.of("1", "2", "3"));
    // customer 1: last purchase 03-25, calibration end 03-31 -> T - t_x = 6 days; 4 purchases of
    // mean 25
    assertThat(m.value(0, 0)).isEqualTo(6);
    assertThat(m.value(0, 1)).isEqualTo(3);
    assertThat(m.value(0, 2)).isEqualTo(25);
    assertThat(m.value(0, 3)).isEqualTo(85); // 01-05 .. 03-31
    assertThat(m.value(1, 2)).isEqualTo(100);
  }

  @Test
  void spend_trend_compares_the_last_window_with_the_one_before_and_ignores_later_purchases() {
    InMemoryTransactionRepository repo = new InMemoryTransactionRepository();
    repo.saveAll(TRANSACTIONS);
    DesignMatrix m =
        ChurnFeatures.of(summaries(), SPLIT.featureEnd())
            .withSpendTrend(repo, Duration.ofDays(30))
            .build();
    double[] trend = m.column("spend_trend");
    // customer 1: last 30 days (03-02..03-31) 30 + 40 = 70; the 30 before (01-31..03-01): 20 -> ln
    // 71 - ln 21
    assertThat(trend[0]).isCloseTo(Math.log(71) - Math.log(21), within(1e-12));
    assertThat(trend[1]).isZero();
    assertThat(trend[2])
        .isCloseTo(Math.log(1) - Math.log(13), within(1e-12)); // 5 + 7 both in the window before
    assertThat(m.columns().get(m.indexOf("spend_trend")).describe(trend[0]))
        .isEqualTo("spend trend 1.22 (log ratio of the last 30 days to the 30 before)");
  }

  @Test
  void an_empty_repository_gives_a_flat_trend() {
    DesignMatrix m =
        ChurnFeatures.of(summaries(), SPLIT.featureEnd())
            .withSpendTrend(new InMemoryTransactionRepository(), Duration.ofDays(30))
            .build();
    assertThat(m.column("spend_trend")).containsExactly(0, 0, 0);
  }

  @Test
  void interactions_are_counted_per_channel_in_the_window() {
    InMemoryInteractionRepository repo = new InMemoryInteractionRepository();
    repo.saveAll(
        List.of(
            Interaction.inbound(
                "i1", CustomerId.of("2"), Channel.EMAIL, at("2026-03-10"), "complaint", ""),
            Interaction.inbound(
                "i2", CustomerId.of("2"), Channel.EMAIL, at("2026-03-11"), "complaint", ""),
            Interaction.inbound(
                "i3", CustomerId.of("3"), Channel.PHONE, at("2026-03-12"), "question", ""),
            Interaction.inbound(
                "i4", CustomerId.of("3"), Channel.PHONE, at("2026-04-12"), "after cut-off", ""),
            Interaction.inbound(
                "i5", CustomerId.of("9"), Channel.CHAT, at("2026-03-12"), "unknown customer", "")));
    DesignMatrix m =
        ChurnFeatures.of(summaries(), SPLIT.featureEnd())
            .withInteractions(repo, Duration.ofDays(90))
            .build();
    assertThat(m.column("interactions_phone")).containsExactly(0, 0, 1);
    assertThat(m.column("interactions_email")).containsExactly(0, 2, 0);
    assertThat(m.names()).doesNotContain("interactions_chat");
  }

  @Test
  void service_requests_give_open_count_and_mean_resolution_with_missing_marked() {
    CustomerId c1 = CustomerId.of("1");
    List<ServiceRequest> requests =
        List.of(
            ServiceRequest.open("s1", c1, at("2026-03-01"), Priority.NORMAL)
                .resolve(at("2026-03-03")),
            ServiceRequest.open("s2", c1, at("2026-03-10"), Priority.NORMAL),
            ServiceRequest.open("s3", CustomerId.of("2"), at("2026-03-30"), Priority.NORMAL)
                .resolve(at("2026-04-02")),
            ServiceRequest.open("s4", CustomerId.of("3"), at("2026-04-05"), Priority.NORMAL));
    DesignMatrix m =
        ChurnFeatures.of(summaries(), SPLIT.featureEnd()).withServiceRequests(requests).build();
    assertThat(m.column("open_service_requests")).containsExactly(1, 1, 0);
    double[] hours = m.column("mean_resolution_hours");
    assertThat(hours[0]).isEqualTo(48);
    assertThat(hours[1]).isNaN();
    assertThat(hours[2]).isNaN();
  }

  @Test
  void feedback_gives_the_latest_answers_before_the_cut_off() {
    CustomerId c1 = CustomerId.of("1");
    List<Feedback> answers =
        List.of(
            Feedback.nps("f2", c1, at("2026-03-20"), 3),
            Feedback.nps("f1", c1, at("2026-02-20"), 9),
            Feedback.csat("f3", c1, at("2026-03-01"), 4),
            Feedback.nps("f4", c1, at("2026-04-20"), 10));
    DesignMatrix m =
        ChurnFeatures.of(summaries(), SPLIT.featureEnd()).withFeedback(answers).build();
    assertThat(m.value(0, m.indexOf("last_nps"))).isEqualTo(3);
    assertThat(m.value(0, m.indexOf("last_csat"))).isEqualTo(4);
    assertThat(m.value(1, m.indexOf("last_nps"))).isNaN();
  }

  @Test
  void a_supplied_tier_column_is_aligned_by_customer() {
    DesignMatrix m =
        ChurnFeatures.of(summaries(), SPLIT.featureEnd())
            .withColumn(
                io.crmkit.lifecycle.churn.logistic.FeatureColumn.of("tier", "tier {}"),
                id -> id.value().equals("2") ? 3 : Double.NaN)
            .build();
    assertThat(m.value(1, m.indexOf("tier"))).isEqualTo(3);
    assertThat(m.value(0, m.indexOf("tier"))).isNaN();
  }

  @Test
  void tier_is_the_rank_of_a_customer_attribute() {
    InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    Instant created = Instant.parse("2025-01-01T00:00:00Z");
    customers.save(Customer.builder("1", created).attribute("tier", "SILVER").build());
    customers.save(Customer.builder("2", created).attribute("tier", "platinum").build());
    DesignMatrix m =
        ChurnFeatures.of(summaries(), SPLIT.featureEnd())
            .withTier(customers, "tier", List.of("bronze", "silver", "gold"))
            .build();
    double[] tier = m.column("tier");
    assertThat(tier[0])
        .isEqualTo(1); // "SILVER" matches "silver" under Turkish default locale too (no dotless ı)
    assertThat(tier[1]).isNaN(); // unknown tier name
    assertThat(tier[2]).isNaN(); // customer not stored
  }

  @Test
  void time_split_labels_customers_without_a_purchase_in_the_window() {
    assertThat(TimeSplit.labels(summaries())).containsExactly(false, true, true);
    assertThat(SPLIT.featureEnd()).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
    assertThat(SPLIT)
        .hasToString(
            "TimeSplit[features to 2026-03-31, churn = no purchase 2026-04-01..2026-06-30 (Europe/Berlin)]");
  }
}
