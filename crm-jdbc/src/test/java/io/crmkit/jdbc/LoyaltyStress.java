package io.crmkit.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.TransactionId;
import io.crmkit.jdbc.testing.EmbeddedPostgresServer;
import io.crmkit.jdbc.testing.TestDatabase;
import io.crmkit.loyalty.account.LoyaltyAccount;
import io.crmkit.loyalty.ledger.InsufficientPointsException;
import io.crmkit.loyalty.ledger.LedgerPolicy;
import io.crmkit.loyalty.ledger.Posting;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Two application instances (two Hikari pools, each with its own repository object) hammering the
 * same accounts from several threads each with purchases that earn, redemptions, refunds and
 * retried keys, for a fixed time. Every operation's posting is recorded under its key; afterwards
 * each account's balance in the database must equal the sum of the postings of its distinct keys
 * (no point lost or doubled), every key must have been booked once, and the reconciliation query
 * must balance. {@code main} runs it for 30 s and prints throughput and latency (see
 * benchmarks/README.md).
 */
final class LoyaltyStress {

  static final LedgerPolicy POLICY = LedgerPolicy.simple(ZoneId.of("Europe/Madrid"));
  private static final Instant T0 = Instant.parse("2024-02-29T12:00:00Z");

  /** What a run did and found. */
  record Result(
      long operations,
      long rejected,
      long retries,
      double seconds,
      long p50Micros,
      long p99Micros,
      long accountsChecked,
      long pointsExpected,
      long pointsStored,
      long mismatchedAccounts,
      long keysBookedTwice,
      LedgerReconciliation reconciliation) {

    double opsPerSecond() {
      return operations / seconds;
    }

    @Override
    public String toString() {
      return String.format(
          java.util.Locale.ROOT,
          "%d operations in %.1f s = %.0f ops/s (p50 %d us, p99 %d us);"
              + " %d rejected redemptions, %d retried keys; %d accounts: %d points expected, %d stored,"
              + " %d mismatched accounts, %d keys booked twice; %s",
          operations,
          seconds,
          opsPerSecond(),
          p50Micros,
          p99Micros,
          rejected,
          retries,
          accountsChecked,
          pointsExpected,
          pointsStored,
          mismatchedAccounts,
          keysBookedTwice,
          reconciliation);
    }
  }

  private LoyaltyStress() {}

  static LoyaltyAccount open(CustomerId id) {
    return LoyaltyAccount.open(id, POLICY);
  }

  static Result run(
      Duration duration, int instances, int threadsPerInstance, int accounts, long seed)
      throws Exception {
    DbSchema schema = TestDatabase.newSchema("stress");
    EmbeddedPostgresServer pg = EmbeddedPostgresServer.get();
    List<HikariDataSource> pools = new ArrayList<>();
    List<JdbcLoyaltyAccountRepository> repos = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      HikariDataSource pool = pg.pool(TestDatabase.databaseName(), threadsPerInstance);
      pools.add(pool);
      repos.add(JdbcLoyaltyAccountRepository.of(pool, schema, LoyaltyStress::open));
    }
    // key -> points of its posting, per account (one map per account, filled by every thread)
    List<Map<String, Long>> postings = new ArrayList<>();
    for (int a = 0; a < accounts; a++) {
      postings.add(new ConcurrentHashMap<>());
    }
    int threads = instances * threadsPerInstance;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long deadline = System.nanoTime() + duration.toNanos();
    List<Future<long[]>> futures = new ArrayList<>();
    long started = System.nanoTime();
    try {
      for (int t = 0; t < threads; t++) {
        JdbcLoyaltyAccountRepository repo = repos.get(t % instances);
        SplittableRandom random = new SplittableRandom(seed + t);
        int thread = t;
        futures.add(pool.submit(() -> work(repo, random, thread, accounts, postings, deadline)));
      }
      long ops = 0;
      long rejected = 0;
      long retries = 0;
      List<long[]> latencies = new ArrayList<>();
      for (Future<long[]> f : futures) {
        long[] r = f.get(duration.toSeconds() + 120, TimeUnit.SECONDS);
        ops += r[0];
        rejected += r[1];
        retries += r[2];
        latencies.add(Arrays.copyOfRange(r, 3, r.length));
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
      long p50 = all.length == 0 ? 0 : all[(int) (all.length * 0.50)] / 1_000;
      long p99 =
          all.length == 0 ? 0 : all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1_000;
      // verify through the first instance
      JdbcLoyaltyAccountRepository check = repos.get(0);
      long expected = 0;
      long stored = 0;
      long mismatched = 0;
      for (int a = 0; a < accounts; a++) {
        long sum = postings.get(a).values().stream().mapToLong(Long::longValue).sum();
        CustomerId c = account(a);
        long balance = check.read(c, x -> x.ledger().sumOfEntries()).orElse(0L);
        expected += sum;
        stored += balance;
        if (sum != balance) {
          mismatched++;
        }
      }
      long twice;
      try (var c = pools.get(0).getConnection();
          var s = c.createStatement();
          var r =
              s.executeQuery(
                  "SELECT count(*) FROM (SELECT customer_id, idempotency_key FROM "
                      + schema.name()
                      + ".loyalty_entries WHERE idempotency_key <> 'expiry@due' GROUP BY 1, 2 HAVING count(*) > 1) d")) {
        r.next();
        twice = r.getLong(1);
      }
      return new Result(
          ops,
          rejected,
          retries,
          seconds,
          p50,
          p99,
          accounts,
          expected,
          stored,
          mismatched,
          twice,
          check.reconcile());
    } finally {
      pool.shutdownNow();
      pools.forEach(HikariDataSource::close);
    }
  }

