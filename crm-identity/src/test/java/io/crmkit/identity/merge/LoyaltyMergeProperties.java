package io.crmkit.identity.merge;

import static io.crmkit.identity.merge.LoyaltyMergeTest.STORE;
import static io.crmkit.identity.merge.LoyaltyMergeTest.WEB;
import static io.crmkit.identity.merge.LoyaltyMergeTest.total;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.repository.InMemoryCustomerRepository;
import io.crmkit.core.repository.InMemoryInteractionRepository;
import io.crmkit.core.repository.InMemoryTransactionRepository;
import io.crmkit.lifecycle.stage.store.InMemoryLifecycleRepository;
import io.crmkit.loyalty.account.InMemoryLoyaltyAccountRepository;
import io.crmkit.loyalty.account.LoyaltyAccount;
import io.crmkit.loyalty.ledger.Lot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class LoyaltyMergeProperties {

  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private InMemoryCustomerRepository customers;
  private InMemoryLoyaltyAccountRepository accounts;

  /** Fresh stores (jqwik runs every try on one instance). */
  private void fresh() {
    customers = new InMemoryCustomerRepository();
    accounts =
        InMemoryLoyaltyAccountRepository.create(
            id -> LoyaltyAccount.open(id, LoyaltyMergeTest.POLICY, LoyaltyMergeTest.TIERS));
  }

  private MergeService service(Clock clock) {
    customers.save(Customer.builder(WEB, T0).attribute("source", "web").build());
    customers.save(Customer.builder(STORE, T0).attribute("source", "store").build());
    return MergeService.over(
            customers,
            new InMemoryTransactionRepository(),
            new InMemoryInteractionRepository(),
            new InMemoryServiceRequestRepository(),
            InMemoryLifecycleRepository.create(),
            Survivorship.trusting(List.of("store", "web")),
            clock)
        .withLoyalty(accounts);
  }

  /** Random earnings (some with their own expiry), redemptions and purchases on both accounts. */
  private void history(Random rnd, int ops) {
    Instant t = T0;
    for (int i = 0; i < ops; i++) {
      t = t.plus(Duration.ofHours(1 + rnd.nextInt(24 * 20)));
      Instant at = t;
      String key = "op" + i;
      var who = rnd.nextBoolean() ? WEB : STORE;
      int kind = rnd.nextInt(4);
      long points = 1L + rnd.nextInt(300);
      accounts.update(
          who,
          a -> {
            switch (kind) {
              case 0 -> a.ledger().earn(key, at, points, "bonus");
              case 1 ->
                  a.ledger()
                      .earnExpiringAt(
                          key, at, points, "promo", at.plus(Duration.ofDays(1 + rnd.nextInt(200))));
              case 2 -> {
                long available = a.ledger().balanceAt(at).available();
                if (available > 0) {
                  a.ledger().redeem(key, at, Math.min(points, available), "reward");
                }
              }
              default ->
                  a.purchase(
                      LoyaltyMergeTest.PROGRAM, LoyaltyMergeTest.buy(key, who, at, points + ".00"));
            }
            return null;
          });
    }
  }

  private static Map<String, Long> lots(List<Lot> lots) {
    return lots.stream()
        .collect(
            Collectors.groupingBy(l -> l.remaining() + "@" + l.expiresAt(), Collectors.counting()));
  }

  @Property(tries = 40)
  void merging_conserves_points_keeps_expiry_dates_and_unmerge_restores_both_balances(
      @ForAll long seed) {
    fresh();
    Random rnd = new Random(seed);
    history(rnd, 30);
    Instant now = T0.plus(Duration.ofDays(800));
    MergeService service = service(Clock.fixed(now, ZoneOffset.UTC));
    long web = total(accounts, WEB, now);
    long store = total(accounts, STORE, now);
    Map<String, Long> storeLots =
        lots(accounts.read(STORE, a -> a.ledger().outstandingLotsAt(now)).orElseThrow());

    MergeRecord r = service.merge(WEB, List.of(STORE));
    assertThat(total(accounts, WEB, now) + total(accounts, STORE, now)).isEqualTo(web + store);
    assertThat(total(accounts, STORE, now)).isZero();
    LoyaltyTransfer t = r.loyalty().get(0);
    assertThat(t.points()).isEqualTo(store);
    assertThat(
            t.lots().stream()
                .collect(
                    Collectors.groupingBy(
                        l -> l.points() + "@" + l.expiresAt(), Collectors.counting())))
        .isEqualTo(storeLots);

    service.unmerge(r.mergeId());
    assertThat(total(accounts, WEB, now)).isEqualTo(web);
    assertThat(total(accounts, STORE, now)).isEqualTo(store);
    assertThat(
            lots(
                accounts
                    .read(STORE, a -> a.ledger().outstandingLotsAt(LoyaltyMergeTest.latest(a, now)))
                    .orElseThrow()))
        .isEqualTo(storeLots);
  }

  @Test
  void merge_and_unmerge_conserve_points_while_both_accounts_keep_earning() throws Exception {
    fresh();
    AtomicLong tick = new AtomicLong();
    Function<Long, Instant> instant = k -> T0.plusMillis(k);
    MergeService service =
        service(
            new Clock() {
              @Override
              public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
              }

              @Override
              public Clock withZone(java.time.ZoneId zone) {
                return this;
              }

              @Override
              public Instant instant() {
                return instant.apply(tick.get());
              }
            });
    int perThread = 2_000;
    ExecutorService pool = Executors.newFixedThreadPool(3);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Long>> earners = new ArrayList<>();
    for (var who : List.of(WEB, STORE)) {
      earners.add(
          pool.submit(
              () -> {
                start.await();
                long earned = 0;
                for (int i = 0; i < perThread; i++) {
                  long points = 1L + (i % 7);
                  int n = i;
                  accounts.update(
                      who,
                      a ->
                          a.ledger()
                              .earn(
                                  who.value() + "-" + n,
                                  instant.apply(tick.incrementAndGet()),
                                  points,
                                  "earn"));
                  earned += points;
                }
                return earned;
              }));
    }
    Future<Integer> merges =
        pool.submit(
            () -> {
              start.await();
              int done = 0;
              for (int i = 0; i < 20; i++) {
                MergeRecord r = service.merge(WEB, List.of(STORE));
                service.unmerge(r.mergeId());
                customers.save(Customer.builder(WEB, T0).attribute("source", "web").build());
                customers.save(Customer.builder(STORE, T0).attribute("source", "store").build());
                done++;
              }
              return done;
            });
    start.countDown();
    long earned = 0;
    for (Future<Long> f : earners) {
      earned += f.get(60, TimeUnit.SECONDS);
    }
    assertThat(merges.get(60, TimeUnit.SECONDS)).isEqualTo(20);
    pool.shutdown();
    Instant end = instant.apply(tick.get() + 1);
    assertThat(total(accounts, WEB, end) + total(accounts, STORE, end)).isEqualTo(earned);
    long adjustments =
        accounts
            .read(
                STORE,
                a ->
                    a.ledger().entries().stream()
                        .filter(e -> e.type() == io.crmkit.loyalty.ledger.EntryType.ADJUST)
                        .count())
            .orElseThrow();
    assertThat(adjustments).as("every merge took the store account's points out").isEqualTo(20);
  }
}
