package io.crmkit.identity.merge;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import io.crmkit.core.repository.InMemoryCustomerRepository;
import io.crmkit.core.repository.InMemoryInteractionRepository;
import io.crmkit.core.repository.InMemoryTransactionRepository;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.lifecycle.stage.store.InMemoryLifecycleRepository;
import io.crmkit.loyalty.account.InMemoryLoyaltyAccountRepository;
import io.crmkit.loyalty.account.LoyaltyAccount;
import io.crmkit.loyalty.ledger.EntryType;
import io.crmkit.loyalty.ledger.ExpiryPolicy;
import io.crmkit.loyalty.ledger.LedgerPolicy;
import io.crmkit.loyalty.ledger.Lot;
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
import java.time.Clock;
import java.time.Instant;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Merging customers merges their loyalty accounts through ledger entries; unmerge moves the points
 * back.
 */
class LoyaltyMergeTest {

  static final Currency EUR = Currency.getInstance("EUR");
  static final TierProgram TIERS =
      new TierProgram(
          List.of(
              Tier.of("Blue", "0", TierBenefits.none()),
              Tier.of("Gold", "1000.00", TierBenefits.none())),
          QualificationMetric.SPEND,
          QualificationWindow.calendarYear(),
          MonthDay.of(1, 1),
          Period.ZERO,
          true,
          EUR,
          ZoneOffset.UTC);
  static final LedgerPolicy POLICY =
      LedgerPolicy.simple(ZoneOffset.UTC).withExpiry(ExpiryPolicy.endOfMonthAfter(12));
  static final Program PROGRAM =
      Program.of(
          "club",
          EUR,
          List.of(EarningRule.pointsPerSpend("base", "1", "1.00", RoundingMode.DOWN)),
          POLICY,
          PointRate.of(100, Money.of("1.00", "EUR")));
  static final CustomerId WEB = CustomerId.of("web-1");
  static final CustomerId STORE = CustomerId.of("store-7");
  static final Instant T0 = Instant.parse("2026-02-01T10:00:00Z");

