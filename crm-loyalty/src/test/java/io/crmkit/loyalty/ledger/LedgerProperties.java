package io.crmkit.loyalty.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.TransactionId;
import io.crmkit.loyalty.internal.LoyaltyInternals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the ledger over random sequences of earn, redeem, refund, adjust, expire and
 * retried operations.
 */
class LedgerProperties {

  private static final ZoneId ZONE = ZoneId.of("America/Sao_Paulo");
  private static final Instant START = Instant.parse("2023-12-30T12:00:00Z");

  /** One generated operation; {@code gapHours} is the time since the previous one. */
  sealed interface Op permits Earn, Purchase, Redeem, Refund, Adjust, Expire, Retry {}

  record Earn(int gapHours, long points) implements Op {}

  record Purchase(int gapHours, long points, int amount) implements Op {}

  record Redeem(int gapHours, long points) implements Op {}

  record Refund(int gapHours, int purchase, int amount) implements Op {}

  record Adjust(int gapHours, long points) implements Op {}

  record Expire(int gapHours) implements Op {}

  /**
   * Repeats the earlier operation at index {@code index} (modulo the number so far) with its key.
   */
  record Retry(int index) implements Op {}

  record Scenario(LedgerPolicy policy, List<Op> ops) {}

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<Integer> gap = Arbitraries.integers().between(0, 24 * 40);
    Arbitrary<Op> op =
        Arbitraries.oneOf(
            Combinators.combine(gap, Arbitraries.longs().between(1, 500)).as(Earn::new),
            Combinators.combine(
                    gap,
                    Arbitraries.longs().between(0, 500),
                    Arbitraries.integers().between(1, 300))
                .as(Purchase::new),
            Combinators.combine(gap, Arbitraries.longs().between(1, 600)).as(Redeem::new),
            Combinators.combine(
                    gap,
                    Arbitraries.integers().between(0, 50),
                    Arbitraries.integers().between(0, 300))
                .as(Refund::new),
            Combinators.combine(gap, Arbitraries.longs().between(-200, 200).filter(p -> p != 0))
                .as(Adjust::new),
            gap.map(Expire::new),
            Arbitraries.integers().between(0, 200).map(Retry::new));
    Arbitrary<ExpiryPolicy> expiry =
        Arbitraries.of(
            ExpiryPolicy.never(),
            ExpiryPolicy.daysAfterEarning(30),
            ExpiryPolicy.endOfMonthAfter(2),
            ExpiryPolicy.endOfYearAfter(0),
            ExpiryPolicy.afterInactivity(3));
    Arbitrary<LedgerPolicy> policy =
        Combinators.combine(
                Arbitraries.of(ConsumptionOrder.class),
                expiry,
                Arbitraries.of(Duration.ZERO, Duration.ofDays(14)),
                Arbitraries.of(NegativeBalancePolicy.class),
                Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.DOWN))
            .as((o, e, lock, neg, r) -> new LedgerPolicy(o, e, lock, neg, r, ZONE));
    return Combinators.combine(policy, op.list().ofMaxSize(60)).as(Scenario::new);
  }

  /**
   * The operations a scenario runs, on a {@link Ledger} or on a pair of ledgers compared step by
   * step.
   */
  interface Book {
    Posting earn(String key, Instant at, long points, String reason);

    Posting earnForPurchase(
        String key, Instant at, String ref, BigDecimal amount, long points, String reason);

    Posting redeem(String key, Instant at, long points, String reason);

    Posting refund(String key, Instant at, String ref, BigDecimal amount, String reason);

    Posting adjust(String key, Instant at, long points, String reason);

    Posting expire(String key, Instant at);

    java.util.Optional<Posting> posting(String key);
  }

  static Book bookOf(Ledger l) {
    return new Book() {
      @Override
      public Posting earn(String key, Instant at, long points, String reason) {
        return l.earn(key, at, points, reason);
      }

      @Override
      public Posting earnForPurchase(
          String key, Instant at, String ref, BigDecimal amount, long points, String reason) {
        return l.earnForPurchase(
            key, at, TransactionId.of(ref), Money.of(amount, "EUR"), points, reason);
      }

      @Override
      public Posting redeem(String key, Instant at, long points, String reason) {
        return l.redeem(key, at, points, reason);
      }

      @Override
      public Posting refund(String key, Instant at, String ref, BigDecimal amount, String reason) {
        return l.refund(key, at, TransactionId.of(ref), Money.of(amount, "EUR"), reason);
      }

      @Override
      public Posting adjust(String key, Instant at, long points, String reason) {
        return l.adjust(key, at, points, reason);
      }

      @Override
      public Posting expire(String key, Instant at) {
        return l.expire(key, at);
      }

      @Override
      public java.util.Optional<Posting> posting(String key) {
        return l.posting(key);
      }
    };
  }

  /** Runs the scenario and returns the instants after each operation. */
  private static List<Instant> run(Scenario s, Ledger ledger, Map<String, Posting> firstResults) {
    return run(s, bookOf(ledger), firstResults);
  }

  /** Runs the scenario on {@code ledger} and returns the instants after each operation. */
  private static List<Instant> run(Scenario s, Book ledger, Map<String, Posting> firstResults) {
    List<Instant> times = new ArrayList<>();
    List<Runnable> done = new ArrayList<>();
    List<String> purchases = new ArrayList<>();
    Instant now = START;
    for (int i = 0; i < s.ops().size(); i++) {
      Op op = s.ops().get(i);
      String key = "op-" + i;
      if (op instanceof Retry r) {
        if (!done.isEmpty()) {
          done.get(r.index() % done.size()).run();
        }
        times.add(now);
        continue;
      }
      now = now.plus(Duration.ofHours(gapOf(op)));
      Instant at = now;
      Runnable action;
      if (op instanceof Earn e) {
        action = () -> remember(firstResults, key, ledger.earn(key, at, e.points(), "bonus"));
      } else if (op instanceof Purchase p) {
        String ref = "T" + i;
        purchases.add(ref);
        String purchaseKey =
            i % 2 == 0 ? ref : key; // both a key of its own and the purchase id as key
        action =
            () ->
                remember(
                    firstResults,
                    purchaseKey,
                    ledger.earnForPurchase(
                        purchaseKey,
                        at,
                        ref,
                        BigDecimal.valueOf(p.amount()),
                        p.points(),
                        "purchase " + ref));
      } else if (op instanceof Redeem r) {
        action =
            () -> {
              try {
                remember(firstResults, key, ledger.redeem(key, at, r.points(), "reward"));
              } catch (InsufficientPointsException expected) {
                assertThat(ledger.posting(key)).isEmpty();
              }
            };
      } else if (op instanceof Refund f) {
        String ref = purchases.isEmpty() ? "none" : purchases.get(f.purchase() % purchases.size());
        action =
            () ->
                remember(
                    firstResults,
                    key,
                    ledger.refund(
                        key, at, ref, BigDecimal.valueOf(f.amount()), "refund of " + ref));
      } else if (op instanceof Adjust a) {
        action =
            () -> {
              try {
                remember(firstResults, key, ledger.adjust(key, at, a.points(), "operator"));
              } catch (InsufficientPointsException expected) {
                assertThat(ledger.posting(key)).isEmpty();
              }
            };
      } else {
        action = () -> remember(firstResults, key, ledger.expire(key, at));
      }
      action.run();
      done.add(action);
      times.add(now);
    }
    return times;
  }

  private static int gapOf(Op op) {
    if (op instanceof Earn e) {
      return e.gapHours();
    } else if (op instanceof Purchase p) {
      return p.gapHours();
    } else if (op instanceof Redeem r) {
      return r.gapHours();
    } else if (op instanceof Refund f) {
      return f.gapHours();
    } else if (op instanceof Adjust a) {
      return a.gapHours();
    } else if (op instanceof Expire x) {
      return x.gapHours();
    }
    return 0;
  }

  private static void remember(Map<String, Posting> first, String key, Posting posting) {
    Posting earlier = first.putIfAbsent(key, posting);
    if (earlier != null) {
      assertThat(posting).isEqualTo(earlier);
    }
  }

  @Property(tries = 200)
  void available_is_never_negative_unless_the_policy_allows(@ForAll("scenarios") Scenario s) {
    Ledger ledger = Ledger.create(s.policy());
    List<Instant> times = run(s, ledger, new HashMap<>());
    for (Instant t : times) {
      Balance b = ledger.balanceAt(t);
      if (s.policy().negativeBalance() == NegativeBalancePolicy.CAP_AT_ZERO) {
        assertThat(b.available()).isGreaterThanOrEqualTo(0);
      }
    }
  }

  @Property(tries = 200)
  void earned_minus_reversed_is_available_plus_pending_plus_redeemed_plus_expired(
      @ForAll("scenarios") Scenario s) {
    Ledger ledger = Ledger.create(s.policy());
    List<Instant> times = run(s, ledger, new HashMap<>());
    long earned = 0;
    long negative = 0;
    for (LedgerEntry e : ledger.entries()) {
      if (e.points() > 0) {
        earned += e.points();
      } else {
        negative -= e.points();
      }
    }
    Instant end = times.isEmpty() ? START : times.get(times.size() - 1);
    Balance b = ledger.balanceAt(end.plus(Duration.ofDays(3650)));
    // computed independently of Balance's own check: from the raw entries
    assertThat(earned).isEqualTo(b.lifetimeEarned());
    assertThat(negative)
        .isEqualTo(
            b.redeemed() + b.reversed() + b.expired() - (b.expired() - bookedExpired(ledger)));
    assertThat(b.lifetimeEarned() - b.reversed())
        .isEqualTo(b.available() + b.pending() + b.redeemed() + b.expired());
    assertThat(ledger.sumOfEntries()).isEqualTo(ledger.balanceAt(end).total());
    // the fast current-state reading agrees with the replay
    assertThat(ledger.availableAt(end)).isEqualTo(ledger.balanceAt(end).available());
    assertThat(ledger.availableAt(end.plus(Duration.ofDays(3650)))).isEqualTo(b.available());
    assertThat(ledger.availableAt(end.plus(Duration.ofDays(20))))
        .isEqualTo(ledger.balanceAt(end.plus(Duration.ofDays(20))).available());
  }

  private static long bookedExpired(Ledger ledger) {
    long sum = 0;
    for (LedgerEntry e : ledger.entries()) {
      if (e.type() == EntryType.EXPIRE) {
        sum -= e.points();
      }
    }
    return sum;
  }

  @Property(tries = 200)
  void redemptions_take_lots_in_fifo_order(@ForAll("scenarios") Scenario s) {
    LedgerPolicy policy = s.policy().withConsumptionOrder(ConsumptionOrder.FIFO);
    Ledger ledger = Ledger.create(policy);
    run(new Scenario(policy, s.ops()), ledger, new HashMap<>());
    List<Lot> lots = ledger.lots();
    long[] remaining = new long[lots.size()];
    for (LedgerEntry e : ledger.entries()) {
      if (e.type() == EntryType.REDEEM) {
        // an independent FIFO: take from available lots in lot order
        List<Allocation> expected = new ArrayList<>();
        long left = -e.points();
        for (int i = 0; i < remaining.length && left > 0; i++) {
          if (remaining[i] > 0 && !lots.get(i).availableAt().isAfter(e.at())) {
            long t = Math.min(left, remaining[i]);
            expected.add(Allocation.of(i, t));
            left -= t;
          }
        }
        assertThat(e.allocations()).isEqualTo(expected);
      }
      e.createdLot().ifPresent(lot -> remaining[lot] = e.points());
      for (Allocation a : e.allocations()) {
        remaining[a.lot()] -= a.points();
        assertThat(remaining[a.lot()]).isGreaterThanOrEqualTo(0);
      }
    }
  }

  @Property(tries = 200)
  void replaying_the_same_operations_gives_the_same_ledger(@ForAll("scenarios") Scenario s) {
    Ledger first = Ledger.create(s.policy());
    Ledger second = Ledger.create(s.policy());
    run(s, first, new HashMap<>());
    run(s, second, new HashMap<>());
    assertThat(second.entries()).isEqualTo(first.entries());
    assertThat(second.lots()).isEqualTo(first.lots());
  }

  @Property(tries = 200)
  void a_ledger_replayed_from_its_recorded_operations_equals_it(@ForAll("scenarios") Scenario s) {
    Ledger ledger = Ledger.create(s.policy());
    List<LedgerOperation> recorded = new ArrayList<>();
    LoyaltyInternals.ledger().journal(ledger, recorded::add);
    Map<String, Posting> first = new HashMap<>();
    List<Instant> instants = run(s, ledger, first);
    Ledger replayed = Ledger.replay(s.policy(), recorded);
    assertThat(replayed.entries()).isEqualTo(ledger.entries());
    assertThat(replayed.lots()).isEqualTo(ledger.lots());
    assertThat(replayed.operationCount()).isEqualTo(ledger.operationCount());
    assertThat(replayed.debt()).isEqualTo(ledger.debt());
    for (Instant t : instants) {
      assertThat(replayed.balanceAt(t)).isEqualTo(ledger.balanceAt(t));
    }
    for (Map.Entry<String, Posting> p : first.entrySet()) {
      assertThat(replayed.posting(p.getKey())).contains(p.getValue());
    }
  }

  @Property(tries = 200)
  void retried_operations_take_effect_once(@ForAll("scenarios") Scenario s) {
    Ledger ledger = Ledger.create(s.policy());
    Map<String, Posting> first = new HashMap<>();
    run(s, ledger, first);
    Map<String, Integer> operationEntries = new HashMap<>();
    for (LedgerEntry e : ledger.entries()) {
      if (!e.idempotencyKey().equals(Ledger.EXPIRY_KEY)) {
        operationEntries.merge(e.idempotencyKey(), 1, Integer::sum);
      }
    }
    assertThat(operationEntries.values()).allMatch(n -> n == 1);
    for (Map.Entry<String, Posting> p : first.entrySet()) {
      assertThat(ledger.posting(p.getKey())).contains(p.getValue());
    }
  }

  @Property(tries = 200)
  void expiry_at_a_date_is_the_same_however_often_it_runs(@ForAll("scenarios") Scenario s) {
    Ledger ledger = Ledger.create(s.policy());
    List<Instant> times = run(s, ledger, new HashMap<>());
    Instant end =
        (times.isEmpty() ? START : times.get(times.size() - 1)).plus(Duration.ofDays(400));
    ledger.expire("sweep-1", end);
    List<LedgerEntry> once = ledger.entries();
    Balance b = ledger.balanceAt(end);
    ledger.expire("sweep-2", end);
    assertThat(ledger.entries()).isEqualTo(once);
    assertThat(ledger.balanceAt(end)).isEqualTo(b);
  }

  /**
   * Both ledgers, run side by side: every operation runs on both, must give equal postings or equal
   * exceptions and leave equal debts and due instants; the columnar ledger's result is returned (or
   * its exception thrown). Every third purchase books through the quiet variant.
   */
  static final class PairBook implements Book {
    final Ledger mine;
    final ObjectLedger theirs;
    private int purchases;

    PairBook(Ledger mine, ObjectLedger theirs) {
      this.mine = mine;
      this.theirs = theirs;
    }

    private Posting both(
        java.util.function.Supplier<Posting> m, java.util.function.Supplier<Posting> t) {
      RuntimeException failure = null;
      Posting posting = null;
      try {
        posting = m.get();
      } catch (RuntimeException e) {
        failure = e;
      }
      Object expected;
      try {
        expected = t.get();
      } catch (RuntimeException e) {
        expected = e.getClass().getSimpleName() + ": " + e.getMessage();
      }
      assertThat(
              failure == null
                  ? posting
                  : failure.getClass().getSimpleName() + ": " + failure.getMessage())
          .isEqualTo(expected);
      assertThat(mine.nextDueEpochNanos()).isEqualTo(theirs.nextDueEpochNanos());
      assertThat(mine.debt()).isEqualTo(theirs.debt());
      if (failure != null) {
        throw failure;
      }
      return posting;
    }

    @Override
    public Posting earn(String key, Instant at, long points, String reason) {
      return both(
          () -> mine.earn(key, at, points, reason), () -> theirs.earn(key, at, points, reason));
    }

    @Override
    public Posting earnForPurchase(
        String key, Instant at, String ref, BigDecimal amount, long points, String reason) {
      if (purchases++ % 3
          == 0) { // the quiet variant books the same; the posting is found afterwards
        return both(
            () -> {
              Money money = Money.of(amount, "EUR");
              long request =
                  RequestFingerprint.of("purchase").and(ref).and(money).and(points).value();
              LoyaltyInternals.ledger()
                  .earnForPurchaseQuietly(
                      mine, key, at, TransactionId.of(ref), money, points, reason, request);
              return mine.posting(key).orElseThrow();
            },
            () -> theirs.earnForPurchase(key, at, ref, amount, points, reason));
      }
      return both(
          () ->
              mine.earnForPurchase(
                  key, at, TransactionId.of(ref), Money.of(amount, "EUR"), points, reason),
          () -> theirs.earnForPurchase(key, at, ref, amount, points, reason));
    }

    @Override
    public Posting redeem(String key, Instant at, long points, String reason) {
      return both(
          () -> mine.redeem(key, at, points, reason), () -> theirs.redeem(key, at, points, reason));
    }

    @Override
    public Posting refund(String key, Instant at, String ref, BigDecimal amount, String reason) {
      return both(
          () -> mine.refund(key, at, TransactionId.of(ref), Money.of(amount, "EUR"), reason),
          () -> theirs.refund(key, at, ref, amount, reason));
    }

    @Override
    public Posting adjust(String key, Instant at, long points, String reason) {
      return both(
          () -> mine.adjust(key, at, points, reason), () -> theirs.adjust(key, at, points, reason));
    }

    @Override
    public Posting expire(String key, Instant at) {
      return both(() -> mine.expire(key, at), () -> theirs.expire(key, at));
    }

    @Override
    public java.util.Optional<Posting> posting(String key) {
      assertThat(mine.posting(key)).isEqualTo(theirs.posting(key));
      return mine.posting(key);
    }
  }

  @Property(tries = 300)
  void the_columnar_ledger_books_what_the_object_ledger_booked(@ForAll("scenarios") Scenario s) {
    Ledger ledger = Ledger.create(s.policy());
    ObjectLedger reference = ObjectLedger.create(s.policy());
    List<Instant> times = new ArrayList<>(run(s, new PairBook(ledger, reference), new HashMap<>()));
    Instant end = times.isEmpty() ? START : times.get(times.size() - 1);
    Instant sweep = end.plus(Duration.ofDays(1)); // the key-less sweep books the same
    assertThat(ledger.expireDue(sweep)).isEqualTo(reference.expireDue(sweep));
    assertThat(ledger.entries()).isEqualTo(reference.entries());
    assertThat(ledger.size()).isEqualTo(reference.size());
    assertThat(ledger.lots()).isEqualTo(reference.lots());
    assertThat(ledger.operationCount()).isEqualTo(reference.operationCount());
    assertThat(ledger.sumOfEntries()).isEqualTo(reference.sumOfEntries());
    assertThat(ledger.lastEntryAt()).isEqualTo(reference.lastEntryAt());
    for (int i = 0; i < ledger.size(); i++) {
      LedgerEntry e = ledger.entry(i);
      assertThat(ledger.entryType(i)).isEqualTo(e.type());
      assertThat(ledger.entryPoints(i)).isEqualTo(e.points());
      assertThat(Instant.EPOCH.plusNanos(ledger.entryEpochNanos(i))).isEqualTo(e.at());
    }
    for (Lot lot : reference.lots()) {
      assertThat(ledger.consumptionsOf(lot.id())).isEqualTo(reference.consumptionsOf(lot.id()));
    }
    times.add(end.plus(Duration.ofDays(45)));
    times.add(end.plus(Duration.ofDays(3650)));
    for (Instant t : times) {
      assertThat(ledger.balanceAt(t)).isEqualTo(reference.balanceAt(t));
      assertThat(ledger.availableAt(t)).isEqualTo(reference.availableAt(t));
      assertThat(ledger.outstandingLotsAt(t)).isEqualTo(reference.outstandingLotsAt(t));
      assertThat(ledger.inactivityExpiryAfter(t)).isEqualTo(reference.inactivityExpiryAfter(t));
      assertThat(ledger.debtAt(t)).isEqualTo(reference.debtAt(t));
    }
  }
}
