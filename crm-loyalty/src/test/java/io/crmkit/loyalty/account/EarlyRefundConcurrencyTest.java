package io.crmkit.loyalty.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.loyalty.ledger.LedgerEntry;
import io.crmkit.loyalty.program.Program;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * 16 threads send every purchase and every refund of 40 members, each several times and in their
 * own random order, so refunds often arrive before their purchase and every key is retried: the
 * refunded purchases must end at 0 points, the others keep theirs, nothing stays held.
 */
class EarlyRefundConcurrencyTest {

  private static final int THREADS = 16;

  @Test
  void sixteen_threads_retrying_purchases_and_early_refunds_leave_zero_points_where_zero_is_right()
      throws Exception {
    Program p = AccountTrustTest.program();
    LoyaltyAccountRepository repo =
        InMemoryLoyaltyAccountRepository.create(
            id -> LoyaltyAccount.open(id, p.ledgerPolicy(), AccountTrustTest.SPEND_TIERS));
    List<Transaction> all = new ArrayList<>();
    Map<CustomerId, Long> expected = new HashMap<>();
    Instant t0 = Instant.parse("2024-03-01T10:00:00Z");
    Random random = new Random(20261202L);
    for (int c = 0; c < 40; c++) {
      String customer = "c" + c;
      long kept = 0;
      for (int k = 0; k < 6; k++) {
        String id = customer + "-t" + k;
        int euros = 10 + random.nextInt(90);
        // every purchase of a member at the same instant: the order of arrival is then free
        all.add(Transaction.purchase(id, customer, t0, Money.of(euros + ".00", "EUR")));
        if (k % 3 == 2) {
          kept += euros;
        } else {
          all.add(Transaction.refund(id + "-r", customer, t0, Money.of(euros + ".00", "EUR"), id));
        }
      }
      expected.put(CustomerId.of(customer), kept);
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        List<Transaction> mine = new ArrayList<>(all);
        Collections.shuffle(mine, new Random(t));
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  for (Transaction tx : mine) {
                    repo.update(
                        tx.customerId(),
                        a -> tx.isPurchase() ? a.purchase(p, tx) : a.refund(p, tx));
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    Instant later = t0.plusSeconds(3600);
    for (Map.Entry<CustomerId, Long> e : expected.entrySet()) {
      LoyaltyAccount a = repo.read(e.getKey(), x -> x).orElseThrow();
      assertThat(a.pendingRefunds()).as("held refunds of %s", e.getKey()).isEmpty();
      assertThat(a.ledger().balanceAt(later).available())
          .as("points of %s", e.getKey())
          .isEqualTo(e.getValue());
      assertThat(a.tierTracker().orElseThrow().qualifyingValue(later))
          .isEqualByComparingTo(e.getValue() + ".00");
      assertThat(a.visits()).isEqualTo(6);
      Map<String, Integer> perKey = new HashMap<>();
      long sum = 0;
      for (LedgerEntry entry : a.ledger().entries()) {
        perKey.merge(entry.idempotencyKey(), 1, Integer::sum);
        sum += entry.points();
      }
      assertThat(perKey.values()).as("every key booked once").allMatch(n -> n == 1);
      assertThat(sum).as("balance = sum of entries").isEqualTo(e.getValue());
    }
  }
}
