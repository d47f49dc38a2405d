package io.crmkit.loyalty.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.io.TransactionCsvFormat;
import io.crmkit.core.io.TransactionCsvReader;
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
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.MonthDay;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WhatIfSimulationTest {

  private static final ZoneId UTC = ZoneOffset.UTC;
  private static final Currency USD = Currency.getInstance("USD");
  private static final PointRate RATE = PointRate.of(100, Money.of("1.00", "USD"));
  private static final TierProgram TIERS =
      new TierProgram(
          List.of(
              Tier.of("Blue", "0", TierBenefits.none()),
              Tier.of("Gold", "100.00", TierBenefits.of("2", "0", Set.of()))),
          QualificationMetric.SPEND,
          QualificationWindow.calendarYear(),
          MonthDay.of(1, 1),
          Period.ZERO,
          true,
          USD,
          UTC);

  private static Program base(LedgerPolicy policy) {
    return Program.of(
        "base",
        USD,
        List.of(EarningRule.pointsPerSpend("base", "1", "1.00", RoundingMode.DOWN)),
        policy,
        RATE);
  }

  private static Transaction buy(String id, String customer, String at, String amount) {
    return Transaction.purchase(id, customer, Instant.parse(at), Money.of(amount, "USD"));
  }

  private static final List<Transaction> HISTORY =
      List.of(
          buy("t1", "a", "2024-01-10T10:00:00Z", "60.00"),
          buy("t2", "b", "2024-01-20T10:00:00Z", "30.50"),
          buy("t3", "a", "2024-02-05T10:00:00Z", "50.00"), // a reaches Gold (110.00)
          buy("t4", "a", "2024-02-06T10:00:00Z", "10.00"), // earns x2 as Gold
          Transaction.refund(
              "r1", "b", Instant.parse("2024-02-10T10:00:00Z"), Money.of("15.25", "USD"), "t2"),
          buy("t5", "b", "2024-03-31T23:59:59Z", "5.00"));

  @Test
  void monthly_figures_of_a_small_history_computed_by_hand() {
    Program p = base(LedgerPolicy.simple(UTC).withExpiry(ExpiryPolicy.endOfMonthAfter(1)));
    SimulationReport r =
        WhatIfSimulation.replay(
                HISTORY,
                Scenario.of("base", p),
                SimulationOptions.of(UTC, RedemptionBehaviour.none()).until(YearMonth.of(2024, 5)))
            .report();
    assertThat(r.months())
        .extracting(MonthStats::month)
        .containsExactly(
            YearMonth.of(2024, 1),
            YearMonth.of(2024, 2),
            YearMonth.of(2024, 3),
            YearMonth.of(2024, 4),
            YearMonth.of(2024, 5));
    MonthStats jan = r.months().get(0);
    assertThat(jan.issued()).isEqualTo(60 + 30);
    assertThat(jan.outstanding()).isEqualTo(90);
    MonthStats feb = r.months().get(1);
    assertThat(feb.issued()).isEqualTo(60);
    assertThat(feb.reversed()).isEqualTo(15); // half of 30, HALF_UP of 15
    // January's points were valid through February: they expire at its end (60 of a, 15 left of b)
    assertThat(feb.expired()).isEqualTo(75);
    assertThat(feb.outstanding()).isEqualTo(60);
    MonthStats mar = r.months().get(2);
    assertThat(mar.issued()).isEqualTo(5);
    assertThat(mar.expired()).isEqualTo(60);
    assertThat(mar.outstanding()).isEqualTo(5);
    assertThat(mar.liability()).isEqualTo(Money.of("0.05", "USD"));
    assertThat(r.months().get(3).expired()).isEqualTo(5); // valid through April: expired at its end
    assertThat(r.finalLiability()).isEqualTo(Money.of("0.00", "USD"));
    assertThat(r.totalIssued() - r.totalExpired() - 15).isZero();
  }

  @Test
  void a_tier_upgrade_changes_the_points_of_later_purchases_and_members_per_tier() {
    Program current = base(LedgerPolicy.simple(UTC));
    Program proposed =
        current.withRules(
            List.of(
                EarningRule.pointsPerSpend("base", "1", "1.00", RoundingMode.DOWN),
                EarningRule.tierMultiplier("gold", "Gold", "2", RoundingMode.DOWN)));
    WhatIfComparison c =
        WhatIfSimulation.compare(
            HISTORY,
            Scenario.of("now", current, TIERS),
            Scenario.of("gold x2", proposed, TIERS),
            SimulationOptions.of(UTC, RedemptionBehaviour.none()));
    // only t4 (10.00, after a's upgrade) earns double
    assertThat(c.issuedDelta()).isEqualTo(10);
    assertThat(c.liabilityDelta()).isEqualTo(Money.of("0.10", "USD"));
    assertThat(c.proposed().months().get(0).membersPerTier())
        .containsExactly(Map.entry("Blue", 2L), Map.entry("Gold", 0L));
    assertThat(c.proposed().months().get(1).membersPerTier())
        .containsExactly(Map.entry("Blue", 1L), Map.entry("Gold", 1L));
    assertThat(c.toString())
        .startsWith("month")
        .contains("2024-02")
        .endsWith("issued +10 pts, liability 0.10 USD (gold x2 vs now)");
  }

  @Test
  void members_redeem_whole_blocks_when_they_reach_the_threshold() {
    Program p = base(LedgerPolicy.simple(UTC));
    SimulationReport r =
        WhatIfSimulation.replay(
                HISTORY,
                Scenario.of("base", p),
                SimulationOptions.of(UTC, RedemptionBehaviour.blocksOf(50, 100)))
            .report();
    // a: 60 (no), +50 = 110 -> redeems 100, +10 -> 20
    assertThat(r.months().get(1).redeemed()).isEqualTo(100);
    assertThat(r.totalRedeemed()).isEqualTo(100);
  }

  @Test
  void the_same_history_gives_the_same_ledgers_whatever_its_order_and_retries_count_once() {
    Program p = base(LedgerPolicy.simple(UTC).withExpiry(ExpiryPolicy.daysAfterEarning(20)));
    Scenario s = Scenario.of("base", p, TIERS);
    SimulationOptions o = SimulationOptions.of(UTC, RedemptionBehaviour.blocksOf(10, 20));
    SimulationRun first = WhatIfSimulation.replay(HISTORY, s, o);
    List<Transaction> shuffled = new ArrayList<>(HISTORY);
    shuffled.add(HISTORY.get(2)); // a retried transaction
    Collections.shuffle(shuffled, new Random(7));
    SimulationRun second = WhatIfSimulation.replay(shuffled, s, o);
    assertThat(second.report()).isEqualTo(first.report());
    assertThat(second.accounts().keySet())
        .containsExactlyInAnyOrderElementsOf(first.accounts().keySet());
    for (var e : first.accounts().entrySet()) {
      LoyaltyAccount other = second.accounts().get(e.getKey());
      assertThat(other.ledger().entries()).isEqualTo(e.getValue().ledger().entries());
    }
  }

  @Test
  void cdnow_sample_replay_issues_exactly_the_floor_of_every_purchase() throws Exception {
    List<Transaction> history;
    try (Reader r =
        new InputStreamReader(
            getClass().getResourceAsStream("/cdnow/CDNOW_sample.txt"), StandardCharsets.UTF_8)) {
      history =
          TransactionCsvReader.of(TransactionCsvFormat.cdnowSample())
              .readTransactions(r, "CDNOW_sample.txt")
              .value();
    }
    assertThat(history).hasSize(6919);
    long expected = 0;
    for (Transaction t : history) {
      expected += t.total().amount().setScale(0, RoundingMode.DOWN).longValueExact();
    }
    Program p = base(LedgerPolicy.simple(UTC).withExpiry(ExpiryPolicy.endOfYearAfter(0)));
    SimulationReport r =
        WhatIfSimulation.replay(
                history,
                Scenario.of("cdnow", p, TIERS),
                SimulationOptions.of(UTC, RedemptionBehaviour.blocksOf(100, 200)))
            .report();
    assertThat(r.months()).hasSize(18);
    assertThat(r.members()).isEqualTo(2357);
    assertThat(r.totalIssued()).isEqualTo(expected);
    MonthStats last = r.months().get(17);
    assertThat(r.totalIssued() - r.totalRedeemed() - r.totalExpired())
        .isEqualTo(last.outstanding());
    // points of 1997 all expire at the end of 1997
    long issued1997 = r.months().subList(0, 12).stream().mapToLong(MonthStats::issued).sum();
    long redeemed1997 = r.months().subList(0, 12).stream().mapToLong(MonthStats::redeemed).sum();
    assertThat(r.months().get(11).expired()).isEqualTo(issued1997 - redeemed1997);
    assertThat(last.membersPerTier().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(2357);
    assertThat(last.liability().amount())
        .isEqualByComparingTo(BigDecimal.valueOf(last.outstanding()).movePointLeft(2));
  }
}
