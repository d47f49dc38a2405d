package io.crmkit.loyalty.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.loyalty.ledger.LedgerPolicy;
import io.crmkit.loyalty.ledger.PointRate;
import io.crmkit.loyalty.program.CapPeriod;
import io.crmkit.loyalty.program.EarningRule;
import io.crmkit.loyalty.program.LoyaltyEventType;
import io.crmkit.loyalty.program.Program;
import io.crmkit.loyalty.tier.QualificationMetric;
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
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoyaltyAccountTest {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final Currency JPY = Currency.getInstance("JPY");
  private static final TierProgram TIERS =
      new TierProgram(
          List.of(
              Tier.of("Member", "0", TierBenefits.none()),
              Tier.of("Gold", "1000", TierBenefits.of("2", "0", Set.of()))),
          QualificationMetric.QUALIFYING_POINTS,
          QualificationWindow.calendarYear(),
          MonthDay.of(1, 1),
          Period.ZERO,
          true,
          JPY,
          TOKYO);

  private static Program program(EarningRule... extra) {
    List<EarningRule> rules = new ArrayList<>();
    rules.add(EarningRule.pointsPerSpend("base", "1", "100", RoundingMode.DOWN));
    rules.addAll(TIERS.earningRules(RoundingMode.DOWN));
    rules.addAll(List.of(extra));
    return Program.of(
        "yen", JPY, rules, LedgerPolicy.simple(TOKYO), PointRate.of(1, Money.of("1", "JPY")));
  }

  private static LoyaltyAccount account() {
    return LoyaltyAccount.open(CustomerId.of("c"), LedgerPolicy.simple(TOKYO), TIERS);
  }

  private static Transaction buy(String id, String at, long yen) {
    return Transaction.purchase(id, "c", Instant.parse(at), Money.of(String.valueOf(yen), "JPY"));
  }

  @Test
  void a_tier_upgrade_changes_the_multiplier_of_the_purchases_after_it() {
    LoyaltyAccount a = account();
    Program p = program();
    assertThat(a.purchase(p, buy("T1", "2024-03-01T01:00:00Z", 90_000)).points()).isEqualTo(900);
    assertThat(a.purchase(p, buy("T2", "2024-03-02T01:00:00Z", 10_000)).points()).isEqualTo(100);
    assertThat(a.tierAt(Instant.parse("2024-03-02T01:00:00Z"))).contains("Gold");
    assertThat(a.purchase(p, buy("T3", "2024-03-03T01:00:00Z", 10_000)).points()).isEqualTo(200);
  }

  @Test
  void redeeming_never_costs_a_tier_but_a_refund_does_reduce_qualifying_points() {
    LoyaltyAccount a = account();
    Program p = program();
    a.purchase(p, buy("T1", "2024-03-01T01:00:00Z", 100_000));
    a.ledger().redeem("r", Instant.parse("2024-03-01T02:00:00Z"), 1000, "gift");
    assertThat(a.tierTracker().orElseThrow().qualifyingValue(Instant.parse("2024-03-01T03:00:00Z")))
        .isEqualByComparingTo("1000");
    a.ledger().earn("bonus", Instant.parse("2024-03-01T03:30:00Z"), 500, "bonus");
    a.refund(
        p,
        Transaction.refund(
            "R1", "c", Instant.parse("2024-03-01T04:00:00Z"), Money.of("50000", "JPY"), "T1"));
    assertThat(a.tierTracker().orElseThrow().qualifyingValue(Instant.parse("2024-03-01T05:00:00Z")))
        .isEqualByComparingTo("500");
  }

  @Test
  void retried_transactions_count_once() {
    LoyaltyAccount a = account();
    Program p = program(EarningRule.visitBonus("third", 3, 10));
    Transaction t = buy("T1", "2024-03-01T01:00:00Z", 1000);
    var first = a.purchase(p, t);
    assertThat(a.purchase(p, t)).isEqualTo(first);
    assertThat(a.visits()).isEqualTo(1);
  }

  @Test
  void daily_cap_resets_at_local_midnight() {
    LoyaltyAccount a = account();
    Program p = program(EarningRule.cap("day", CapPeriod.DAY, 150));
    // 14:59 UTC is 23:59 in Tokyo; 15:00 UTC is the next local day
    assertThat(a.purchase(p, buy("T1", "2024-12-31T14:00:00Z", 10_000)).points()).isEqualTo(100);
    assertThat(a.purchase(p, buy("T2", "2024-12-31T14:59:00Z", 10_000)).points()).isEqualTo(50);
    assertThat(a.purchase(p, buy("T3", "2024-12-31T15:00:00Z", 10_000)).points()).isEqualTo(100);
  }

  @Test
  void event_bonus_is_booked_with_its_reason() {
    LoyaltyAccount a = account();
    Program p = program(EarningRule.eventBonus("welcome", LoyaltyEventType.SIGN_UP, 300));
    var posting =
        a.event(p, LoyaltyEventType.SIGN_UP, "signup-c", Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(posting.points()).isEqualTo(300);
    assertThat(posting.entries().get(0).reason()).isEqualTo("welcome +300");
  }
}
