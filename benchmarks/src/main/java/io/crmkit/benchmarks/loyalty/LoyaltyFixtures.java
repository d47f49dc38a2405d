package io.crmkit.benchmarks.loyalty;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.core.transaction.TransactionId;
import io.crmkit.core.transaction.TransactionKind;
import io.crmkit.core.transaction.TransactionLine;
import io.crmkit.loyalty.ledger.ConsumptionOrder;
import io.crmkit.loyalty.ledger.ExpiryPolicy;
import io.crmkit.loyalty.ledger.LedgerPolicy;
import io.crmkit.loyalty.ledger.NegativeBalancePolicy;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** The programme, tiers and generated purchase histories the loyalty benchmarks share. */
final class LoyaltyFixtures {

  static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  static final Currency EUR = Currency.getInstance("EUR");

  private LoyaltyFixtures() {}

  static TierProgram tiers() {
    return new TierProgram(
        List.of(
            Tier.of("Blue", "0", TierBenefits.none()),
            Tier.of("Silver", "300.00", TierBenefits.of("1.25", "0", Set.of())),
            Tier.of("Gold", "1000.00", TierBenefits.of("1.5", "5", Set.of("free delivery")))),
        QualificationMetric.SPEND,
        QualificationWindow.calendarYear(),
        MonthDay.of(1, 1),
        Period.ofMonths(3),
        true,
        EUR,
        ZONE);
  }

  /** A programme of 10 earning rules. */
  static Program program() {
    List<EarningRule> rules =
        List.of(
            EarningRule.exclusion("no-gift-cards", Set.of("P99"), Set.of("C9")),
            EarningRule.pointsPerSpend("base", "1", "1.00", RoundingMode.DOWN),
            EarningRule.productMultiplier(
                "double-c1", Set.of(), Set.of("C1"), "2", RoundingMode.DOWN),
            EarningRule.tierMultiplier("gold", "Gold", "1.5", RoundingMode.HALF_UP),
            EarningRule.campaign(
                "december",
                LocalDate.of(1997, 12, 1),
                LocalDate.of(1997, 12, 24),
                "2",
                0,
                RoundingMode.DOWN),
            EarningRule.visitBonus("fifth", 5, 50),
            EarningRule.eventBonus("welcome", LoyaltyEventType.SIGN_UP, 100),
            EarningRule.cap("per-purchase", CapPeriod.TRANSACTION, 2_000),
            EarningRule.cap("per-day", CapPeriod.DAY, 3_000),
            EarningRule.cap("per-month", CapPeriod.MONTH, 20_000));
    LedgerPolicy policy =
        new LedgerPolicy(
            ConsumptionOrder.FIFO,
            ExpiryPolicy.endOfMonthAfter(12),
            Duration.ofDays(14),
            NegativeBalancePolicy.CAP_AT_ZERO,
            RoundingMode.HALF_UP,
            ZONE);
    return Program.of("bench", EUR, rules, policy, PointRate.of(100, Money.of("1.00", "EUR")));
  }

  /**
   * {@code n} purchases of {@code customers} customers over 1997-01-01..1998-06-30 in time order,
   * with a fixed seed; with {@code lines}, each has 1 to 3 lines of products P0..P99 in categories
   * C0..C9, else only a total.
   */
  static List<Transaction> purchases(int n, int customers, boolean lines, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    CustomerId[] ids = new CustomerId[customers];
    for (int i = 0; i < customers; i++) {
      ids[i] = CustomerId.of(i);
    }
    long start = LocalDate.of(1997, 1, 1).atStartOfDay(ZONE).toEpochSecond();
    long span = 546L * 86_400L;
    long[] seconds = new long[n];
    for (int i = 0; i < n; i++) {
      seconds[i] = start + random.nextLong(span);
    }
    java.util.Arrays.sort(seconds);
    List<Transaction> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      CustomerId c = ids[random.nextInt(customers)];
      Instant at = Instant.ofEpochSecond(seconds[i]);
      if (lines) {
        int k = 1 + random.nextInt(3);
        List<TransactionLine> ls = new ArrayList<>(k);
        Money total = Money.zero(EUR);
        for (int j = 0; j < k; j++) {
          int product = random.nextInt(100);
          TransactionLine line =
              TransactionLine.of(
                  "P" + product,
                  "C" + (product % 10),
                  1 + random.nextInt(3),
                  Money.of(BigDecimal.valueOf(100 + random.nextInt(10_000), 2), EUR));
          ls.add(line);
          total = total.plus(line.total());
        }
        out.add(
            Transaction.of(TransactionId.of("t" + i), c, at, total, ls, TransactionKind.PURCHASE));
      } else {
        Money total = Money.of(BigDecimal.valueOf(100 + random.nextInt(20_000), 2), EUR);
        out.add(
            Transaction.of(
                TransactionId.of("t" + i), c, at, total, List.of(), TransactionKind.PURCHASE));
      }
    }
    return out;
  }
}
