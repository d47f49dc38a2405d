package io.crmkit.loyalty.simulation;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.loyalty.account.LoyaltyAccount;
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
 * ledger, refunds reverse their purchase's points, members redeem as the
 * {@link RedemptionBehaviour} says, and at the end of each calendar month (in the options' zone)
 * the due expiries are booked and the month's figures are taken. Chained effects follow: a tier
 * upgrade changes the multiplier of the purchases after it.
 *
 * <p>Deterministic: the history is processed in timestamp order (ties in the given order), so the
 * same history, scenario and options give the same ledgers to the point.
 */
public final class WhatIfSimulation {

  private WhatIfSimulation() {}

  /** Replays {@code history} through {@code current} and {@code proposed} and compares them. */
  public static WhatIfComparison compare(List<Transaction> history, Scenario current, Scenario proposed,
      SimulationOptions options) {
    return new WhatIfComparison(replay(history, current, options).report(),
        replay(history, proposed, options).report());
  }

  /** Replays {@code history} (at least one transaction) through {@code scenario}. */
  public static SimulationRun replay(List<Transaction> history, Scenario scenario, SimulationOptions options) {
    Objects.requireNonNull(history, "history must not be null");
    Objects.requireNonNull(scenario, "scenario must not be null");
    Objects.requireNonNull(options, "options must not be null");
    if (history.isEmpty()) {
      throw new IllegalArgumentException("history must not be empty");
    }
    return replay(history, scenario, options, false);
  }

  /**
   * The replay; with {@code sweepEveryAccount}, every close books the due expiries of every account
   * and counts every account's tier (the reference the calendar of due dates and the kept tier
   * counts are checked against in tests).
   */
  static SimulationRun replay(List<Transaction> history, Scenario scenario, SimulationOptions options,
      boolean sweepEveryAccount) {
    Objects.requireNonNull(history, "history must not be null");
    Objects.requireNonNull(scenario, "scenario must not be null");
    Objects.requireNonNull(options, "options must not be null");
    if (history.isEmpty()) {
      throw new IllegalArgumentException("history must not be empty");
    }
    List<Transaction> sorted = new ArrayList<>(history);
    sorted.sort(Comparator.comparing(Transaction::timestamp)); // stable: ties keep their order
    Replay r = new Replay(scenario, options);
    r.sweepEveryAccount = sweepEveryAccount;
    return r.run(sorted);
  }

  private static long nanos(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
  }

  private static final class Replay {
    final Scenario scenario;
    final SimulationOptions options;
    final ZoneId zone;
    // accounts in opening order, and a calendar of due expiries: instead of sweeping every account at
    // every month end, each close visits only the accounts scheduled in its month (the months' sums,
    // and the ledgers, are the same: an account with nothing due books nothing at a close)
    final OpenedAccounts accounts = new OpenedAccounts();
    final List<LoyaltyAccount> list = accounts.list();
    long[] scheduled = new long[1024]; // per account: the due instant (epoch nanos) it is scheduled for
    // members per tier, kept as purchases and refunds change tiers: a tier changes otherwise only at a
    // review or at the end of a grace period, and the closes of the months with one count every account
    final TierProgram tiers;
    byte[] tierOf = new byte[1024]; // per account: its tier (index) as last seen
    long[] tierCounts;
    Instant lastClose; // null: before the first close
    int opened; // the accounts [0, opened) have had their first purchase
    final ArrayList<int[]> calendar = new ArrayList<>(); // per month offset: [count, account...]
    boolean sweepEveryAccount;
    YearMonth firstMonth;
    int monthOffset;
    final List<MonthStats> months = new ArrayList<>();
    long issued;
    long redeemed;
    long expired;
    long reversed;
    long outstanding;
    YearMonth month;
    Instant nextClose;

    Replay(Scenario scenario, SimulationOptions options) {
      this.scenario = scenario;
      this.options = options;
      this.zone = options.zone();
      this.tiers = scenario.tiers().orElse(null);
      if (tiers != null) {
        if (tiers.tiers().size() > Byte.MAX_VALUE) {
          throw new IllegalArgumentException("a replay takes at most " + Byte.MAX_VALUE + " tiers but the scenario has "
              + tiers.tiers().size());
        }
        tierCounts = new long[tiers.tiers().size()];
      }
    }

    SimulationRun run(List<Transaction> sorted) {
      month = YearMonth.from(sorted.get(0).timestamp().atZone(zone));
      firstMonth = month;
      monthOffset = 0;
      nextClose = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
      RedemptionBehaviour redemption = options.redemption();
      // the accounts first, in one pass: opened at their customer's first purchase (the order of the
      // report), each transaction's account looked up in a tight loop whose lookups overlap in memory
      int[] positions = new int[sorted.size()];
      for (int k = 0; k < positions.length; k++) {
        Transaction tx = sorted.get(k);
        int ai = accounts.position(tx.customerId());
        if (ai < 0 && tx.isPurchase()) {
          ai = open(tx.customerId());
        }
        positions[k] = ai;
      }
      for (int k = 0; k < positions.length; k++) {
        Transaction tx = sorted.get(k);
        Instant t = tx.timestamp();
        while (!t.isBefore(nextClose)) {
          close();
        }
        String key = tx.id().value();
        if (tx.isPurchase()) {
          int ai = positions[k];
          if (ai == opened) { // the customer's first purchase: the account joins the figures
            opened++;
            if (tiers != null) {
              tierCounts[0]++; // the entry tier
            }
          }
          LoyaltyAccount account = list.get(ai);
          Ledger ledger = account.ledger();
          int before = ledger.size();
          if (!account.purchaseFast(scenario.program(), tx)) {
            continue; // a retried transaction id: no second effect
          }
          if (redemption.redeems()) {
            long available = ledger.availableAt(t);
            if (available >= redemption.threshold()) {
              long points = available / redemption.block() * redemption.block();
              ledger.redeem(key + "#redeem", t, points, "simulated redemption");
            }
          }
          tally(ledger, before);
          schedule(ai, ledger);
          retier(ai, account, t);
        } else {
          int slot = positions[k];
          if (slot < 0) {
            continue; // a refund of a customer without an account (no purchase yet)
          }
          LoyaltyAccount account = list.get(slot);
          int before = account.ledger().size();
          account.refund(tx);
          tally(account.ledger(), before); // a retried refund appends nothing
          schedule(slot, account.ledger());
          retier(slot, account, t);
        }
      }
      YearMonth last = month;
      if (options.until().isPresent() && options.until().get().isAfter(last)) {
        last = options.until().get();
      }
      while (!month.isAfter(last)) {
        close();
      }
      return new SimulationRun(new SimulationReport(scenario.name(), months, accounts.size()), accounts);
    }

    /** Opens the account of {@code id} and returns its position in {@code list}. */
    int open(CustomerId id) {
      int i = accounts.open(LoyaltyAccount.open(id, scenario.program().ledgerPolicy(), scenario.tiers()));
      if (i == scheduled.length) {
        scheduled = java.util.Arrays.copyOf(scheduled, 2 * i);
        tierOf = java.util.Arrays.copyOf(tierOf, 2 * i);
      }
      scheduled[i] = Long.MAX_VALUE;
      return i;
    }

    /** Counts account {@code i} in its tier at {@code t} (just after its purchase or refund at {@code t}). */
    void retier(int i, LoyaltyAccount account, Instant t) {
      if (tiers != null) {
        int now = account.tierIndexAt(t);
        if (now != tierOf[i]) {
          tierCounts[tierOf[i]]--;
          tierCounts[now]++;
          tierOf[i] = (byte) now;
        }
      }
    }

    /**
     * Whether a review, or the end of a grace period after one, falls in {@code [from, to)}; true
     * when {@code from} is null (the first close).
     */
    boolean tierEventIn(Instant from, Instant to) {
      if (from == null) {
        return true;
      }
      ZoneId z = tiers.zone();
      // a grace period ending in [from, to) follows a review at most its length (plus a year) earlier
      long graceYears = tiers.grace().toTotalMonths() / 12 + tiers.grace().getDays() / 365 + 1;
      int first = (int) Math.max(Integer.MIN_VALUE / 2, from.atZone(z).getYear() - 1 - Math.min(graceYears, 10_000));
      int last = to.atZone(z).getYear();
      for (int y = first; y <= last; y++) {
        Instant review = tiers.reviewDate().atYear(y).atStartOfDay(z).toInstant();
        Instant graceEnd = review.atZone(z).plus(tiers.grace()).toInstant();
        if (!review.isBefore(from) && review.isBefore(to) || !graceEnd.isBefore(from) && graceEnd.isBefore(to)) {
          return true;
        }
      }
      return false;
    }

    /** Puts account {@code i} in the calendar if its ledger may fall due before the date it is scheduled for. */
    void schedule(int i, Ledger ledger) {
      long due = ledger.nextDueEpochNanos();
      if (due >= scheduled[i]) {
        return;
      }
      scheduled[i] = due;
      // the close at the start of month M + 1 books what is due in (start of M, start of M + 1]
      Instant before = Instant.ofEpochSecond(Math.floorDiv(due, 1_000_000_000L), Math.floorMod(due, 1_000_000_000L))
          .minusNanos(1);
      long offset = firstMonth.until(YearMonth.from(before.atZone(zone)), java.time.temporal.ChronoUnit.MONTHS);
      int k = (int) Math.max(offset, monthOffset);
      while (calendar.size() <= k) {
        calendar.add(null);
      }
      int[] bucket = calendar.get(k);
      if (bucket == null) {
        bucket = new int[16];
      } else if (bucket[0] + 1 == bucket.length) {
        bucket = java.util.Arrays.copyOf(bucket, 2 * bucket.length);
      }
      bucket[++bucket[0]] = i;
      calendar.set(k, bucket);
    }

    /** Adds the ledger's entries from {@code from} on to the month's figures. */
    void tally(Ledger ledger, int from) {
      for (int i = from; i < ledger.size(); i++) {
        long p = ledger.entryPoints(i);
        outstanding += p;
        switch (ledger.entryType(i)) {
          case EARN -> issued += p;
          case REDEEM -> redeemed -= p;
          case EXPIRE -> expired -= p;
          case REVERSE -> reversed -= p;
          case ADJUST -> {
            if (p > 0) {
              issued += p;
            } else {
              reversed -= p;
            }
          }
        }
      }
    }

    void close() {
      Instant c = nextClose;
      Instant endOfMonth = c.minusNanos(1);
      Map<String, Long> perTier = new LinkedHashMap<>();
      if (tiers != null) {
        if (sweepEveryAccount || tierEventIn(lastClose, c)) {
          java.util.Arrays.fill(tierCounts, 0);
          for (int i = 0; i < opened; i++) {
            int k = list.get(i).tierIndexAt(endOfMonth);
            tierOf[i] = (byte) k;
            tierCounts[k]++;
          }
        }
        for (int k = 0; k < tierCounts.length; k++) {
          perTier.put(tiers.tiers().get(k).name(), tierCounts[k]);
        }
      }
      lastClose = c;
      if (sweepEveryAccount) {
        for (int i = 0; i < opened; i++) {
          Ledger ledger = list.get(i).ledger();
          tally(ledger, ledger.expireDueQuietly(c));
        }
      } else {
        visitCalendar(c);
      }
      months.add(new MonthStats(month, issued, redeemed, expired, reversed, outstanding,
          scenario.program().redemptionRate().valueOf(outstanding), perTier));
      issued = 0;
      redeemed = 0;
      expired = 0;
      reversed = 0;
      month = month.plusMonths(1);
      monthOffset++;
      nextClose = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }

    /** Books the due expiries of the accounts the calendar holds for this month's close at {@code c}. */
    void visitCalendar(Instant c) {
      long cNanos = nanos(c);
      int[] bucket = monthOffset < calendar.size() ? calendar.get(monthOffset) : null;
      if (bucket != null) {
        calendar.set(monthOffset, null);
        for (int j = 1; j <= bucket[0]; j++) {
          int i = bucket[j];
          if (scheduled[i] > cNanos) {
            continue; // rescheduled meanwhile (a stale calendar entry)
          }
          Ledger ledger = list.get(i).ledger();
          tally(ledger, ledger.expireDueQuietly(c));
          scheduled[i] = Long.MAX_VALUE;
          monthOffset++; // the next due goes to a later close
          schedule(i, ledger);
          monthOffset--;
        }
      }
    }
  }
}