  final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
  final InMemoryLoyaltyAccountRepository accounts =
      InMemoryLoyaltyAccountRepository.create(id -> LoyaltyAccount.open(id, POLICY, TIERS));
  final MergeService service =
      MergeService.over(
              customers,
              new InMemoryTransactionRepository(),
              new InMemoryInteractionRepository(),
              new InMemoryServiceRequestRepository(),
              InMemoryLifecycleRepository.create(),
              Survivorship.trusting(List.of("store", "web")),
              Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC))
          .withLoyalty(accounts);

  static Transaction buy(String id, CustomerId who, Instant at, String eur) {
    return Transaction.purchase(id, who.value(), at, Money.of(eur, "EUR"));
  }

  static long total(InMemoryLoyaltyAccountRepository accounts, CustomerId id, Instant at) {
    return accounts.read(id, a -> a.ledger().balanceAt(latest(a, at)).total()).orElse(0L);
  }

  static Instant latest(LoyaltyAccount a, Instant at) {
    return a.ledger().lastEntryAt().filter(t -> t.isAfter(at)).orElse(at);
  }

  private void seed() {
    customers.save(Customer.builder(WEB, T0).attribute("source", "web").build());
    customers.save(Customer.builder(STORE, T0).attribute("source", "store").build());
    accounts.update(STORE, a -> a.purchase(PROGRAM, buy("s1", STORE, T0, "600.00")));
    accounts.update(
        STORE,
        a ->
            a.ledger()
                .earnExpiringAt(
                    "promo",
                    T0.plusSeconds(60),
                    50,
                    "promo",
                    Instant.parse("2026-09-30T00:00:00Z")));
    accounts.update(WEB, a -> a.purchase(PROGRAM, buy("w1", WEB, T0.plusSeconds(3600), "500.00")));
  }

  @Test
  void merge_moves_every_point_with_its_expiry_and_recomputes_the_tier() {
    seed();
    Instant june = Instant.parse("2026-06-01T00:00:00Z");
    List<Lot> storeLots =
        accounts.read(STORE, a -> a.ledger().outstandingLotsAt(june)).orElseThrow();
    assertThat(accounts.read(WEB, a -> a.tierAt(june)).orElseThrow()).contains("Blue");
    MergeRecord r = service.merge(WEB, List.of(STORE));
    assertThat(r.loyalty()).hasSize(1);
    LoyaltyTransfer t = r.loyalty().get(0);
    assertThat(t.points()).isEqualTo(650);
    assertThat(t.qualifyingValue()).isEqualByComparingTo("600.00");
    assertThat(total(accounts, STORE, june)).isZero();
    assertThat(total(accounts, WEB, june)).isEqualTo(1150);
    List<Lot> webLots = accounts.read(WEB, a -> a.ledger().outstandingLotsAt(june)).orElseThrow();
    assertThat(webLots)
        .extracting(Lot::expiresAt)
        .containsAll(storeLots.stream().map(Lot::expiresAt).toList());
    assertThat(accounts.read(WEB, a -> a.tierAt(june)).orElseThrow()).contains("Gold");
    assertThat(
            accounts
                .read(STORE, a -> a.ledger().entries().get(a.ledger().size() - 1).type())
                .orElseThrow())
        .isEqualTo(EntryType.ADJUST);
    assertThat(r.toString()).contains("moved 650 loyalty points");
  }

  @Test
  void unmerge_moves_the_points_back_with_their_expiry_and_takes_the_qualifying_value_back() {
    seed();
    Instant june = Instant.parse("2026-06-01T00:00:00Z");
    List<Lot> storeBefore =
        accounts.read(STORE, a -> a.ledger().outstandingLotsAt(june)).orElseThrow();
    MergeRecord r = service.merge(WEB, List.of(STORE));
    service.unmerge(r.mergeId());
    assertThat(total(accounts, STORE, june)).isEqualTo(650);
    assertThat(total(accounts, WEB, june)).isEqualTo(500);
    List<Lot> storeAfter =
        accounts.read(STORE, a -> a.ledger().outstandingLotsAt(latest(a, june))).orElseThrow();
    assertThat(storeAfter)
        .extracting(Lot::remaining, Lot::expiresAt)
        .containsExactlyInAnyOrderElementsOf(
            storeBefore.stream()
                .map(l -> org.assertj.core.groups.Tuple.tuple(l.remaining(), l.expiresAt()))
                .toList());
    assertThat(
            accounts
                .read(WEB, a -> a.tierTracker().orElseThrow().qualifyingValue(latest(a, june)))
                .orElseThrow())
        .isEqualByComparingTo(new BigDecimal("500.00"));
  }

  @Test
  void points_the_survivor_spent_after_the_merge_stay_spent_and_only_the_rest_goes_back() {
    seed();
    MergeRecord r = service.merge(WEB, List.of(STORE));
    Instant later = Instant.parse("2026-06-02T00:00:00Z");
    accounts.update(WEB, a -> a.ledger().redeem("big", later, 1000, "trip"));
    service.unmerge(r.mergeId());
    assertThat(total(accounts, WEB, later) + total(accounts, STORE, later)).isEqualTo(150);
    assertThat(total(accounts, STORE, later))
        .isEqualTo(150); // FIFO spent the survivor's own lot first
  }

  @Test
  void customers_without_an_account_move_nothing() {
    customers.save(Customer.builder(WEB, T0).build());
    customers.save(Customer.builder(STORE, T0).build());
    MergeRecord r = service.merge(WEB, List.of(STORE));
    assertThat(r.loyalty()).isEmpty();
    assertThat(accounts.size()).isZero();
    service.unmerge(r.mergeId());
    assertThat(accounts.size()).isZero();
  }
}
