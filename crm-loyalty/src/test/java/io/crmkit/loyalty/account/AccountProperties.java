package io.crmkit.loyalty.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.loyalty.ledger.Balance;
import io.crmkit.loyalty.ledger.CurrencyMismatchException;
import io.crmkit.loyalty.ledger.EntryType;
import io.crmkit.loyalty.ledger.ExpiryPolicy;
import io.crmkit.loyalty.ledger.IdempotencyMismatchException;
import io.crmkit.loyalty.ledger.InsufficientPointsException;
import io.crmkit.loyalty.ledger.Ledger;
import io.crmkit.loyalty.ledger.LedgerEntry;
import io.crmkit.loyalty.ledger.LedgerPolicy;
import io.crmkit.loyalty.ledger.MoneyLimits;
import io.crmkit.loyalty.ledger.NegativeBalancePolicy;
import io.crmkit.loyalty.ledger.Posting;
import io.crmkit.loyalty.program.CapPeriod;
import io.crmkit.loyalty.program.EarningRule;
import io.crmkit.loyalty.program.LoyaltyEventType;
import io.crmkit.loyalty.program.Program;
import io.crmkit.loyalty.tier.QualificationOverflowException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random sequences of account operations — purchases, refunds (also before their purchase),
 * redemptions, events, tier reads, late retries and operations that must fail — against tiers
 * (spend, calendar year), day and month caps, expiry and both negative-balance policies. After
 * every step: a retry returns the first result and changes nothing; a failed operation leaves the
 * account as it was; the balance is the sum of the entries; no day or month earns above its cap;
 * the tier's qualifying spend is the year's booked purchases less its booked refunds.
 */
class AccountProperties {

  static final int DAY_CAP = 150;
  static final int MONTH_CAP = 600;

  sealed interface Op permits Buy, Refund, Redeem, Event, TierRead, Retry, Fail {}

  record Buy(int cents, int gapHours) implements Op {}

  /**
   * A refund of {@code percent} % of purchase {@code target} (an index that may name a purchase
   * still to come).
   */
  record Refund(int target, int percent, int gapHours) implements Op {}

  record Redeem(int points, int gapHours) implements Op {}

  record Event(int gapHours) implements Op {}

  record TierRead(int daysAhead) implements Op {}

  record Retry(int index) implements Op {}

  /**
   * 0: purchase before the last operation, 1: blank event key, 2: overflowing purchase, 3: refund
   * in JPY, 4: a used key for another amount.
   */
  record Fail(int kind) implements Op {}

