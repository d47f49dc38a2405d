package io.crmkit.jdbc;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.loyalty.account.LoyaltyAccount;
import io.crmkit.loyalty.ledger.ExpiryPolicy;
import io.crmkit.loyalty.ledger.InsufficientPointsException;
import io.crmkit.loyalty.ledger.LedgerPolicy;
import io.crmkit.loyalty.ledger.PointRate;
import io.crmkit.loyalty.program.CapPeriod;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The operation rows of {@code JdbcLoyaltyAccountRepository}: an account rebuilt from its
 * operations, each written to an {@link OperationRow} and read back, before every operation behaves
 * exactly as one account kept in memory throughout (same results, entries, balance, visits, tier
 * and recorded operations), for purchases, refunds, redemptions, adjustments and retried ids under
 * a policy with expiry, a lock period, earning caps and tiers.
 */
class OperationRowProperties {

  private static final ZoneId ZONE = ZoneId.of("Europe/Lisbon");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final TierProgram TIERS =
      new TierProgram(
          List.of(
              Tier.of("Blue", "0", TierBenefits.none()),
              Tier.of("Gold", "400.00", TierBenefits.of("1.5", "0", java.util.Set.of()))),
          QualificationMetric.SPEND,
          QualificationWindow.calendarYear(),
          MonthDay.of(1, 1),
          Period.ofMonths(1),
          true,
          EUR,
          ZONE);
  private static final LedgerPolicy POLICY =
      LedgerPolicy.simple(ZONE)
          .withExpiry(ExpiryPolicy.endOfMonthAfter(2))
          .withLockPeriod(Duration.ofDays(3));
  private static final Program PROGRAM =
      Program.of(
          "state",
          EUR,
          List.of(
              EarningRule.pointsPerSpend("base", "1", "1.00", RoundingMode.DOWN),
              EarningRule.tierMultiplier("gold", "Gold", "1.5", RoundingMode.HALF_UP),
              EarningRule.visitBonus("third", 3, 25),
              EarningRule.cap("per-day", CapPeriod.DAY, 300)),
          POLICY,
          PointRate.of(100, Money.of("1.00", "EUR")));
  private static final CustomerId ANA = CustomerId.of("ana");

  private static LoyaltyAccount open() {
    return LoyaltyAccount.open(ANA, POLICY, TIERS).recordingOperations();
  }

  /** The account's operations as rows (what the repository stores). */
  private static List<OperationRow> rows(LoyaltyAccount a) {
    return a.operations(0).stream().map(op -> OperationRow.of(op).checked()).toList();
  }

  /** An account rebuilt from rows read back. */
  private static LoyaltyAccount rebuilt(List<OperationRow> rows) {
    return open().replay(rows.stream().map(OperationRow::operation).toList());
  }

  /**
   * One operation: kind 0-4 purchase, 5 refund of an earlier purchase, 6 redemption, 7 adjustment,
   * 8 retry.
   */
  record Op(int kind, int hoursLater, int cents, int pick) {}

  @Provide
  Arbitrary<List<Op>> histories() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 8),
            Arbitraries.integers().between(0, 24 * 20),
            Arbitraries.integers().between(0, 60_000),
            Arbitraries.integers().between(0, 1_000))
        .as(Op::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(40);
  }

  @Property(tries = 60)
  boolean an_account_rebuilt_from_its_rows_before_every_operation_behaves_as_one_kept_in_memory(
      @ForAll("histories") List<Op> ops) {
    LoyaltyAccount live = open();
    List<OperationRow> stored = rows(open());
    Instant at = Instant.parse("2024-11-20T08:00:00Z");
    List<String> purchases = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < ops.size(); i++) {
      Op op = ops.get(i);
      at = at.plus(Duration.ofHours(op.hoursLater()));
      Function<LoyaltyAccount, Object> step = operation(op, i, at, purchases, keys);
      LoyaltyAccount restored = rebuilt(stored);
      Object expected = run(step, live);
      Object actual = run(step, restored);
      if (!expected.equals(actual)) {
        return false;
      }
      stored = rows(restored);
      if (!restored.ledger().entries().equals(live.ledger().entries())
          || restored.visits() != live.visits()
          || !restored.tierAt(at).equals(live.tierAt(at))
          || !restored.ledger().balanceAt(at).equals(live.ledger().balanceAt(at))
          || !restored.operations(0).equals(live.operations(0))) {
        return false;
      }
    }
    LoyaltyAccount last = rebuilt(stored);
    return last.ledger().entries().equals(live.ledger().entries())
        && last.pendingRefunds().equals(live.pendingRefunds());
  }

  private static Object run(Function<LoyaltyAccount, Object> step, LoyaltyAccount account) {
    try {
      return step.apply(account);
    } catch (InsufficientPointsException | IllegalArgumentException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  private static Function<LoyaltyAccount, Object> operation(
      Op op, int i, Instant at, List<String> purchases, List<String> keys) {
    Money amount = Money.of(BigDecimal.valueOf(op.cents(), 2), EUR);
    if (op.kind() == 8 && !purchases.isEmpty()) {
      String id = purchases.get(op.pick() % purchases.size()); // a retried purchase id, later
      return a -> a.purchase(PROGRAM, Transaction.purchase(id, "ana", at, amount));
    }
    if (op.kind() == 5 && !purchases.isEmpty()) {
      String of = purchases.get(op.pick() % purchases.size());
      return a ->
          a.refund(
              PROGRAM,
              Transaction.refund(
                  "f" + i, "ana", at, Money.of(BigDecimal.valueOf(op.cents() / 4, 2), EUR), of));
    }
    if (op.kind() == 6) {
      String key = "r" + i;
      keys.add(key);
      return a -> a.ledger().redeem(key, at, 1 + op.cents() / 100, "reward");
    }
    if (op.kind() == 7) {
      return a ->
          a.ledger()
              .adjust(
                  "a" + i, at, op.cents() % 2 == 0 ? 1 + op.pick() : -1 - op.pick(), "operator");
    }
    String id = "t" + i;
    purchases.add(id);
    return a -> a.purchase(PROGRAM, Transaction.purchase(id, "ana", at, amount));
  }
}
