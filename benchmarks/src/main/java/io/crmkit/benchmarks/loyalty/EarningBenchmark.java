package io.crmkit.benchmarks.loyalty;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.loyalty.account.BulkEarning;
import io.crmkit.loyalty.account.LoyaltyAccount;
import io.crmkit.loyalty.program.Program;
import io.crmkit.loyalty.tier.TierProgram;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 1 million purchases (1 to 3 lines each, 100,000 customers) through a programme of 10 earning
 * rules with tiers, each booked on the member's ledger (lots, expiry dates, lock period,
 * idempotency key) and recorded for the tier (target: under 1 s on one core). Every operation opens
 * the 100,000 accounts and books all purchases in time order. {@code earn} uses {@link BulkEarning}
 * (which reads the accounts of 8 purchases ahead together), {@code earnOneByOne} a plain loop of
 * {@code purchaseFast}, {@code earnExplained} builds the explanation of every rule for every
 * purchase. Accounts are found through a dense customer index prepared in the set-up (as a bulk job
 * would), not a hash lookup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgs = {
      "-Xms6g",
      "-Xmx6g",
      "-Xmn4g",
      "-XX:ActiveProcessorCount=1",
      "-XX:+UseTransparentHugePages",
      "-XX:+AlwaysPreTouch"
    })
public class EarningBenchmark {

  @Param({"1000000"})
  public int purchases;

  @Param({"100000"})
  public int customers;

  private List<Transaction> history;
  private int[] accountIndex;
  private Program program;
  private TierProgram tiers;

  @Setup(Level.Trial)
  public void generate() {
    history = LoyaltyFixtures.purchases(purchases, customers, true, 20261125L);
    Map<CustomerId, Integer> dense = new HashMap<>();
    accountIndex = new int[history.size()];
    for (int i = 0; i < accountIndex.length; i++) {
      accountIndex[i] = dense.computeIfAbsent(history.get(i).customerId(), id -> dense.size());
    }
    program = LoyaltyFixtures.program();
    tiers = LoyaltyFixtures.tiers();
    System.gc(); // the set-up's garbage is collected here, not inside a measured iteration
  }

  @Benchmark
  public LoyaltyAccount[] earn() {
    LoyaltyAccount[] accounts = new LoyaltyAccount[customers];
    for (int i = 0; i < accountIndex.length; i++) {
      if (accounts[accountIndex[i]] == null) {
        accounts[accountIndex[i]] =
            LoyaltyAccount.open(history.get(i).customerId(), program.ledgerPolicy(), tiers);
      }
    }
    BulkEarning.earnAll(program, history, accountIndex, accounts);
    return accounts;
  }

  @Benchmark
  public LoyaltyAccount[] earnOneByOne() {
    return run(false);
  }

  @Benchmark
  public LoyaltyAccount[] earnExplained() {
    return run(true);
  }

  private LoyaltyAccount[] run(boolean explain) {
    LoyaltyAccount[] accounts = new LoyaltyAccount[customers];
    for (int i = 0; i < accountIndex.length; i++) {
      Transaction tx = history.get(i);
      LoyaltyAccount a = accounts[accountIndex[i]];
      if (a == null) {
        a = LoyaltyAccount.open(tx.customerId(), program.ledgerPolicy(), tiers);
        accounts[accountIndex[i]] = a;
      }
      if (explain) {
        a.purchase(program, tx);
      } else {
        a.purchaseFast(program, tx);
      }
    }
    return accounts;
  }
}