  @Provide
  Arbitrary<List<Op>> operations() {
    Arbitrary<Integer> gap = Arbitraries.integers().between(0, 96);
    Arbitrary<Op> op =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(
                6,
                Combinators.combine(Arbitraries.integers().between(0, 30_000), gap).as(Buy::new)),
            net.jqwik.api.Tuple.of(
                3,
                Combinators.combine(
                        Arbitraries.integers().between(0, 40),
                        Arbitraries.of(25, 50, 100, 120),
                        gap)
                    .as(Refund::new)),
            net.jqwik.api.Tuple.of(
                2,
                Combinators.combine(Arbitraries.integers().between(1, 300), gap).as(Redeem::new)),
            net.jqwik.api.Tuple.of(2, gap.map(Event::new)),
            net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 400).map(TierRead::new)),
            net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 1000).map(Retry::new)),
            net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 4).map(Fail::new)));
    return op.list().ofMinSize(1).ofMaxSize(60);
  }

  @Provide
  Arbitrary<NegativeBalancePolicy> negative() {
    return Arbitraries.of(NegativeBalancePolicy.class);
  }

  /** A step that ran: how to send it again, and its first outcome (a result or an exception). */
  record Done(Supplier<Object> resend, Object first) {}

  /** What a failed or retried operation must leave unchanged. */
  record State(
      List<LedgerEntry> entries,
      Balance balance,
      long visits,
      String context,
      String qualifying,
      List<PendingRefund> held,
      int operations) {}

  static State state(LoyaltyAccount a, Instant now) {
    List<LedgerEntry> booked = new ArrayList<>();
    for (LedgerEntry e : a.ledger().entries()) {
      if (!e.idempotencyKey()
          .equals(Ledger.EXPIRY_KEY)) { // due expiries a rejection books change no balance
        booked.add(e);
      }
    }
    return new State(
        booked,
        a.ledger().balanceAt(now),
        a.visits(),
        a.context(now).toString(),
        a.tierTracker().map(t -> t.qualifyingValue(now).toPlainString()).orElse("0"),
        a.pendingRefunds(),
        a.ledger().operationCount());
  }

  @Property(tries = 3000)
  void retries_are_idempotent_failures_leave_no_trace_and_caps_tiers_and_balances_hold(
      @ForAll("operations") List<Op> ops, @ForAll("negative") NegativeBalancePolicy negative) {
    run(ops, negative, false);
  }

  /**
   * The same sequences on an account that records its operations: after every step, the account
   * rebuilt from its recorded operations equals it (entries, lots, balance, visits, caps' counters
   * through the member context, tier, held refunds, keys), and the rebuilt account records the same
   * operations.
   */
  @Property(tries = 400)
  void an_account_rebuilt_from_its_recorded_operations_equals_it_after_every_step(
      @ForAll("operations") List<Op> ops, @ForAll("negative") NegativeBalancePolicy negative) {
    run(ops, negative, true);
  }

  /** Everything an account shows, to compare an account with its rebuilt copy. */
  record Whole(
      List<LedgerEntry> entries,
      List<io.crmkit.loyalty.ledger.Lot> lots,
      Balance balance,
      long debt,
      long visits,
      String context,
      String tier,
      List<PendingRefund> held,
      int ledgerOperations,
      List<AccountOperation> operations) {}

  static Whole whole(LoyaltyAccount a, Instant now) {
    return new Whole(
        a.ledger().entries(),
        a.ledger().lots(),
        a.ledger().balanceAt(now),
        a.ledger().debt(),
        a.visits(),
        a.context(now).toString(),
        a.tierTracker()
            .map(t -> t.status(now) + " " + t.qualifyingValue(now).toPlainString())
            .orElse("-"),
        a.pendingRefunds(),
        a.ledger().operationCount(),
        a.operations(0));
  }

  private static void checkRebuilt(LoyaltyAccount a, Program p, Instant now) {
    LoyaltyAccount rebuilt =
        LoyaltyAccount.rebuild(a.customerId(), p, AccountTrustTest.SPEND_TIERS, a.operations(0));
    assertThat(whole(rebuilt, now))
        .as("the account rebuilt from its operations")
        .isEqualTo(whole(a, now));
  }

  private static void run(List<Op> ops, NegativeBalancePolicy negative, boolean recording) {
    LedgerPolicy policy =
        LedgerPolicy.simple(AccountTrustTest.PARIS)
            .withExpiry(ExpiryPolicy.endOfMonthAfter(1))
            .withNegativeBalance(negative);
    Program p =
        AccountTrustTest.program(
                policy,
                EarningRule.eventBonus("survey", LoyaltyEventType.SURVEY, 40),
                EarningRule.visitBonus("third", 3, 25),
                EarningRule.cap("day", CapPeriod.DAY, DAY_CAP),
                EarningRule.cap("month", CapPeriod.MONTH, MONTH_CAP))
            .withMoneyLimits(MoneyLimits.WIDEST);
    LoyaltyAccount a =
        LoyaltyAccount.open(CustomerId.of("ana"), policy, AccountTrustTest.SPEND_TIERS);
    if (recording) {
      a.recordingOperations();
    }
    Instant now = Instant.parse("2024-11-20T08:00:00Z");
    List<Done> done = new ArrayList<>();
    Map<String, BigDecimal> purchaseAmount = new HashMap<>(); // booked purchases
    Map<String, List<Transaction>> heldRefunds =
        new HashMap<>(); // purchase id -> refunds held for it (model)
    Map<Integer, BigDecimal> yearSpend =
        new HashMap<>(); // the tier's qualifying spend per local year (model)
    int purchases = 0;
    Instant lastBooked = null;
    for (int i = 0; i < ops.size(); i++) {
      if (recording) {
        checkRebuilt(a, p, now);
      }
      Op op = ops.get(i);
      int step = i;
      if (op instanceof Retry r) {
        if (done.isEmpty()) {
          continue;
        }
        Done d = done.get(r.index() % done.size());
        State before = state(a, now);
        Object again = outcome(d.resend);
        State after = state(a, now);
        assertThat(after).as("a retry has no second effect").isEqualTo(before);
        if (d.first instanceof RefundResult first
            && first.isHeld()
            && again instanceof RefundResult later) {
          assertThat(later.refundId())
              .isEqualTo(first.refundId()); // held then, possibly settled since
        } else if (d.first instanceof Boolean) {
          assertThat(again).as("purchaseFast answers a retry with false").isEqualTo(false);
        } else if (d.first instanceof Throwable t) {
          assertThat(again)
              .as("a rejected operation's retry fails the same way")
              .isInstanceOf(t.getClass());
        } else {
          assertThat(again).as("a retry returns the first result").isEqualTo(d.first);
        }
        continue;
      }
      if (op instanceof TierRead tr) {
        State before = state(a, now);
        Instant read = now.plus(Duration.ofDays(tr.daysAhead()));
        a.tierAt(read);
        a.tierIndexAt(read);
        a.tierTracker().ifPresent(t -> t.progress(read));
        assertThat(state(a, now)).as("a read moves no clock and changes nothing").isEqualTo(before);
        continue;
      }
      if (op instanceof Fail f) {
        Instant at = now;
        State before = state(a, now);
        switch (f.kind()) {
          case 0 -> {
            if (lastBooked == null) {
              continue;
            }
            Transaction early =
                Transaction.purchase(
                    "late-" + i, "ana", lastBooked.minusSeconds(3600), Money.of("10.00", "EUR"));
            assertThatThrownBy(() -> a.purchase(p, early))
                .isInstanceOf(IllegalArgumentException.class);
          }
          case 1 ->
              assertThatThrownBy(() -> a.event(p, LoyaltyEventType.SURVEY, " ", at))
                  .isInstanceOf(IllegalArgumentException.class);
          case 2 ->
              assertThatThrownBy(
                      () ->
                          a.purchaseFast(
                              p,
                              Transaction.purchase(
                                  "huge-" + step, "ana", at, Money.of("1E+17", "EUR"))))
                  .isInstanceOf(QualificationOverflowException.class);
          case 3 ->
              assertThatThrownBy(
                      () ->
                          a.refund(
                              p,
                              Transaction.refund(
                                  "jpy-" + step, "ana", at, Money.of("100", "JPY"), "t0")))
                  .isInstanceOf(CurrencyMismatchException.class);
          default -> {
            if (purchaseAmount.isEmpty()) {
              continue;
            }
            String used = purchaseAmount.keySet().iterator().next();
            assertThatThrownBy(
                    () ->
                        a.purchase(
                            p,
                            Transaction.purchase(
                                used,
                                "ana",
                                at,
                                Money.of(
                                    purchaseAmount.get(used).add(BigDecimal.ONE), p.currency()))))
                .isInstanceOf(IdempotencyMismatchException.class);
          }
        }
        assertThat(state(a, now)).as("a failed operation leaves no trace").isEqualTo(before);
        continue;
      }
      now = now.plus(Duration.ofHours(gapOf(op)));
      Instant at = now;
      Supplier<Object> send;
      if (op instanceof Buy b) {
        String id = "t" + purchases++;
        Transaction tx =
            Transaction.purchase(
                id, "ana", at, Money.of(BigDecimal.valueOf(b.cents(), 2), p.currency()));
        send = i % 2 == 0 ? () -> a.purchase(p, tx) : () -> a.purchaseFast(p, tx);
        Object first = outcome(send);
        assertThat(first).isNotInstanceOf(Throwable.class);
        purchaseAmount.put(id, tx.total().amount());
        add(yearSpend, at, tx.total().amount());
        for (Transaction held : heldRefunds.getOrDefault(id, List.of())) {
          add(yearSpend, at, held.total().amount().negate()); // settled at the purchase's instant
        }
        heldRefunds.remove(id);
        done.add(new Done(send, first));
        lastBooked = at;
      } else if (op instanceof Refund r) {
        String target = "t" + r.target() % (purchases + 3); // up to 3 purchases still to come
        BigDecimal base = purchaseAmount.getOrDefault(target, new BigDecimal("50.00"));
        BigDecimal amount =
            base.multiply(BigDecimal.valueOf(r.percent()))
                .movePointLeft(2)
                .setScale(2, java.math.RoundingMode.DOWN); // in cents: the tier counts minor units
        Transaction tx =
            Transaction.refund("r" + i, "ana", at, Money.of(amount, p.currency()), target);
        send = () -> a.refund(p, tx);
        Object first = outcome(send);
        assertThat(first).isInstanceOf(RefundResult.class);
        RefundResult result = (RefundResult) first;
        assertThat(result.isHeld())
            .as("held exactly when the purchase has not arrived")
            .isEqualTo(!purchaseAmount.containsKey(target));
        if (result.isHeld()) {
          heldRefunds.computeIfAbsent(target, k -> new ArrayList<>()).add(tx);
        } else {
          add(yearSpend, at, amount.negate());
          lastBooked = at;
        }
        done.add(new Done(send, first));
      } else if (op instanceof Redeem r) {
        send = () -> a.ledger().redeem("x" + step, at, r.points(), "reward");
        State before = state(a, at);
        Object first = outcome(send);
        if (first instanceof InsufficientPointsException) {
          State after = state(a, at);
          assertThat(after.entries()).isEqualTo(before.entries());
          assertThat(after.balance()).isEqualTo(before.balance());
        } else {
          lastBooked = at;
        }
        done.add(new Done(send, first));
      } else {
        send = () -> a.event(p, LoyaltyEventType.SURVEY, "e" + step, at);
        Object first = outcome(send);
        assertThat(first).isInstanceOf(Posting.class);
        done.add(new Done(send, first));
        lastBooked = at;
      }
      checkInvariants(a, now, lastBooked, yearSpend);
    }
    assertThat(a.pendingRefunds())
        .extracting(PendingRefund::purchaseId)
        .allMatch(id -> !purchaseAmount.containsKey(id));
    if (recording) {
      checkRebuilt(a, p, now);
    }
  }

  private static void checkInvariants(
      LoyaltyAccount a, Instant now, Instant lastBooked, Map<Integer, BigDecimal> yearSpend) {
    Ledger l = a.ledger();
    if (lastBooked != null) {
      // The entries' sum is the balance as of the latest entry. That is not always the last booked
      // operation: a rejected redemption books the expiries due at its instant (they change no
      // balance at that instant), so the latest entry can be an expiry after lastBooked.
      Instant latest = lastBooked;
      for (LedgerEntry e : l.entries()) {
        latest = e.at().isAfter(latest) ? e.at() : latest;
      }
      Balance atLatest = l.balanceAt(latest);
      assertThat(l.sumOfEntries())
          .as("balance = sum of entries")
          .isEqualTo(atLatest.available() + atLatest.pending());
    }
    Balance b = l.balanceAt(now);
    assertThat(b.lifetimeEarned() - b.reversed())
        .isEqualTo(b.available() + b.pending() + b.redeemed() + b.expired());
    Map<LocalDate, Long> perDay = new HashMap<>();
    Map<YearMonth, Long> perMonth = new HashMap<>();
    Map<String, Integer> perKey = new HashMap<>();
    for (LedgerEntry e : l.entries()) {
      if (e.type() == EntryType.EARN) {
        LocalDate d = e.at().atZone(AccountTrustTest.PARIS).toLocalDate();
        perDay.merge(d, e.points(), Long::sum);
        perMonth.merge(YearMonth.from(d), e.points(), Long::sum);
      }
      if (!e.idempotencyKey().equals(Ledger.EXPIRY_KEY)) {
        perKey.merge(e.idempotencyKey(), 1, Integer::sum);
      }
    }
    assertThat(perDay.values()).as("no day earns above its cap").allMatch(v -> v <= DAY_CAP);
    assertThat(perMonth.values()).as("no month earns above its cap").allMatch(v -> v <= MONTH_CAP);
    assertThat(perKey.values()).as("every key books one entry at most").allMatch(v -> v == 1);
    if (a.tierTracker().isPresent()) {
      int year = now.atZone(AccountTrustTest.PARIS).getYear();
      assertThat(a.tierTracker().get().qualifyingValue(now))
          .isEqualByComparingTo(yearSpend.getOrDefault(year, BigDecimal.ZERO));
    }
  }

  private static void add(Map<Integer, BigDecimal> yearSpend, Instant at, BigDecimal amount) {
    yearSpend.merge(at.atZone(AccountTrustTest.PARIS).getYear(), amount, BigDecimal::add);
  }

  private static int gapOf(Op op) {
    if (op instanceof Buy b) {
      return b.gapHours();
    }
    if (op instanceof Refund r) {
      return r.gapHours();
    }
    if (op instanceof Redeem r) {
      return r.gapHours();
    }
    return op instanceof Event e ? e.gapHours() : 0;
  }

  private static Object outcome(Supplier<Object> send) {
    try {
      return send.get();
    } catch (RuntimeException e) {
      return e;
    }
  }
}
