package io.crmkit.loyalty.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.loyalty.ledger.CurrencyMismatchException;
import io.crmkit.loyalty.ledger.ExpiryPolicy;
import io.crmkit.loyalty.ledger.IdempotencyMismatchException;
import io.crmkit.loyalty.ledger.LedgerEntry;
import io.crmkit.loyalty.ledger.LedgerPolicy;
import io.crmkit.loyalty.ledger.MoneyLimits;
import io.crmkit.loyalty.ledger.MoneyOutOfBoundsException;
import io.crmkit.loyalty.ledger.PointRate;
import io.crmkit.loyalty.ledger.PointsOverflowException;
import io.crmkit.loyalty.ledger.Posting;
import io.crmkit.loyalty.program.CapPeriod;
import io.crmkit.loyalty.program.EarningRule;
import io.crmkit.loyalty.program.LoyaltyEventType;
import io.crmkit.loyalty.program.Program;
import io.crmkit.loyalty.tier.QualificationMetric;
import io.crmkit.loyalty.tier.QualificationOverflowException;
import io.crmkit.loyalty.tier.QualificationWindow;
import io.crmkit.loyalty.tier.Tier;
import io.crmkit.loyalty.tier.TierBenefits;
import io.crmkit.loyalty.tier.TierProgram;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The account layer above the ledger: idempotent (retries checked before anything is evaluated, a
 * key reused for another request refused) and atomic (a failed operation leaves no trace).
 */
class AccountTrustTest {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final Currency EUR = Currency.getInstance("EUR");
  static final CustomerId ANA = CustomerId.of("ana");
  static final TierProgram SPEND_TIERS =
      new TierProgram(
          List.of(
              Tier.of("Blue", "0", TierBenefits.none()),
              Tier.of("Gold", "1000.00", TierBenefits.of("2", "0", Set.of()))),
          QualificationMetric.SPEND,
          QualificationWindow.calendarYear(),
          MonthDay.of(1, 1),
          Period.ZERO,
          true,
          EUR,
          PARIS);

  static Program program(LedgerPolicy policy, EarningRule... extra) {
    List<EarningRule> rules = new ArrayList<>();
    rules.add(EarningRule.pointsPerSpend("base", "1", "1.00", RoundingMode.DOWN));
    rules.addAll(SPEND_TIERS.earningRules(RoundingMode.DOWN));
    rules.addAll(List.of(extra));
    return Program.of("club", EUR, rules, policy, PointRate.of(100, Money.of("1.00", "EUR")));
  }

  static Program program(EarningRule... extra) {
    return program(LedgerPolicy.simple(PARIS), extra);
  }

  static LoyaltyAccount account(Program p) {
    return LoyaltyAccount.open(ANA, p.ledgerPolicy(), SPEND_TIERS);
  }

  static Transaction buy(String id, String at, String eur) {
    return Transaction.purchase(id, "ana", Instant.parse(at), Money.of(eur, "EUR"));
  }

  static Transaction refund(String id, String at, String amount, String currency, String of) {
    return Transaction.refund(id, "ana", Instant.parse(at), Money.of(amount, currency), of);
  }

  /** What a failed operation must leave unchanged. */
  record State(
      List<LedgerEntry> entries,
      long visits,
      String context,
      String qualifying,
      List<PendingRefund> held) {}

  static State state(LoyaltyAccount a, Instant at) {
    return new State(
        a.ledger().entries(),
        a.visits(),
        a.context(at).toString(),
        a.tierTracker().map(t -> t.qualifyingValue(at).toPlainString()).orElse("none"),
        a.pendingRefunds());
  }

  // ---------------------------------------------------------------- 1. retries before evaluation;
  // reads move no clock

  @Test
  void a_late_retry_of_a_purchase_after_a_later_purchase_returns_the_first_posting() {
    Program p = program();
    LoyaltyAccount a = account(p);
    Posting first = a.purchase(p, buy("t1", "2024-03-01T10:00:00Z", "20.00"));
    a.purchase(p, buy("t2", "2024-03-02T10:00:00Z", "30.00"));
    assertThat(a.purchase(p, buy("t1", "2024-03-01T10:00:00Z", "20.00"))).isEqualTo(first);
    assertThat(a.purchaseFast(p, buy("t1", "2024-03-03T10:00:00Z", "20.00")))
        .isFalse(); // redelivered later
    assertThat(a.visits()).isEqualTo(2);
    assertThat(a.ledger().balanceAt(Instant.parse("2024-03-04T00:00:00Z")).available())
        .isEqualTo(50);
  }

