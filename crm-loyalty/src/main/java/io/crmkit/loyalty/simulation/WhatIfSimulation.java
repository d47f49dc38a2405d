package io.crmkit.loyalty.simulation;

import io.crmkit.core.transaction.Transaction;
import io.crmkit.loyalty.account.LoyaltyAccount;
import io.crmkit.loyalty.internal.LoyaltyInternals;
import io.crmkit.loyalty.ledger.Ledger;
import io.crmkit.loyalty.tier.TierProgram;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Replays a transaction history through a {@link Scenario}: every purchase is evaluated with the
 * member's state at that moment (tier, visits, day and month earnings) and booked on the member's
 * ledger, refunds reverse their purchase's points, members redeem as the {@link
 * RedemptionBehaviour} says, and at the end of each calendar month (in the options' zone) the due
 * expiries are booked and the month's figures are taken. Chained effects follow: a tier upgrade
 * changes the multiplier of the purchases after it.
 *
 * <p>Deterministic: the history is processed in timestamp order (ties in the given order), so the
 * same history, scenario and options give the same ledgers to the point.
 *
 * <p>Members do not affect each other, so the replay runs member by member: each account's
 * transactions in time order, with the month ends between them, while the account's state is in the
 * processor's cache; the month figures are sums over the members. This gives the same ledgers and
 * figures as processing all transactions in time order across all members, which the tests check,
 * with far fewer memory round trips for millions of members.
 *
 * @since 0.1
 */
public final class WhatIfSimulation {

  private static final LoyaltyInternals.LedgerAccess LEDGER = LoyaltyInternals.ledger();

  private WhatIfSimulation() {}

  /** Replays {@code history} through {@code current} and {@code proposed} and compares them. */
  public static WhatIfComparison compare(
      List<Transaction> history, Scenario current, Scenario proposed, SimulationOptions options) {
    return new WhatIfComparison(
        replay(history, current, options).report(), replay(history, proposed, options).report());
  }

  /** Replays {@code history} (at least one transaction) through {@code scenario}. */
  public static SimulationRun replay(
      List<Transaction> history, Scenario scenario, SimulationOptions options) {
    Objects.requireNonNull(history, "history must not be null");
    Objects.requireNonNull(scenario, "scenario must not be null");
    Objects.requireNonNull(options, "options must not be null");
    if (history.isEmpty()) {
      throw new IllegalArgumentException("history must not be empty");
    }
    List<Transaction> sorted = new ArrayList<>(history);
    sorted.sort(Comparator.comparing(Transaction::timestamp)); // stable: ties keep their order
    return new Replay(scenario, options, sorted).run();
  }

  private static long nanos(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
  }

  private static final class Replay {
    final Scenario scenario;
    final SimulationOptions options;
    final List<Transaction> sorted;
    final TierProgram tiers; // null: none
    final OpenedAccounts accounts = new OpenedAccounts();
    // the month ends: month m (from the month of the first transaction) closes at closes[m]
    final YearMonth firstMonth;
    final Instant[] closes;
    final Instant[] monthEnds; // the last instant of each month (a nanosecond before its close)
    final long[] closeNanos;
    // per month: the figures of the entries booked in it, and members per tier at its end
    final long[] issued;
    final long[] redeemed;
    final long[] expired;
    final long[] reversed;
    final long[] change; // of the points outstanding
    final long[][] perTier;

    Replay(Scenario scenario, SimulationOptions options, List<Transaction> sorted) {
      this.scenario = scenario;
      this.options = options;
      this.sorted = sorted;
      this.tiers = scenario.tiers().orElse(null);
      ZoneId zone = options.zone();
      firstMonth = YearMonth.from(sorted.get(0).timestamp().atZone(zone));
      YearMonth last = YearMonth.from(sorted.get(sorted.size() - 1).timestamp().atZone(zone));
      if (options.until().isPresent() && options.until().get().isAfter(last)) {
        last = options.until().get();
      }
      int n = (int) firstMonth.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
      closes = new Instant[n];
      monthEnds = new Instant[n];
      closeNanos = new long[n];
      for (int m = 0; m < n; m++) {
        closes[m] = firstMonth.plusMonths(m + 1L).atDay(1).atStartOfDay(zone).toInstant();
        monthEnds[m] = closes[m].minusNanos(1);
        closeNanos[m] = nanos(closes[m]);
      }
      issued = new long[n];
      redeemed = new long[n];
      expired = new long[n];
      reversed = new long[n];
      change = new long[n];
      perTier = tiers == null ? null : new long[n][tiers.tiers().size()];
    }

    SimulationRun run() {
      // each transaction's account, opened at its customer's first purchase (the order of the
      // report);
      // a refund before its customer's first purchase has none and is skipped
      int size = sorted.size();
      int[] position = new int[size];
      for (int k = 0; k < size; k++) {
        Transaction tx = sorted.get(k);
        int a = accounts.position(tx.customerId());
        if (a < 0 && tx.isPurchase()) {
          a =
              accounts.open(
                  tiers == null
                      ? LoyaltyAccount.open(tx.customerId(), scenario.program().ledgerPolicy())
                      : LoyaltyAccount.open(
                          tx.customerId(), scenario.program().ledgerPolicy(), tiers));
        }
        position[k] = a;
      }
      // the transactions grouped by account, in time order within each (a counting sort)
      int members = accounts.size();
      int[] start = new int[members + 1];
      for (int a : position) {
        if (a >= 0) {
          start[a + 1]++;
        }
      }
      for (int a = 0; a < members; a++) {
        start[a + 1] += start[a];
      }
      int[] order = new int[start[members]];
      int[] next = java.util.Arrays.copyOf(start, members);
      for (int k = 0; k < size; k++) {
        if (position[k] >= 0) {
          order[next[position[k]]++] = k;
        }
      }
      position = null; // not needed any more: let it go
      next = null;
      for (int a = 0; a < members; a++) {
        replay(accounts.at(a), order, start[a], start[a + 1]);
      }
      List<MonthStats> months = new ArrayList<>(closes.length);
      long outstanding = 0;
      for (int m = 0; m < closes.length; m++) {
        outstanding += change[m];
        Map<String, Long> counts = new LinkedHashMap<>();
        if (tiers != null) {
          for (int k = 0; k < perTier[m].length; k++) {
            counts.put(tiers.tiers().get(k).name(), perTier[m][k]);
          }
        }
        months.add(
            new MonthStats(
                firstMonth.plusMonths(m),
                issued[m],
                redeemed[m],
                expired[m],
                reversed[m],
                outstanding,
                scenario.program().redemptionRate().valueOf(outstanding),
                counts));
      }
      return new SimulationRun(new SimulationReport(scenario.name(), months, members), accounts);
    }

    /**
     * Replays one account: its transactions {@code order[from, to)} in time order, with the month
     * ends between them.
     */
    void replay(LoyaltyAccount account, int[] order, int from, int to) {
      Ledger ledger = account.ledger();
      RedemptionBehaviour redemption = options.redemption();
      // the account opens at its first transaction (a purchase): it takes part in the closes after
      // it
      int m = monthOf(nanos(sorted.get(order[from]).timestamp()));
      for (int j = from; j < to; j++) {
        Transaction tx = sorted.get(order[j]);
        Instant t = tx.timestamp();
        long tn = nanos(t);
        while (closeNanos[m] <= tn) {
          close(account, ledger, m++);
        }
        int before = ledger.size();
        if (tx.isPurchase()) {
          if (!account.purchaseFast(scenario.program(), tx)) {
            continue; // a retried transaction id: no second effect
          }
          if (redemption.redeems()) {
            long available = ledger.availableAt(t);
            if (available >= redemption.threshold()) {
              long points = available / redemption.block() * redemption.block();
              ledger.redeem(tx.id().value() + "#redeem", t, points, "simulated redemption");
            }
          }
        } else {
          account.refund(
              scenario.program(), tx); // a retried refund appends nothing; an early one is held
        }
        tally(ledger, before, m);
      }
      while (m < closes.length) {
        close(account, ledger, m++);
      }
    }

    /** The month (index) whose close is the first after {@code t} (epoch nanos). */
    int monthOf(long t) {
      int m = 0;
      while (closeNanos[m] <= t) {
        m++;
      }
      return m;
    }

    /** Month {@code m}'s end for one account: its tier then, and the expiries due by the close. */
    void close(LoyaltyAccount account, Ledger ledger, int m) {
      if (tiers != null) {
        perTier[m][account.tierIndexAt(monthEnds[m])]++;
      }
      if (ledger.nextDueEpochNanos() <= closeNanos[m]) {
        tally(ledger, LEDGER.expireDueQuietly(ledger, closes[m]), m);
      }
    }

    /** Adds the ledger's entries from {@code from} on to month {@code m}'s figures. */
    void tally(Ledger ledger, int from, int m) {
      for (int i = from; i < ledger.size(); i++) {
        long p = ledger.entryPoints(i);
        change[m] += p;
        switch (ledger.entryType(i)) {
          case EARN -> issued[m] += p;
          case REDEEM -> redeemed[m] -= p;
          case EXPIRE -> expired[m] -= p;
          case REVERSE -> reversed[m] -= p;
          case ADJUST -> {
            if (p > 0) {
              issued[m] += p;
            } else {
              reversed[m] -= p;
            }
          }
        }
      }
    }
  }
}
