package io.crmkit.loyalty.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.loyalty.account.LoyaltyAccount;
import io.crmkit.loyalty.ledger.ExpiryPolicy;
import io.crmkit.loyalty.ledger.LedgerPolicy;
import io.crmkit.loyalty.ledger.PointRate;
import io.crmkit.loyalty.program.EarningRule;
import io.crmkit.loyalty.program.Program;
import io.crmkit.loyalty.tier.QualificationMetric;
import io.crmkit.loyalty.tier.QualificationWindow;
import io.crmkit.loyalty.tier.Tier;
import io.crmkit.loyalty.tier.TierBenefits;
import io.crmkit.loyalty.tier.TierProgram;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.MonthDay;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * The replay member by member (each account's transactions with the month ends between them) gives
 * the same month figures and the same ledgers, entry by entry, as the plain replay of all
 * transactions in time order that books and counts every account at every month end, over random
 * histories (purchases, partial refunds, retried ids, refunds before any purchase), every kind of
 * expiry policy and several tier rules, with and without redemptions.
 */
class ReplayOrderProperties {

  private static final ZoneId ZONE = ZoneId.of("Australia/Lord_Howe");
  private static final Currency AUD = Currency.getInstance("AUD");

  @Provide
  Arbitrary<ExpiryPolicy> expiries() {
    return Arbitraries.of(
        ExpiryPolicy.never(),
        ExpiryPolicy.daysAfterEarning(20),
        ExpiryPolicy.daysAfterEarning(45),
        ExpiryPolicy.endOfMonthAfter(0),
        ExpiryPolicy.endOfMonthAfter(2),
        ExpiryPolicy.endOfYearAfter(1),
        ExpiryPolicy.afterInactivity(1),
        ExpiryPolicy.afterInactivity(3));
  }

  private static List<Transaction> history(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 20 + random.nextInt(200);
    int customers = 1 + random.nextInt(12);
    long start = Instant.parse("2023-11-15T00:00:00Z").getEpochSecond();
    long[] seconds = new long[n];
    for (int i = 0; i < n; i++) {
      seconds[i] = start + random.nextLong(500L * 86_400);
    }
    java.util.Arrays.sort(seconds);
    List<Transaction> out = new ArrayList<>();
    List<Transaction> purchases = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Instant at = Instant.ofEpochSecond(seconds[i]);
      int kind = random.nextInt(10);
      if (kind == 0 && !purchases.isEmpty()) {
        Transaction p = purchases.get(random.nextInt(purchases.size()));
        BigDecimal part =
            p.total()
                .amount()
                .multiply(BigDecimal.valueOf(1 + random.nextInt(4)))
                .divide(BigDecimal.valueOf(4), 2, RoundingMode.DOWN);
        if (part.signum() > 0) {
          out.add(
              Transaction.refund(
                  "r" + i, p.customerId().value(), at, Money.of(part, AUD), p.id().value()));
        }
      } else if (kind
          == 2) { // a refund of a purchase not (yet) made: of a customer with or without an account
        out.add(
            Transaction.refund(
                "r" + i,
                "c" + random.nextInt(customers + 2),
                at,
                Money.of(BigDecimal.valueOf(1 + random.nextInt(1000), 2), AUD),
                "t" + (i + 1 + random.nextInt(5))));
      } else if (kind == 1 && !out.isEmpty()) {
        out.add(out.get(random.nextInt(out.size()))); // a retried transaction id
      } else {
        Transaction p =
            Transaction.purchase(
                "t" + i,
                "c" + random.nextInt(customers),
                at,
                Money.of(BigDecimal.valueOf(random.nextInt(40_000), 2), AUD));
        purchases.add(p);
        out.add(p);
      }
    }
    return out;
  }

  @Provide
  Arbitrary<TierProgram> tierPrograms() {
    return net.jqwik.api.Combinators.combine(
            Arbitraries.of(MonthDay.of(1, 1), MonthDay.of(2, 29), MonthDay.of(7, 15)),
            Arbitraries.of(Period.ZERO, Period.ofMonths(1), Period.ofDays(45)),
            Arbitraries.of(QualificationWindow.calendarYear(), QualificationWindow.rolling(3)),
            Arbitraries.of(true, false))
        .as(
            (review, grace, window, oneAtATime) ->
                new TierProgram(
                    List.of(
                        Tier.of("Blue", "0", TierBenefits.none()),
                        Tier.of("Silver", "300.00", TierBenefits.none()),
                        Tier.of("Gold", "500.00", TierBenefits.none())),
                    QualificationMetric.SPEND,
                    window,
                    review,
                    grace,
                    oneAtATime,
                    AUD,
                    ZONE));
  }

  @Property(tries = 80)
  void member_by_member_gives_the_same_replay_as_time_order(
      @ForAll("expiries") ExpiryPolicy expiry,
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll boolean tiers,
      @ForAll boolean redeem,
      @ForAll("tierPrograms") TierProgram tierProgram) {
    LedgerPolicy policy =
        LedgerPolicy.simple(ZONE).withExpiry(expiry).withLockPeriod(Duration.ofDays(7));
    Program program =
        Program.of(
            "p",
            AUD,
            List.of(
                EarningRule.pointsPerSpend("base", "1", "1.00", RoundingMode.DOWN),
                EarningRule.tierMultiplier("gold", "Gold", "2", RoundingMode.DOWN)),
            policy,
            PointRate.of(100, Money.of("1.00", "AUD")));
    Scenario scenario = tiers ? Scenario.of("s", program, tierProgram) : Scenario.of("s", program);
    SimulationOptions options =
        SimulationOptions.of(
                ZONE, redeem ? RedemptionBehaviour.blocksOf(100, 200) : RedemptionBehaviour.none())
            .until(YearMonth.of(2025, 9));
    List<Transaction> history = history(seed);
    SimulationRun members = WhatIfSimulation.replay(history, scenario, options);
    SimulationRun timeOrder = TimeOrderReplay.replay(history, scenario, options);
    assertThat(members.report()).isEqualTo(timeOrder.report());
    assertThat(members.accounts().keySet())
        .containsExactlyElementsOf(timeOrder.accounts().keySet());
    for (Map.Entry<CustomerId, LoyaltyAccount> e : timeOrder.accounts().entrySet()) {
      assertThat(members.accounts().get(e.getKey()).ledger().entries())
          .isEqualTo(e.getValue().ledger().entries());
    }
  }

  @Property(tries = 10)
  void expiries_do_happen_in_these_histories(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    Program program =
        Program.of(
            "p",
            AUD,
            List.of(EarningRule.pointsPerSpend("base", "1", "1.00", RoundingMode.DOWN)),
            LedgerPolicy.simple(ZONE).withExpiry(ExpiryPolicy.daysAfterEarning(20)),
            PointRate.of(100, Money.of("1.00", "AUD")));
    SimulationRun run =
        WhatIfSimulation.replay(
            history(seed),
            Scenario.of("s", program),
            SimulationOptions.of(ZONE, RedemptionBehaviour.none()));
    assertThat(run.report().months().stream().mapToLong(MonthStats::expired).sum()).isPositive();
    assertThat(Set.copyOf(run.accounts().keySet())).isNotEmpty();
  }
}
