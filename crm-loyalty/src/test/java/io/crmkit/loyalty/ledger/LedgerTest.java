package io.crmkit.loyalty.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.TransactionId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerTest {

  private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(ZONE).toInstant();
  }

  private static Ledger ledger() {
    return Ledger.create(LedgerPolicy.simple(ZONE));
  }

  @Test
  void earn_appends_an_entry_with_its_reason_and_a_lot() {
    Ledger l = ledger();
    Posting p =
        l.earnForPurchase(
            "k1",
            at("2024-01-10T10:00"),
            TransactionId.of("T1"),
            Money.of(new BigDecimal("42.00"), "EUR"),
            42,
            "1 pt per 1.00");
    assertThat(p.points()).isEqualTo(42);
    LedgerEntry e = l.entry(0);
    assertThat(e.type()).isEqualTo(EntryType.EARN);
    assertThat(e.reason()).isEqualTo("1 pt per 1.00");
    assertThat(e.reference()).contains(new TransactionId("T1"));
    assertThat(l.lots())
        .singleElement()
        .satisfies(
            lot -> {
              assertThat(lot.points()).isEqualTo(42);
              assertThat(lot.remaining()).isEqualTo(42);
            });
  }

  @Test
  void retried_operation_returns_the_first_result_and_has_no_second_effect() {
    Ledger l = ledger();
    Posting first = l.earn("bonus-1", at("2024-01-10T10:00"), 100, "sign-up bonus");
    Posting again =
        l.earn("bonus-1", at("2024-01-11T10:00"), 100, "sign-up bonus"); // later, same request
    assertThat(again).isEqualTo(first);
    assertThat(l.size()).isEqualTo(1);
    Posting r1 = l.redeem("r-1", at("2024-01-12T10:00"), 30, "coffee");
    assertThat(l.redeem("r-1", at("2024-01-12T10:00"), 30, "coffee")).isEqualTo(r1);
    assertThat(l.balanceAt(at("2024-01-13T00:00")).available()).isEqualTo(70);
  }

  @Test
  void redemption_consumes_lots_first_earned_first_and_links_them() {
    Ledger l = ledger();
    l.earn("a", at("2024-01-01T10:00"), 50, "a");
    l.earn("b", at("2024-01-02T10:00"), 50, "b");
    Posting r = l.redeem("r", at("2024-01-03T10:00"), 70, "gift");
    assertThat(r.entries().get(0).allocations())
        .containsExactly(Allocation.of(0, 50), Allocation.of(1, 20));
    assertThat(l.consumptionsOf(1)).containsExactly(r.entries().get(0));
    assertThat(l.lots()).extracting(Lot::remaining).containsExactly(0L, 30L);
  }

  @Test
  void soonest_expiring_first_takes_promotional_points_before_older_points() {
    Ledger l =
        Ledger.create(
            LedgerPolicy.simple(ZONE)
                .withConsumptionOrder(ConsumptionOrder.SOONEST_EXPIRING_FIRST)
                .withExpiry(ExpiryPolicy.endOfYearAfter(12)));
    l.earn("old", at("2024-01-01T10:00"), 50, "purchase");
    l.earnExpiringAt("promo", at("2024-02-01T10:00"), 50, "promo", at("2024-03-01T00:00"));
    Posting r = l.redeem("r", at("2024-02-10T10:00"), 60, "gift");
    assertThat(r.entries().get(0).allocations())
        .containsExactly(Allocation.of(1, 50), Allocation.of(0, 10));
  }

  @Test
  void insufficient_points_is_a_clear_error_and_deducts_nothing() {
    Ledger l = ledger();
    l.earn("a", at("2024-01-01T10:00"), 50, "a");
    assertThatThrownBy(() -> l.redeem("r", at("2024-01-02T10:00"), 80, "gift"))
        .isInstanceOf(InsufficientPointsException.class)
        .hasMessageContaining("needs 80 points but only 50 are available");
    assertThat(l.size()).isEqualTo(1);
    assertThat(l.posting("r")).isEmpty();
    assertThat(l.balanceAt(at("2024-01-03T00:00")).available()).isEqualTo(50);
    l.earn("b", at("2024-01-04T10:00"), 50, "b");
    assertThatThrownBy(() -> l.redeem("r", at("2024-01-02T10:00"), 80, "gift"))
        .isInstanceOf(InsufficientPointsException.class)
        .hasMessageContaining("retry");
    assertThat(l.redeem("r2", at("2024-01-05T10:00"), 80, "gift").points()).isEqualTo(-80);
  }

  @Test
  void pending_points_become_available_after_the_lock_period() {
    Ledger l = Ledger.create(LedgerPolicy.simple(ZONE).withLockPeriod(Duration.ofDays(14)));
    l.earnForPurchase(
        "p",
        at("2024-02-20T10:00"),
        TransactionId.of("T1"),
        Money.of(BigDecimal.TEN, "EUR"),
        100,
        "purchase");
    Balance during = l.balanceAt(at("2024-03-05T09:59"));
    assertThat(during.pending()).isEqualTo(100);
    assertThat(during.available()).isZero();
    assertThatThrownBy(() -> l.redeem("r", at("2024-03-05T09:59"), 1, "gift"))
        .isInstanceOf(InsufficientPointsException.class);
    Balance after = l.balanceAt(at("2024-03-05T10:00"));
    assertThat(after.pending()).isZero();
    assertThat(after.available()).isEqualTo(100);
  }

  @Test
  void full_refund_during_the_lock_period_reverses_the_pending_points() {
    Ledger l = Ledger.create(LedgerPolicy.simple(ZONE).withLockPeriod(Duration.ofDays(14)));
    l.earnForPurchase(
        "p",
        at("2024-02-20T10:00"),
        TransactionId.of("T1"),
        Money.of(new BigDecimal("80.00"), "EUR"),
        80,
        "purchase");
    Posting r =
        l.refund(
            "f",
            at("2024-02-25T10:00"),
            TransactionId.of("T1"),
            Money.of(new BigDecimal("80.00"), "EUR"),
            "refund R1");
    assertThat(r.points()).isEqualTo(-80);
    assertThat(r.entries().get(0).allocations()).containsExactly(Allocation.of(0, 80));
    Balance b = l.balanceAt(at("2024-03-30T00:00"));
    assertThat(b.total()).isZero();
    assertThat(b.reversed()).isEqualTo(80);
  }

  @Test
  void partial_refunds_reverse_proportionally_and_add_up_to_the_full_reversal() {
    Ledger l = ledger();
    l.earnForPurchase(
        "p",
        at("2024-01-10T10:00"),
        TransactionId.of("T1"),
        Money.of(new BigDecimal("30.00"), "EUR"),
        100,
        "purchase");
    // 10/30 of 100 = 33.33 -> 33 (HALF_UP)
    assertThat(
            l.refund(
                    "f1",
                    at("2024-01-11T10:00"),
                    TransactionId.of("T1"),
                    Money.of(new BigDecimal("10.00"), "EUR"),
                    "refund")
                .points())
        .isEqualTo(-33);
    // 20/30 -> 66.67 -> 67: reverses 34 more
    assertThat(
            l.refund(
                    "f2",
                    at("2024-01-12T10:00"),
                    TransactionId.of("T1"),
                    Money.of(new BigDecimal("10.00"), "EUR"),
                    "refund")
                .points())
        .isEqualTo(-34);
    assertThat(
            l.refund(
                    "f3",
                    at("2024-01-13T10:00"),
                    TransactionId.of("T1"),
                    Money.of(new BigDecimal("10.00"), "EUR"),
                    "refund")
                .points())
        .isEqualTo(-33);
    // refunding more than the purchase reverses nothing more
    assertThat(
            l.refund(
                    "f4",
                    at("2024-01-14T10:00"),
                    TransactionId.of("T1"),
                    Money.of(new BigDecimal("5.00"), "EUR"),
                    "refund")
                .entries())
        .isEmpty();
    assertThat(l.balanceAt(at("2024-01-15T00:00")).total()).isZero();
  }

  @Test
  void refund_of_spent_points_is_capped_at_zero_with_the_shortfall_reported() {
    Ledger l = ledger();
    l.earnForPurchase(
        "p",
        at("2024-01-10T10:00"),
        TransactionId.of("T1"),
        Money.of(new BigDecimal("100"), "EUR"),
        100,
        "purchase");
    l.earn("b", at("2024-01-10T11:00"), 20, "bonus");
    l.redeem("r", at("2024-01-11T10:00"), 110, "gift");
    Posting refund =
        l.refund(
            "f",
            at("2024-01-12T10:00"),
            TransactionId.of("T1"),
            Money.of(new BigDecimal("100"), "EUR"),
            "refund");
    assertThat(refund.points()).isEqualTo(-10);
    assertThat(refund.shortfall()).isEqualTo(90);
    assertThat(l.balanceAt(at("2024-01-13T00:00")).available()).isZero();
  }

  @Test
  void refund_of_spent_points_goes_negative_when_allowed_and_later_earnings_repay_it() {
    Ledger l =
        Ledger.create(
            LedgerPolicy.simple(ZONE).withNegativeBalance(NegativeBalancePolicy.ALLOW_NEGATIVE));
    l.earnForPurchase(
        "p",
        at("2024-01-10T10:00"),
        TransactionId.of("T1"),
        Money.of(new BigDecimal("100"), "EUR"),
        100,
        "purchase");
    l.redeem("r", at("2024-01-11T10:00"), 100, "gift");
    Posting refund =
        l.refund(
            "f",
            at("2024-01-12T10:00"),
            TransactionId.of("T1"),
            Money.of(new BigDecimal("100"), "EUR"),
            "refund");
    assertThat(refund.points()).isEqualTo(-100);
    assertThat(refund.shortfall()).isZero();
    assertThat(l.balanceAt(at("2024-01-13T00:00")).available()).isEqualTo(-100);
    Posting earn = l.earn("e", at("2024-01-14T10:00"), 150, "bonus");
    assertThat(earn.entries().get(0).debtChange()).isEqualTo(-100);
    Balance b = l.balanceAt(at("2024-01-15T00:00"));
    assertThat(b.available()).isEqualTo(50);
    assertThat(b.reversed()).isEqualTo(100);
    assertThat(l.debt()).isZero();
  }

  @Test
  void expiry_at_end_of_month_is_booked_at_its_instant_and_is_idempotent() {
    Ledger l = Ledger.create(LedgerPolicy.simple(ZONE).withExpiry(ExpiryPolicy.endOfMonthAfter(1)));
    l.earn("a", at("2024-01-31T23:00"), 40, "a"); // valid through 29 February 2024
    l.earn("b", at("2024-02-01T00:30"), 60, "b"); // valid through 31 March 2024
    assertThat(l.balanceAt(at("2024-02-29T23:59")).available()).isEqualTo(100);
    Posting first = l.expire("x1", at("2024-03-15T00:00"));
    assertThat(first.entries())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EntryType.EXPIRE);
              assertThat(e.at()).isEqualTo(at("2024-03-01T00:00"));
              assertThat(e.points()).isEqualTo(-40);
            });
    assertThat(l.expire("x2", at("2024-03-15T00:00")).entries()).isEmpty();
    assertThat(l.balanceAt(at("2024-03-01T00:00")).expired()).isEqualTo(40);
    assertThat(l.balanceAt(at("2024-02-29T23:59")).expired()).isZero();
  }

  @Test
  void expire_due_needs_no_key_and_books_nothing_twice() {
    Ledger l =
        Ledger.create(LedgerPolicy.simple(ZONE).withExpiry(ExpiryPolicy.daysAfterEarning(0)));
    l.earn("a", at("2024-02-29T12:00"), 40, "a");
    assertThat(l.availableAt(at("2024-02-29T23:59"))).isEqualTo(40);
    assertThat(l.availableAt(at("2024-03-01T00:00"))).isZero();
    assertThat(l.expireDue(at("2024-03-02T00:00")))
        .singleElement()
        .satisfies(e -> assertThat(e.at()).isEqualTo(at("2024-03-01T00:00")));
    assertThat(l.expireDue(at("2024-03-02T00:00"))).isEmpty();
  }

  @Test
  void balance_counts_due_expiry_before_any_operation_books_it() {
    Ledger l =
        Ledger.create(LedgerPolicy.simple(ZONE).withExpiry(ExpiryPolicy.daysAfterEarning(10)));
    l.earn("a", at("2024-12-25T12:00"), 40, "a");
    assertThat(l.balanceAt(at("2025-01-04T23:59")).available()).isEqualTo(40);
    Balance b = l.balanceAt(at("2025-01-05T00:00"));
    assertThat(b.available()).isZero();
    assertThat(b.expired()).isEqualTo(40);
  }

  @Test
  void inactivity_expires_everything_and_activity_resets_the_clock() {
    Ledger l = Ledger.create(LedgerPolicy.simple(ZONE).withExpiry(ExpiryPolicy.afterInactivity(6)));
    l.earn("a", at("2023-08-31T10:00"), 40, "a");
    l.earn("b", at("2023-09-01T10:00"), 60, "b"); // activity: valid through 1 March 2024
    assertThat(l.balanceAt(at("2024-03-01T23:59")).available()).isEqualTo(100);
    assertThat(l.balanceAt(at("2024-03-02T00:00")).expired()).isEqualTo(100);
    Posting p = l.earn("c", at("2024-06-01T10:00"), 10, "c");
    assertThat(p.entries().get(0).type()).isEqualTo(EntryType.EXPIRE);
    assertThat(p.entries().get(0).at()).isEqualTo(at("2024-03-02T00:00"));
    assertThat(l.balanceAt(at("2024-06-02T00:00")).available()).isEqualTo(10);
  }

  @Test
  void a_lot_created_at_the_inactivity_deadline_survives_it_and_restarts_the_clock() {
    Ledger l = Ledger.create(LedgerPolicy.simple(ZONE).withExpiry(ExpiryPolicy.afterInactivity(3)));
    l.earn("a", at("2023-12-30T09:00"), 1, "a");
    Posting adj = l.adjust("b", at("2024-03-31T00:00"), 1, "goodwill"); // the deadline itself
    assertThat(adj.entries())
        .extracting(LedgerEntry::type)
        .containsExactly(EntryType.EXPIRE, EntryType.ADJUST);
    assertThat(l.availableAt(at("2024-03-31T00:00"))).isEqualTo(1);
    assertThat(l.balanceAt(at("2024-03-31T00:00")).available()).isEqualTo(1);
    assertThat(l.balanceAt(at("2024-07-01T00:00")).expired()).isEqualTo(2);
  }

  @Test
  void balance_at_a_past_instant_replays_the_entries_up_to_it() {
    Ledger l = ledger();
    l.earn("a", at("2024-01-01T10:00"), 100, "a");
    l.redeem("r", at("2024-02-01T10:00"), 30, "gift");
    l.adjust("adj", at("2024-03-01T10:00"), -5, "operator correction #12");
    assertThat(l.balanceAt(at("2023-12-31T00:00")).total()).isZero();
    assertThat(l.balanceAt(at("2024-01-15T00:00")).available()).isEqualTo(100);
    Balance feb = l.balanceAt(at("2024-02-15T00:00"));
    assertThat(feb.available()).isEqualTo(70);
    assertThat(feb.redeemed()).isEqualTo(30);
    Balance mar = l.balanceAt(at("2024-03-15T00:00"));
    assertThat(mar.available()).isEqualTo(65);
    assertThat(mar.reversed()).isEqualTo(5);
    assertThat(mar.lifetimeEarned()).isEqualTo(100);
  }

  @Test
  void operations_may_not_go_back_in_time() {
    Ledger l = ledger();
    l.earn("a", at("2024-01-02T10:00"), 1, "a");
    assertThatThrownBy(() -> l.earn("b", at("2024-01-01T10:00"), 1, "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be before");
  }

  @Test
  void liability_report_schedules_outstanding_points_by_expiry_date_and_values_them() {
    Ledger a = Ledger.create(LedgerPolicy.simple(ZONE).withExpiry(ExpiryPolicy.endOfYearAfter(12)));
    a.earn("1", at("2024-03-01T10:00"), 500, "x");
    a.earn("2", at("2025-02-01T10:00"), 250, "y");
    Ledger b = Ledger.create(LedgerPolicy.simple(ZONE));
    b.earn("1", at("2024-03-01T10:00"), 1000, "z");
    b.redeem("2", at("2024-04-01T10:00"), 1, "z");
    PointRate rate = PointRate.of(100, Money.of("1.00", "EUR"));
    LiabilityReport r = LiabilityReport.of(List.of(a, b), at("2025-03-01T00:00"), rate, ZONE);
    assertThat(r.outstanding()).isEqualTo(1749);
    assertThat(r.expirySchedule())
        .containsEntry(LocalDate.of(2026, 1, 1), 500L)
        .containsEntry(LocalDate.of(2027, 1, 1), 250L);
    assertThat(r.withoutExpiry()).isEqualTo(999);
    assertThat(r.value()).isEqualTo(Money.of("17.49", "EUR"));
  }

  @Test
  void point_rate_rounds_each_direction_as_declared() {
    PointRate rate =
        new PointRate(3, Money.of("1.00", "EUR"), RoundingMode.HALF_UP, RoundingMode.DOWN);
    assertThat(rate.valueOf(1)).isEqualTo(Money.of("0.33", "EUR"));
    assertThat(rate.valueOf(2)).isEqualTo(Money.of("0.67", "EUR"));
    assertThat(rate.pointsFor(Money.of("0.99", "EUR"))).isEqualTo(2);
  }
}
