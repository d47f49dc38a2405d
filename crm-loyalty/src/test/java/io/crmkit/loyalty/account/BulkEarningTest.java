package io.crmkit.loyalty.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.loyalty.ledger.ExpiryPolicy;
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
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Bulk earning books what a loop of {@code purchaseFast} books, account for account. */
class BulkEarningTest {

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
  private static final Program PROGRAM =
      Program.of(
          "bulk",
          EUR,
          List.of(
              EarningRule.pointsPerSpend("base", "1", "1.00", RoundingMode.DOWN),
              EarningRule.tierMultiplier("gold", "Gold", "1.5", RoundingMode.HALF_UP),
              EarningRule.visitBonus("third", 3, 25),
              EarningRule.cap("per-day", CapPeriod.DAY, 300)),
          LedgerPolicy.simple(ZONE)
              .withExpiry(ExpiryPolicy.endOfMonthAfter(2))
              .withLockPeriod(Duration.ofDays(3)),
          PointRate.of(100, Money.of("1.00", "EUR")));

  /** Purchases of {@code customers} customers in time order, with retried ids and zero amounts. */
  private static List<Transaction> purchases(long seed, int customers, int n) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Transaction> out = new ArrayList<>();
    Instant at = Instant.parse("2024-11-20T08:00:00Z");
    for (int i = 0; i < n; i++) {
      at = at.plusSeconds(random.nextInt(3 * 86_400));
      if (i > 0 && random.nextInt(10) == 0) {
        Transaction earlier = out.get(random.nextInt(out.size()));
        out.add(earlier.withTimestamp(at)); // a retried id, later
        continue;
      }
      long cents = random.nextInt(8) == 0 ? 0 : random.nextInt(30_000);
      out.add(
          Transaction.purchase(
              "t" + i,
              "c" + random.nextInt(customers),
              at,
              Money.of(BigDecimal.valueOf(cents, 2), EUR)));
    }
    return out;
  }

  private static int[] dense(List<Transaction> purchases, List<CustomerId> ids) {
    int[] accountOf = new int[purchases.size()];
    for (int i = 0; i < accountOf.length; i++) {
      CustomerId id = purchases.get(i).customerId();
      int a = ids.indexOf(id);
      if (a < 0) {
        a = ids.size();
        ids.add(id);
      }
      accountOf[i] = a;
    }
    return accountOf;
  }

  private static LoyaltyAccount[] open(List<CustomerId> ids) {
    LoyaltyAccount[] accounts = new LoyaltyAccount[ids.size()];
    for (int a = 0; a < accounts.length; a++) {
      accounts[a] = LoyaltyAccount.open(ids.get(a), PROGRAM.ledgerPolicy(), TIERS);
    }
    return accounts;
  }

  @Property(tries = 100)
  void bulk_earning_books_what_a_loop_of_purchases_books(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Transaction> purchases = purchases(seed, 1 + r.nextInt(20), r.nextInt(300));
    List<CustomerId> ids = new ArrayList<>();
    int[] accountOf = dense(purchases, ids);
    LoyaltyAccount[] bulk = open(ids);
    LoyaltyAccount[] loop = open(ids);
    long booked = BulkEarning.earnAll(PROGRAM, purchases, accountOf, bulk);
    long expected = 0;
    for (int i = 0; i < purchases.size(); i++) {
      if (loop[accountOf[i]].purchaseFast(PROGRAM, purchases.get(i))) {
        expected++;
      }
    }
    assertThat(booked).isEqualTo(expected);
    Instant end = Instant.parse("2030-01-01T00:00:00Z"); // after every purchase
    for (int a = 0; a < bulk.length; a++) {
      assertThat(bulk[a].ledger().entries()).isEqualTo(loop[a].ledger().entries());
      assertThat(bulk[a].ledger().lots()).isEqualTo(loop[a].ledger().lots());
      assertThat(bulk[a].visits()).isEqualTo(loop[a].visits());
      assertThat(bulk[a].tierAt(end)).isEqualTo(loop[a].tierAt(end));
      assertThat(bulk[a].context(end)).isEqualTo(loop[a].context(end));
    }
  }

  @Test
  void reading_ahead_changes_nothing() {
    List<Transaction> purchases = purchases(7, 3, 40);
    List<CustomerId> ids = new ArrayList<>();
    int[] accountOf = dense(purchases, ids);
    LoyaltyAccount[] accounts = open(ids);
    BulkEarning.earnAll(PROGRAM, purchases, accountOf, accounts);
    LoyaltyAccount a = accounts[0];
    var entries = a.ledger().entries();
    var lots = a.ledger().lots();
    int operations = a.ledger().operationCount();
    Transaction next =
        Transaction.purchase(
            "next",
            ids.get(0).value(),
            Instant.parse("2030-06-01T00:00:00Z"),
            Money.of("10.00", "EUR"));
    a.prefetch(next);
    a.prefetch(purchases.get(0));
    assertThat(a.ledger().entries()).isEqualTo(entries);
    assertThat(a.ledger().lots()).isEqualTo(lots);
    assertThat(a.ledger().operationCount()).isEqualTo(operations);
  }

  @Test
  void bad_indexes_are_rejected_before_anything_is_booked() {
    List<Transaction> purchases = purchases(3, 2, 10);
    List<CustomerId> ids = new ArrayList<>();
    int[] accountOf = dense(purchases, ids);
    LoyaltyAccount[] accounts = open(ids);
    int[] wrong = accountOf.clone();
    wrong[wrong.length - 1] = accounts.length;
    assertThatThrownBy(() -> BulkEarning.earnAll(PROGRAM, purchases, wrong, accounts))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "accountOf[9] must name an account of accounts (0.."
                + (accounts.length - 1)
                + ", not null) but was: "
                + accounts.length);
    LoyaltyAccount[] missing = accounts.clone();
    missing[accountOf[0]] = null;
    assertThatThrownBy(() -> BulkEarning.earnAll(PROGRAM, purchases, accountOf, missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("accountOf[0] must name an account");
    assertThatThrownBy(() -> BulkEarning.earnAll(PROGRAM, purchases, new int[3], accounts))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("accountOf must have one index per purchase (10) but has 3");
    for (LoyaltyAccount a : accounts) {
      assertThat(a.ledger().size()).isZero();
      assertThat(a.visits()).isZero();
    }
  }
}