  static CustomerId account(int a) {
    return CustomerId.of("member-" + a);
  }

  /** One thread's loop: returns {operations, rejected, retries, latency nanos...}. */
  private static long[] work(
      JdbcLoyaltyAccountRepository repo,
      SplittableRandom random,
      int thread,
      int accounts,
      List<Map<String, Long>> postings,
      long deadline) {
    long[] lat = new long[1 << 16];
    int n = 0;
    long rejected = 0;
    long retries = 0;
    List<String[]> sent = new ArrayList<>(); // {account, kind, key, ref}
    int i = 0;
    while (System.nanoTime() < deadline) {
      i++;
      int a = random.nextInt(accounts);
      int kind = random.nextInt(100);
      String[] op;
      if (kind < 15 && !sent.isEmpty()) {
        op =
            sent.get(
                random.nextInt(
                    sent.size())); // a retry of a key this thread sent (from this instance)
        retries++;
      } else if (kind < 25) {
        // a key another thread (of either instance) may send too: purchases numbered per account
        op = new String[] {Integer.toString(a), "earn", "p-" + a + "-" + random.nextInt(200), null};
        retries++;
      } else if (kind < 60) {
        op = new String[] {Integer.toString(a), "earn", "p-" + thread + "-" + i, null};
      } else if (kind < 85) {
        op = new String[] {Integer.toString(a), "redeem", "r-" + thread + "-" + i, null};
      } else {
        String ref = "p-" + a + "-" + random.nextInt(200);
        op = new String[] {Integer.toString(a), "refund", "f-" + thread + "-" + i, ref};
      }
      if (sent.size() < 1_000) {
        sent.add(op);
      }
      int account = Integer.parseInt(op[0]);
      String key = op[2];
      String ref = op[3];
      long t0 = System.nanoTime();
      try {
        Posting p =
            repo.update(
                account(account),
                acc ->
                    switch (op[1]) {
                      case "earn" ->
                          acc.ledger()
                              .earnForPurchase(
                                  key,
                                  T0,
                                  TransactionId.of(key),
                                  Money.of(new BigDecimal("20.00"), "EUR"),
                                  20,
                                  "purchase " + key);
                      case "redeem" -> acc.ledger().redeem(key, T0, 15, "reward");
                      default ->
                          acc.ledger()
                              .refund(
                                  key,
                                  T0,
                                  TransactionId.of(ref),
                                  Money.of(new BigDecimal("5.00"), "EUR"),
                                  "refund of " + ref);
                    });
        Long previous = postings.get(account).putIfAbsent(key, p.points());
        if (previous != null && previous != p.points()) {
          throw new IllegalStateException(
              "key "
                  + key
                  + " of account "
                  + account
                  + " answered "
                  + p.points()
                  + " points after "
                  + previous);
        }
      } catch (InsufficientPointsException tooFew) {
        rejected++;
      }
      if (n == lat.length) {
        lat = Arrays.copyOf(lat, n * 2);
      }
      lat[n++] = System.nanoTime() - t0;
    }
    long[] out = new long[3 + n];
    out[0] = n;
    out[1] = rejected;
    out[2] = retries;
    System.arraycopy(lat, 0, out, 3, n);
    return out;
  }

  /**
   * Runs the two-instance stress for {@code args[0]} seconds (30 by default) and prints the
   * figures.
   */
  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    Result r = run(Duration.ofSeconds(seconds), 2, 8, 100, 2024);
    System.out.println(r);
    System.exit(
        r.mismatchedAccounts() == 0 && r.keysBookedTwice() == 0 && r.reconciliation().balanced()
            ? 0
            : 1);
  }
}
