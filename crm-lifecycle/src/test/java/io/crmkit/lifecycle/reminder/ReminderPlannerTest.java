package io.crmkit.lifecycle.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.money.Money;
import io.crmkit.lifecycle.stage.DefaultLifecycle;
import io.crmkit.lifecycle.stage.Lifecycle;
import io.crmkit.lifecycle.stage.LifecycleEngine;
import io.crmkit.lifecycle.stage.LifecycleEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderPlannerTest {

  private static final Instant NOW = Instant.parse("2025-02-27T09:00:00Z");
  private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
  private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
  private final ReminderPlanner planner =
      ReminderPlanner.of(Clock.fixed(NOW, ZoneOffset.UTC), ZoneOffset.UTC);

  private static Customer leapling() {
    return Customer.builder(CustomerId.of("leap"), NOW)
        .birthDate(LocalDate.of(2000, 2, 29))
        .build();
  }

  private static List<String> texts(List<Reminder> reminders) {
    return reminders.stream().map(Reminder::toString).toList();
  }

  @Test
  void birthday_of_29_february_falls_on_28_february_in_common_years_by_default() {
    ReminderSources s = ReminderSources.none().withCustomers(List.of(leapling()));
    assertThat(texts(planner.plan(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 31), s)))
        .containsExactly("2025-02-28 BIRTHDAY leap: birthday (25 years) [birthDate]");
    assertThat(texts(planner.plan(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 3, 31), s)))
        .containsExactly("2028-02-29 BIRTHDAY leap: birthday (28 years) [birthDate]");
  }

  @Test
  void birthday_of_29_february_can_fall_on_1_march() {
    ReminderSources s = ReminderSources.none().withCustomers(List.of(leapling()));
    assertThat(
            planner
                .withLeapDayRule(LeapDayRule.MARCH_1)
                .plan(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 31), s))
        .extracting(Reminder::date)
        .containsExactly(LocalDate.of(2025, 3, 1));
  }

  @Test
  void range_across_new_year_finds_both_years() {
    Customer c =
        Customer.builder(CustomerId.of("c"), NOW)
            .birthDate(LocalDate.of(1990, 12, 31))
            .dateAttribute("wedding", LocalDate.of(2015, 1, 1))
            .build();
    ReminderSources s = ReminderSources.none().withCustomers(List.of(c));
    assertThat(
            texts(
                planner
                    .withAnniversaries("wedding")
                    .plan(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 2), s)))
        .containsExactly(
            "2024-12-31 BIRTHDAY c: birthday (34 years) [birthDate]",
            "2025-01-01 ANNIVERSARY c: wedding anniversary (10 years) [wedding]");
  }

  @Test
  void no_birthday_reminder_in_the_year_of_birth() {
    Customer baby =
        Customer.builder(CustomerId.of("b"), NOW).birthDate(LocalDate.of(2025, 1, 5)).build();
    assertThat(
            planner.plan(
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31),
                ReminderSources.none().withCustomers(List.of(baby))))
        .isEmpty();
  }

  @Test
  void follow_up_date_is_read_in_the_customers_time_zone() {
    Customer kiwi = Customer.builder(CustomerId.of("kiwi"), NOW).zone(AUCKLAND).build();
    Customer angeleno = Customer.builder(CustomerId.of("la"), NOW).zone(LA).build();
    Instant callBack =
        Instant.parse("2025-03-10T20:00:00Z"); // 11 March 09:00 in Auckland, 10 March 13:00 in LA
    Interaction i1 =
        Interaction.inbound("i1", kiwi.id(), Channel.PHONE, NOW, "billing", "call back")
            .withFollowUpAt(callBack);
    Interaction i2 =
        Interaction.inbound("i2", angeleno.id(), Channel.EMAIL, NOW, "", "")
            .withFollowUpAt(callBack);
    ReminderSources s =
        ReminderSources.none()
            .withCustomers(List.of(kiwi, angeleno))
            .withInteractions(List.of(i1, i2));
    assertThat(texts(planner.plan(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 10), s)))
        .containsExactly("2025-03-10 FOLLOW_UP la: follow up at 13:00 [i2]");
    assertThat(texts(planner.plan(LocalDate.of(2025, 3, 11), LocalDate.of(2025, 3, 11), s)))
        .containsExactly("2025-03-11 FOLLOW_UP kiwi: call back: billing at 09:00 [i1]");
  }

  @Test
  void payments_due_in_the_range_are_listed() {
    PaymentDue p =
        new PaymentDue(
            CustomerId.of("c"), "inv-7", LocalDate.of(2025, 3, 1), Money.of("99.90", "EUR"));
    PaymentDue later =
        new PaymentDue(CustomerId.of("c"), "inv-8", LocalDate.of(2025, 4, 1), Money.of("5", "EUR"));
    assertThat(texts(planner.planNext(7, ReminderSources.none().withPayments(List.of(p, later)))))
        .containsExactly("2025-03-01 PAYMENT_DUE c: payment of 99.90 EUR due [inv-7]");
  }

  @Test
  void
      win_back_is_due_when_silence_reaches_the_configured_days_and_at_risk_when_the_move_happened() {
    LifecycleEngine engine = LifecycleEngine.of(DefaultLifecycle.definition());
    Lifecycle l = engine.start("c", Instant.parse("2024-01-01T00:00:00Z"));
    l =
        engine.apply(
            l,
            new LifecycleEvent.Purchase(
                "p1", "c", Instant.parse("2024-12-01T10:00:00Z"), Money.of("10", "EUR")));
    l =
        engine.apply(
            l,
            LifecycleEvent.reEvaluation(
                CustomerId.of("c"), Instant.parse("2025-03-01T06:00:00Z"), 0.7));
    ReminderSources s = ReminderSources.none().withLifecycles(List.of(l));
    assertThat(
            texts(
                planner
                    .withWinBackAfterDays(90)
                    .withFirstPurchaseAnniversary(false)
                    .plan(LocalDate.of(2025, 2, 27), LocalDate.of(2025, 3, 5), s)))
        .containsExactly(
            "2025-03-01 AT_RISK c: now AT_RISK: churn risk at 06:00 [re-evaluation@2025-03-01T06:00:00Z]",
            "2025-03-01 WIN_BACK c: silent 90 days since 2024-12-01");
  }

  @Test
  void first_purchase_anniversary_comes_from_the_lifecycle() {
    LifecycleEngine engine = LifecycleEngine.of(DefaultLifecycle.definition());
    Lifecycle l =
        engine.apply(
            engine.start("c", Instant.parse("2023-01-01T00:00:00Z")),
            new LifecycleEvent.Purchase(
                "p1", "c", Instant.parse("2023-03-02T23:00:00Z"), Money.of("10", "EUR")));
    Customer c =
        Customer.builder(CustomerId.of("c"), NOW).zone(AUCKLAND).build(); // 3 March in Auckland
    ReminderSources s = ReminderSources.none().withCustomers(List.of(c)).withLifecycles(List.of(l));
    assertThat(planner.plan(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 4), s))
        .filteredOn(r -> r.kind() == ReminderKind.ANNIVERSARY)
        .extracting(Reminder::toString)
        .containsExactly(
            "2025-03-03 ANNIVERSARY c: first purchase anniversary (2 years) [firstPurchase]");
  }

  @Test
  void plan_next_starts_today_from_the_clock() {
    assertThat(planner.today()).isEqualTo(LocalDate.of(2025, 2, 27));
    assertThat(
            texts(planner.planNext(2, ReminderSources.none().withCustomers(List.of(leapling())))))
        .containsExactly("2025-02-28 BIRTHDAY leap: birthday (25 years) [birthDate]");
  }

  @Test
  void reminders_are_sorted_by_date_then_kind_then_customer() {
    Customer a =
        Customer.builder(CustomerId.of("a"), NOW).birthDate(LocalDate.of(1980, 3, 1)).build();
    Customer b =
        Customer.builder(CustomerId.of("b"), NOW).birthDate(LocalDate.of(1981, 3, 1)).build();
    PaymentDue p =
        new PaymentDue(CustomerId.of("b"), "inv", LocalDate.of(2025, 3, 1), Money.of("1", "EUR"));
    assertThat(
            planner.plan(
                LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 1),
                new ReminderSources(List.of(b, a), List.of(), List.of(p), List.of())))
        .extracting(r -> r.kind() + " " + r.customer())
        .containsExactly("PAYMENT_DUE b", "BIRTHDAY a", "BIRTHDAY b");
  }

  @Test
  void malformed_dated_attribute_is_reported_with_customer_and_key() {
    Customer c = Customer.builder(CustomerId.of("c"), NOW).attribute("wedding", "June").build();
    assertThatThrownBy(
            () ->
                planner
                    .withAnniversaries("wedding")
                    .plan(
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 12, 31),
                        ReminderSources.none().withCustomers(List.of(c))))
        .hasMessageContaining("attribute 'wedding' of customer c must be an ISO date");
  }

  @Test
  void an_inverted_range_is_rejected() {
    assertThatThrownBy(
            () ->
                planner.plan(
                    LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1), ReminderSources.none()))
        .hasMessage("to must not be before from 2025-01-02 but was: 2025-01-01");
  }
}