  @Test
  void
      reading_the_tier_moves_no_clock_so_later_purchases_and_refunds_of_earlier_dates_still_book() {
    Program p = program();
    LoyaltyAccountRepository repo = InMemoryLoyaltyAccountRepository.create(id -> account(p));
    repo.update(ANA, a -> a.purchase(p, buy("t1", "2024-03-01T10:00:00Z", "100.00")));
    assertThat(repo.read(ANA, a -> a.tierAt(Instant.parse("2024-12-31T12:00:00Z"))))
        .contains(Optional.of("Blue"));
    Posting april =
        repo.update(ANA, a -> a.purchase(p, buy("t2", "2024-04-10T10:00:00Z", "50.00")));
    assertThat(april.points()).isEqualTo(50);
    RefundResult r =
        repo.update(
            ANA, a -> a.refund(p, refund("r1", "2024-04-11T10:00:00Z", "100.00", "EUR", "t1")));
    assertThat(r.status()).isEqualTo(RefundResult.Status.REVERSED);
    assertThat(r.points()).isEqualTo(-100);
    RefundResult retried =
        repo.update(
            ANA, a -> a.refund(p, refund("r1", "2024-04-11T10:00:00Z", "100.00", "EUR", "t1")));
    assertThat(retried).isEqualTo(r);
    Instant may = Instant.parse("2024-05-01T00:00:00Z");
    assertThat(repo.read(ANA, a -> a.tierTracker().orElseThrow().qualifyingValue(may)))
        .get()
        .satisfies(
            v -> assertThat(v).isEqualByComparingTo("50.00")); // the tier's spend is lowered too
    assertThat(repo.read(ANA, a -> a.ledger().balanceAt(may).available())).contains(50L);
  }

  // ---------------------------------------------------------------- 2. failed events leave the cap
  // counters alone

  @Test
  void an_out_of_order_event_that_fails_leaves_the_day_cap_counter_unchanged() {
    Program p =
        program(
            EarningRule.eventBonus("survey", LoyaltyEventType.SURVEY, 100),
            EarningRule.cap("day", CapPeriod.DAY, 150));
    LoyaltyAccount a = account(p);
    a.purchase(p, buy("t1", "2024-03-02T10:00:00Z", "100.00"));
    Instant before = Instant.parse("2024-03-01T10:00:00Z"); // the day before the last operation
    State s = state(a, Instant.parse("2024-03-02T11:00:00Z"));
    assertThatThrownBy(() -> a.event(p, LoyaltyEventType.SURVEY, "survey-1", before))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(state(a, Instant.parse("2024-03-02T11:00:00Z"))).isEqualTo(s);
    assertThat(a.purchase(p, buy("t2", "2024-03-02T12:00:00Z", "100.00")).points())
        .isEqualTo(50); // 150 a day
  }

  @Test
  void failed_blank_key_events_do_not_count_towards_the_cap() {
    Program p =
        program(
            EarningRule.eventBonus("survey", LoyaltyEventType.SURVEY, 100),
            EarningRule.cap("day", CapPeriod.DAY, 150));
    LoyaltyAccount a = account(p);
    Instant at = Instant.parse("2024-03-02T10:00:00Z");
    for (String blank : List.of("", " ")) {
      assertThatThrownBy(() -> a.event(p, LoyaltyEventType.SURVEY, blank, at))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("idempotency key must not be blank");
    }
    assertThat(a.purchase(p, buy("t1", "2024-03-02T11:00:00Z", "100.00")).points()).isEqualTo(100);
  }

  // ---------------------------------------------------------------- 3. all or nothing

