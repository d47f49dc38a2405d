package io.crmkit.examples.tutorial;

import io.crmkit.core.money.Money;
import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.examples.data.Datasets;
import io.crmkit.loyalty.ledger.ExpiryPolicy;
import io.crmkit.loyalty.ledger.LedgerPolicy;
import io.crmkit.loyalty.ledger.PointRate;
import io.crmkit.loyalty.program.EarningRule;
import io.crmkit.loyalty.program.Program;
import io.crmkit.loyalty.simulation.RedemptionBehaviour;
import io.crmkit.loyalty.simulation.Scenario;
import io.crmkit.loyalty.simulation.SimulationOptions;
import io.crmkit.loyalty.simulation.SimulationReport;
import io.crmkit.loyalty.simulation.WhatIfComparison;
import io.crmkit.loyalty.simulation.WhatIfSimulation;
import io.crmkit.loyalty.tier.QualificationMetric;
import io.crmkit.loyalty.tier.QualificationWindow;
import io.crmkit.loyalty.tier.Tier;
import io.crmkit.loyalty.tier.TierBenefits;
import io.crmkit.loyalty.tier.TierProgram;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/**
 * Tutorial: a loyalty programme with points and tiers, and a what-if: replay the CDNOW purchases
 * through today's programme and through a proposed one, month by month.
 *
 * @since 0.1
 */
public final class LoyaltyExample {

  private LoyaltyExample() {}

  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the tutorial, printing to {@code out}. */
  public static void run(PrintStream out) {
    Currency usd = Currency.getInstance("USD");

    // 1. The programme: 1 point per dollar, 50 bonus points every fifth purchase; points expire at
    //    the end of the month 12 months after they were earned; 100 points are worth $1.
    LedgerPolicy policy =
        LedgerPolicy.simple(ZoneOffset.UTC).withExpiry(ExpiryPolicy.endOfMonthAfter(12));
    PointRate rate = PointRate.of(100, Money.of("1.00", "USD"));
    Program current =
        Program.of(
            "1 point per $",
            usd,
            List.of(
                EarningRule.pointsPerSpend("base", "1", "1.00", RoundingMode.DOWN),
                EarningRule.visitBonus("fifth", 5, 50)),
            policy,
            rate);

    // 2. Tiers by spend over a rolling year: Silver from $100 earns x1.25, Gold from $300 x1.5.
    TierProgram tiers =
        new TierProgram(
            List.of(
                Tier.of("Blue", "0", TierBenefits.none()),
                Tier.of("Silver", "100", TierBenefits.of("1.25", "0", Set.of())),
                Tier.of("Gold", "300", TierBenefits.of("1.5", "5", Set.of("free shipping")))),
            QualificationMetric.SPEND,
            QualificationWindow.rolling(12),
            MonthDay.of(1, 1),
            Period.ZERO,
            true,
            usd,
            ZoneOffset.UTC);

    // 3. The history: the CDNOW purchases as transactions.
    TransactionColumns columns = Datasets.cdnowSample();
    List<Transaction> history = new ArrayList<>(columns.size());
    for (int i = 0; i < columns.size(); i++) {
      history.add(
          Transaction.purchase(
              "t" + i,
              columns.customerId(i),
              Instant.ofEpochSecond(columns.epochSecond(i)),
              Money.of(String.format(java.util.Locale.ROOT, "%.2f", columns.amount(i)), "USD")));
    }

    // 4. Replay it; members redeem 500 points whenever they hold them.
    SimulationOptions options =
        SimulationOptions.of(ZoneOffset.UTC, RedemptionBehaviour.blocksOf(500, 500));
    SimulationReport today =
        WhatIfSimulation.replay(history, Scenario.of("today", current, tiers), options).report();
    out.println(
        "issued "
            + today.totalIssued()
            + " points, redeemed "
            + today.totalRedeemed()
            + ", expired "
            + today.totalExpired()
            + "; liability at the end "
            + today.finalLiability());
    out.println(
        "members per tier at the end: "
            + today.months().get(today.months().size() - 1).membersPerTier());

    // 5. What if we paid 2 points per dollar? Same history, same members, month by month.
    Program proposed =
        current.withRules(
            List.of(
                EarningRule.pointsPerSpend("base", "2", "1.00", RoundingMode.DOWN),
                EarningRule.visitBonus("fifth", 5, 50)));
    WhatIfComparison whatIf =
        WhatIfSimulation.compare(
            history,
            Scenario.of("today", current, tiers),
            Scenario.of("double", proposed, tiers),
            options);
    out.println(whatIf.toString().lines().reduce((a, b) -> b).orElseThrow());
  }
}
