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

/**
 * The replay in its plainest form, the reference {@link WhatIfSimulation} is checked against: all
 * transactions in time order over all accounts, and at every month end every account's due expiries
 * booked and every account's tier counted.
 */
final class TimeOrderReplay {

  private final Scenario scenario;
  private final ZoneId zone;
  private final Map<CustomerId, LoyaltyAccount> accounts = new LinkedHashMap<>();
  private final List<MonthStats> months = new ArrayList<>();
  private long issued;
  private long redeemed;
  private long expired;
  private long reversed;
  private long outstanding;
  private YearMonth month;
  private Instant nextClose;

  private TimeOrderReplay(Scenario scenario, SimulationOptions options) {
    this.scenario = scenario;
    this.zone = options.zone();
  }

  static SimulationRun replay(
      List<Transaction> history, Scenario scenario, SimulationOptions options) {
    List<Transaction> sorted = new ArrayList<>(history);
    sorted.sort(Comparator.comparing(Transaction::timestamp));
    TimeOrderReplay r = new TimeOrderReplay(scenario, options);
    r.month = YearMonth.from(sorted.get(0).timestamp().atZone(r.zone));
    r.nextClose = r.month.plusMonths(1).atDay(1).atStartOfDay(r.zone).toInstant();
    RedemptionBehaviour redemption = options.redemption();
    for (Transaction tx : sorted) {
      Instant t = tx.timestamp();
      while (!t.isBefore(r.nextClose)) {
        r.close();
      }
      if (tx.isPurchase()) {
        LoyaltyAccount account =
            r.accounts.computeIfAbsent(
                tx.customerId(),
                id ->
                    scenario.tiers().isPresent()
                        ? LoyaltyAccount.open(
                            id, scenario.program().ledgerPolicy(), scenario.tiers().get())
                        : LoyaltyAccount.open(id, scenario.program().ledgerPolicy()));
        Ledger ledger = account.ledger();
        int before = ledger.size();
        if (!account.purchaseFast(scenario.program(), tx)) {
          continue;
        }
        if (redemption.redeems()) {
          long available = ledger.availableAt(t);
          if (available >= redemption.threshold()) {
            ledger.redeem(
                tx.id().value() + "#redeem",
                t,
                available / redemption.block() * redemption.block(),
                "simulated redemption");
          }
        }
        r.tally(ledger, before);
      } else {
        LoyaltyAccount account = r.accounts.get(tx.customerId());
        if (account != null) {
          int before = account.ledger().size();
          account.refund(scenario.program(), tx);
          r.tally(account.ledger(), before);
        }
      }
    }
    YearMonth last = r.month;
    if (options.until().isPresent() && options.until().get().isAfter(last)) {
      last = options.until().get();
    }
    while (!r.month.isAfter(last)) {
      r.close();
    }
    return new SimulationRun(
        new SimulationReport(scenario.name(), r.months, r.accounts.size()), r.accounts);
  }

  private void tally(Ledger ledger, int from) {
    for (LedgerEntryView e : LedgerEntryView.of(ledger, from)) {
      outstanding += e.points();
      switch (e.type()) {
        case EARN -> issued += e.points();
        case REDEEM -> redeemed -= e.points();
        case EXPIRE -> expired -= e.points();
        case REVERSE -> reversed -= e.points();
        case ADJUST -> {
          if (e.points() > 0) {
            issued += e.points();
          } else {
            reversed -= e.points();
          }
        }
      }
    }
  }

  private void close() {
    Instant c = nextClose;
    Map<String, Long> perTier = new LinkedHashMap<>();
    TierProgram tiers = scenario.tiers().orElse(null);
    if (tiers != null) {
      long[] counts = new long[tiers.tiers().size()];
      for (LoyaltyAccount a : accounts.values()) {
        counts[a.tierIndexAt(c.minusNanos(1))]++;
      }
      for (int k = 0; k < counts.length; k++) {
        perTier.put(tiers.tiers().get(k).name(), counts[k]);
      }
    }
    for (LoyaltyAccount a : accounts.values()) {
      int before = a.ledger().size();
      a.ledger().expireDue(c);
      tally(a.ledger(), before);
    }
    months.add(
        new MonthStats(
            month,
            issued,
            redeemed,
            expired,
            reversed,
            outstanding,
            scenario.program().redemptionRate().valueOf(outstanding),
            perTier));
    issued = 0;
    redeemed = 0;
    expired = 0;
    reversed = 0;
    month = month.plusMonths(1);
    nextClose = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
  }

  /** An entry's type and points, read from the built entries (not the ledger's columns). */
  private record LedgerEntryView(io.crmkit.loyalty.ledger.EntryType type, long points) {
    static List<LedgerEntryView> of(Ledger ledger, int from) {
      List<LedgerEntryView> out = new ArrayList<>();
      for (int i = from; i < ledger.size(); i++) {
        out.add(new LedgerEntryView(ledger.entry(i).type(), ledger.entry(i).points()));
      }
      return out;
    }
  }
}