  @Test
  void a_purchase_whose_tier_spend_overflows_leaves_no_trace_and_its_retry_fails_the_same_way() {
    Program p =
        program().withMoneyLimits(MoneyLimits.WIDEST); // let 1e17 EUR through to the tier tracker
    LoyaltyAccount a = account(p);
    a.purchase(p, buy("t0", "2024-03-01T10:00:00Z", "10.00"));
    Instant later = Instant.parse("2024-03-03T00:00:00Z");
    State s = state(a, later);
    Transaction huge = buy("t1", "2024-03-02T10:00:00Z", "1E+17");
    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> a.purchase(p, huge))
          .isInstanceOf(QualificationOverflowException.class)
          .hasMessageContaining("qualifying spend");
      assertThatThrownBy(() -> a.purchaseFast(p, huge))
          .isInstanceOf(QualificationOverflowException.class);
      assertThat(state(a, later)).isEqualTo(s);
    }
  }

  @Test
  void a_purchase_outside_the_money_limits_is_refused_before_anything_is_booked() {
    Program p = program();
    LoyaltyAccount a = account(p);
    assertThatThrownBy(() -> a.purchase(p, buy("t1", "2024-03-02T10:00:00Z", "1E+17")))
        .isInstanceOf(MoneyOutOfBoundsException.class)
        .hasMessageContaining("total of transaction t1");
    assertThat(a.ledger().size()).isZero();
    assertThat(a.visits()).isZero();
    assertThat(a.tierTracker()).isEmpty();
  }

  @Test
  void a_purchase_whose_points_overflow_the_ledger_leaves_no_trace() {
    Program p = program(EarningRule.cap("day", CapPeriod.DAY, Long.MAX_VALUE));
    LoyaltyAccount a = account(p);
    a.event(
        p,
        LoyaltyEventType.SIGN_UP,
        "s",
        Instant.parse("2024-03-01T09:00:00Z")); // no rule: records the key only
    a.ledger()
        .earn("gift", Instant.parse("2024-03-01T10:00:00Z"), Long.MAX_VALUE - 10, "operator gift");
    Instant later = Instant.parse("2024-03-03T00:00:00Z");
    State s = state(a, later);
    assertThatThrownBy(() -> a.purchase(p, buy("t1", "2024-03-02T10:00:00Z", "100.00")))
        .isInstanceOf(PointsOverflowException.class);
    assertThat(state(a, later)).isEqualTo(s);
  }

  // ---------------------------------------------------------------- 4. refunds before their
  // purchase

  @Test
  void a_refund_before_its_purchase_is_held_and_the_purchase_settles_it() {
    Program p = program();
    LoyaltyAccount a = account(p);
    RefundResult early = a.refund(p, refund("r1", "2024-03-01T09:00:00Z", "100.00", "EUR", "t1"));
    assertThat(early.status()).isEqualTo(RefundResult.Status.HELD);
    assertThat(a.pendingRefunds()).extracting(PendingRefund::refundId).containsExactly("r1");
    assertThat(a.refund(p, refund("r1", "2024-03-01T09:00:00Z", "100.00", "EUR", "t1")))
        .isEqualTo(early);
    assertThat(a.purchase(p, buy("t1", "2024-03-01T10:00:00Z", "100.00")).points()).isEqualTo(100);
    assertThat(a.pendingRefunds()).isEmpty();
    Instant later = Instant.parse("2024-03-02T00:00:00Z");
    assertThat(a.ledger().balanceAt(later).available()).isZero();
    assertThat(a.tierTracker().orElseThrow().qualifyingValue(later)).isEqualByComparingTo("0");
    RefundResult settled = a.refund(p, refund("r1", "2024-03-01T09:00:00Z", "100.00", "EUR", "t1"));
    assertThat(settled.status()).isEqualTo(RefundResult.Status.REVERSED);
    assertThat(settled.points()).isEqualTo(-100);
  }

  // ---------------------------------------------------------------- 5. currencies

  @Test
  void a_refund_in_another_currency_than_its_purchase_is_refused() {
    Program p = program();
    LoyaltyAccount a = account(p);
    a.purchase(p, buy("t1", "2024-03-01T10:00:00Z", "100.00"));
    Instant later = Instant.parse("2024-03-03T00:00:00Z");
    State s = state(a, later);
    assertThatThrownBy(() -> a.refund(p, refund("r1", "2024-03-02T10:00:00Z", "100", "JPY", "t1")))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("must be in EUR but was in JPY");
    assertThat(state(a, later)).isEqualTo(s);
    assertThat(a.ledger().balanceAt(later).available()).isEqualTo(100);
  }

  // ---------------------------------------------------------------- 6. refunds after expiry

  @Test
  void refunding_a_purchase_whose_points_expired_does_not_take_them_again_from_other_lots() {
    Program p = program(LedgerPolicy.simple(PARIS).withExpiry(ExpiryPolicy.endOfMonthAfter(1)));
    LoyaltyAccount a = account(p);
    a.purchase(p, buy("t1", "2024-01-10T10:00:00Z", "100.00")); // expires at the end of February
    a.purchase(p, buy("t2", "2024-03-10T10:00:00Z", "100.00"));
    RefundResult r = a.refund(p, refund("r1", "2024-03-11T10:00:00Z", "100.00", "EUR", "t1"));
    var b = a.ledger().balanceAt(Instant.parse("2024-03-12T00:00:00Z"));
    assertThat(r.points()).isZero();
    assertThat(b.lifetimeEarned()).isEqualTo(200);
    assertThat(b.expired()).isEqualTo(100);
    assertThat(b.reversed()).isZero();
    assertThat(b.available()).isEqualTo(100);
  }

  // ---------------------------------------------------------------- 8. one request per key

  @Test
  void every_account_operation_refuses_another_request_under_a_used_key() {
    Program p = program(EarningRule.eventBonus("survey", LoyaltyEventType.SURVEY, 10));
    LoyaltyAccount a = account(p);
    a.purchase(p, buy("t1", "2024-03-01T10:00:00Z", "100.00"));
    a.event(p, LoyaltyEventType.SURVEY, "e1", Instant.parse("2024-03-01T11:00:00Z"));
    a.refund(p, refund("r1", "2024-03-01T12:00:00Z", "10.00", "EUR", "t1"));
    a.refund(p, refund("r2", "2024-03-01T12:00:00Z", "10.00", "EUR", "t9")); // held
    Instant later = Instant.parse("2024-03-03T00:00:00Z");
    State s = state(a, later);
    assertThatThrownBy(() -> a.purchase(p, buy("t1", "2024-03-01T10:00:00Z", "100.01")))
        .isInstanceOf(IdempotencyMismatchException.class)
        .hasMessageContaining("'t1'");
    assertThatThrownBy(() -> a.purchaseFast(p, buy("t1", "2024-03-01T10:00:00Z", "99.00")))
        .isInstanceOf(IdempotencyMismatchException.class);
    assertThatThrownBy(
            () ->
                a.event(
                    p,
                    LoyaltyEventType.BIRTHDAY_MONTH,
                    "e1",
                    Instant.parse("2024-03-02T11:00:00Z")))
        .isInstanceOf(IdempotencyMismatchException.class);
    assertThatThrownBy(
            () -> a.refund(p, refund("r1", "2024-03-02T12:00:00Z", "20.00", "EUR", "t1")))
        .isInstanceOf(IdempotencyMismatchException.class);
    assertThatThrownBy(
            () -> a.refund(p, refund("r2", "2024-03-02T12:00:00Z", "20.00", "EUR", "t9")))
        .isInstanceOf(IdempotencyMismatchException.class);
    assertThatThrownBy(() -> a.purchase(p, buy("r2", "2024-03-02T12:00:00Z", "20.00")))
        .isInstanceOf(IdempotencyMismatchException.class); // a held refund's key is taken
    assertThatThrownBy(() -> a.purchase(p, buy("e1", "2024-03-02T12:00:00Z", "20.00")))
        .isInstanceOf(IdempotencyMismatchException.class);
    assertThat(state(a, later)).isEqualTo(s);
  }

  // ---------------------------------------------------------------- 9. money limits

  @Test
  void money_limits_are_configurable_and_name_the_field() {
    Program p = program().withMoneyLimits(MoneyLimits.of(2, 6));
    LoyaltyAccount a = account(p);
    assertThatThrownBy(() -> a.purchase(p, buy("t1", "2024-03-01T10:00:00Z", "1234567.00")))
        .isInstanceOf(MoneyOutOfBoundsException.class)
        .hasMessageContaining(
            "total of transaction t1 must have at most 6 integer digits and 2 decimals");
    assertThatThrownBy(() -> a.purchase(p, buy("t1", "2024-03-01T10:00:00Z", "1.005")))
        .isInstanceOf(MoneyOutOfBoundsException.class);
    assertThat(a.purchase(p, buy("t1", "2024-03-01T10:00:00Z", "999999.9900")).points())
        .isEqualTo(999_999);
    assertThatThrownBy(() -> a.refund(p, refund("r1", "2024-03-01T11:00:00Z", "1E-9", "EUR", "t1")))
        .isInstanceOf(MoneyOutOfBoundsException.class)
        .hasMessageContaining("total of transaction r1");
  }
}
