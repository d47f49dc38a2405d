package io.crmkit.loyalty.simulation;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.loyalty.account.LoyaltyAccount;
import io.crmkit.loyalty.ledger.Ledger;
import io.crmkit.loyalty.ledger.LedgerEntry;
import io.crmkit.loyalty.ledger.Posting;
import io.crmkit.loyalty.tier.Tier;
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
    List<Transaction> sorted = new ArrayList<>(history);
    sorted.sort(Comparator.comparing(Transaction::timestamp)); // stable: ties keep their order
    return new Replay(scenario, options).run(sorted);
  }

  private static final class Replay {
    final Scenario scenario;
    final SimulationOptions options;
    final ZoneId zone;
    final Map<CustomerId, LoyaltyAccount> accounts = new LinkedHashMap<>();
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
    }

    SimulationRun run(List<Transaction> sorted) {
      month = YearMonth.from(sorted.get(0).timestamp().atZone(zone));
      nextClose = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
      RedemptionBehaviour redemption = options.redemption();
      for (Transaction tx : sorted) {
        Instant t = tx.timestamp();
        while (!t.isBefore(nextClose)) {
          close();
        }
        String key = tx.id().value();
        if (tx.isPurchase()) {
          LoyaltyAccount account = accounts.computeIfAbsent(tx.customerId(),
              id -> LoyaltyAccount.open(id, scenario.program().ledgerPolicy(), scenario.tiers()));
          Ledger ledger = account.ledger();
          int before = ledger.operationCount();
          Posting posting = account.purchaseFast(scenario.program(), tx);
          if (ledger.operationCount() == before) {
            continue; // a retried transaction id: no second effect
          }
          tally(posting.entries());
          if (redemption.redeems()) {
            long available = ledger.availableAt(t);
            if (available >= redemption.threshold()) {
              long points = available / redemption.block() * redemption.block();
              tally(ledger.redeem(key + "#redeem", t, points, "simulated redemption").entries());
            }
          }
        } else {
          LoyaltyAccount account = accounts.get(tx.customerId());
          if (account == null) {
            continue;
          }
          int before = account.ledger().operationCount();
          Posting p = account.refund(tx);
          if (account.ledger().operationCount() != before) {
            tally(p.entries());
          }
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

    void tally(List<LedgerEntry> entries) {
      for (int i = 0; i < entries.size(); i++) {
        LedgerEntry e = entries.get(i);
        long p = e.points();
        outstanding += p;
        switch (e.type()) {
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
      TierProgram tiers = scenario.tiers().orElse(null);
      if (tiers != null) {
        for (Tier tier : tiers.tiers()) {
          perTier.put(tier.name(), 0L);
        }
      }
      for (LoyaltyAccount a : accounts.values()) {
        if (tiers != null) {
          perTier.merge(a.tierAt(endOfMonth).orElseThrow(), 1L, Long::sum);
        }
        tally(a.ledger().expireDue(c));
      }
      months.add(new MonthStats(month, issued, redeemed, expired, reversed, outstanding,
          scenario.program().redemptionRate().valueOf(outstanding), perTier));
      issued = 0;
      redeemed = 0;
      expired = 0;
      reversed = 0;
      month = month.plusMonths(1);
      nextClose = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }
  }
}
