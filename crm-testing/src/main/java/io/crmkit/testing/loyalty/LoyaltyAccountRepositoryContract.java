package io.crmkit.testing.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.loyalty.account.LoyaltyAccount;
import io.crmkit.loyalty.account.LoyaltyAccountRepository;
import io.crmkit.loyalty.ledger.Balance;
import io.crmkit.loyalty.ledger.InsufficientPointsException;
import io.crmkit.loyalty.ledger.LedgerEntry;
import io.crmkit.loyalty.ledger.LedgerPolicy;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link LoyaltyAccountRepository}: extend it with {@link #newRepository} returning
 * an empty repository whose accounts open with {@link #POLICY} and no tiers.
 *
 * @since 0.1
 */
public abstract class LoyaltyAccountRepositoryContract {

  /** For subclasses. */
  protected LoyaltyAccountRepositoryContract() {}

  protected static final LedgerPolicy POLICY = LedgerPolicy.simple(ZoneId.of("Europe/Madrid"));
  private static final Instant T0 = Instant.parse("2024-02-29T12:00:00Z");
  private static final CustomerId ANA = CustomerId.of("ana");

  /** An empty repository opening accounts with {@code LoyaltyAccount.open(id, POLICY)}. */
  protected abstract LoyaltyAccountRepository newRepository();

  protected static LoyaltyAccount openAccount(CustomerId id) {
    return LoyaltyAccount.open(id, POLICY);
  }

  @Test
  void update_opens_the_account_and_returns_the_operations_result() {
    LoyaltyAccountRepository repo = newRepository();
    assertThat(repo.exists(ANA)).isFalse();
    long points = repo.update(ANA, a -> a.ledger().earn("k", T0, 40, "welcome").points());
    assertThat(points).isEqualTo(40);
    assertThat(repo.exists(ANA)).isTrue();
    assertThat(repo.customers()).containsExactly(ANA);
    assertThat(repo.size()).isEqualTo(1);
  }

  @Test
  void effects_of_an_update_are_visible_to_later_reads() {
    LoyaltyAccountRepository repo = newRepository();
    repo.update(ANA, a -> a.ledger().earn("k", T0, 40, "welcome"));
    repo.update(ANA, a -> a.ledger().redeem("r", T0, 15, "coffee"));
    assertThat(repo.read(ANA, a -> a.ledger().balanceAt(T0).available())).contains(25L);
  }

  @Test
  void read_of_a_missing_account_is_empty_and_opens_nothing() {
    LoyaltyAccountRepository repo = newRepository();
    assertThat(repo.read(ANA, a -> a.ledger().size())).isEmpty();
    assertThat(repo.exists(ANA)).isFalse();
  }

  @Test
  void a_failed_operation_propagates_and_deducts_nothing() {
    LoyaltyAccountRepository repo = newRepository();
    repo.update(ANA, a -> a.ledger().earn("k", T0, 10, "welcome"));
    assertThatThrownBy(() -> repo.update(ANA, a -> a.ledger().redeem("r", T0, 15, "coffee")))
        .isInstanceOf(InsufficientPointsException.class);
    assertThat(repo.read(ANA, a -> a.ledger().balanceAt(T0).available())).contains(10L);
  }

  @Test
  void a_refused_keyed_redemption_stays_refused_on_retry_after_the_balance_grows() {
    LoyaltyAccountRepository repo = newRepository();
    repo.update(ANA, a -> a.ledger().earn("k", T0, 10, "welcome"));
    assertThatThrownBy(() -> repo.update(ANA, a -> a.ledger().redeem("r", T0, 15, "coffee")))
        .isInstanceOf(InsufficientPointsException.class);
    repo.update(ANA, a -> a.ledger().earn("k2", T0.plusSeconds(60), 100, "bonus"));
    // the retry, arriving late, gets the first answer: it must not book 15 points now
    assertThatThrownBy(() -> repo.update(ANA, a -> a.ledger().redeem("r", T0, 15, "coffee")))
        .isInstanceOf(InsufficientPointsException.class)
        .hasMessageContaining("retry of a rejected request");
    assertThat(repo.read(ANA, a -> a.ledger().balanceAt(T0.plusSeconds(60)).available()))
        .contains(110L);
  }

  @Test
  void concurrent_earns_and_redemptions_never_lose_or_duplicate_a_point() throws Exception {
    LoyaltyAccountRepository repo = newRepository();
    int threads = 8;
    int perThread = 400;
    int earnKeys = 300; // every earn key is sent by several threads: retries
    List<CustomerId> customers = List.of(ANA, CustomerId.of("ben"));
    AtomicLong redeemedOk = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < perThread; i++) {
                    CustomerId c = customers.get(i % 2);
                    if (i % 3 == 2) {
                      String key = "r-" + thread + "-" + i;
                      try {
                        repo.update(c, a -> a.ledger().redeem(key, T0, 7, "reward"));
                        redeemedOk.addAndGet(7);
                      } catch (InsufficientPointsException tooFew) {
                        // allowed: nothing deducted
                      }
                    } else {
                      String key = "e-" + ((i * 7 + thread) % earnKeys);
                      repo.update(c, a -> a.ledger().earn(key, T0, 5, "earn " + key));
                    }
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    long totalRedeemed = 0;
    for (CustomerId c : customers) {
      Map<String, Integer> perKey = new HashMap<>();
      List<LedgerEntry> entries = repo.read(c, a -> a.ledger().entries()).orElseThrow();
      long sum = 0;
      for (LedgerEntry e : entries) {
        perKey.merge(e.idempotencyKey(), 1, Integer::sum);
        sum += e.points();
      }
      assertThat(perKey.values())
          .as("every idempotency key took effect once")
          .allMatch(n -> n == 1);
      Balance b = repo.read(c, a -> a.ledger().balanceAt(T0)).orElseThrow();
      assertThat(b.available()).as("balance equals the sum of the ledger").isEqualTo(sum);
      assertThat(b.available()).isGreaterThanOrEqualTo(0);
      long distinctEarnKeys = perKey.keySet().stream().filter(k -> k.startsWith("e-")).count();
      assertThat(b.lifetimeEarned()).isEqualTo(5 * distinctEarnKeys);
      totalRedeemed += b.redeemed();
    }
    assertThat(totalRedeemed).isEqualTo(redeemedOk.get());
  }
}
