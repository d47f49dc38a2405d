package io.crmkit.benchmarks.lifecycle;

import io.crmkit.lifecycle.internal.stage.CompactLifecycleTable;
import io.crmkit.lifecycle.stage.DefaultLifecycle;
import java.time.LocalDate;
import java.util.SplittableRandom;
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
 * The default customer lifecycle over a columnar {@link CompactLifecycleTable} (targets:
 * re-evaluate 1 million customers at a new date under 1 s; apply 10 million purchase events under 2
 * s, on one core). The population is generated with a fixed seed: 10 million purchases of 1 million
 * customers over 1997-01-01..1998-06-30 in time order, amounts 0.01..100.00; re-evaluation on
 * 1998-09-30 by rules and with a churn probability per customer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgs = {"-Xms2g", "-Xmx2g", "-XX:ActiveProcessorCount=1"})
public class LifecycleBenchmark {

  @Param({"1000000"})
  public int customers;

  @Param({"10000000"})
  public int purchases;

  private int startDay;
  private int[] customer;
  private int[] day;
  private long[] amount;
  private double[] churn;
  private CompactLifecycleTable afterPurchases;
  private CompactLifecycleTable table;

  @Setup(Level.Trial)
  public void generate() {
    SplittableRandom random = new SplittableRandom(20261125L);
    startDay = (int) LocalDate.of(1997, 1, 1).toEpochDay();
    int span = 546;
    customer = new int[purchases];
    day = new int[purchases];
    amount = new long[purchases];
    for (int k = 0; k < purchases; k++) {
      customer[k] = random.nextInt(customers);
      day[k] = startDay + (int) ((long) k * span / purchases);
      amount[k] = 1L + random.nextInt(10_000);
    }
    churn = new double[customers];
    for (int i = 0; i < customers; i++) {
      churn[i] = random.nextDouble();
    }
    afterPurchases =
        CompactLifecycleTable.create(
            customers, startDay, DefaultLifecycle.Thresholds.defaults(), 2);
    afterPurchases.purchases(customer, day, amount, 0, purchases);
  }

  @Setup(Level.Invocation)
  public void reset() {
    table = afterPurchases.copy();
  }

  /** Apply 10 million purchase events to 1 million fresh prospects. */
  @Benchmark
  public CompactLifecycleTable applyPurchases() {
    CompactLifecycleTable t =
        CompactLifecycleTable.create(
            customers, startDay, DefaultLifecycle.Thresholds.defaults(), 2);
    t.purchases(customer, day, amount, 0, purchases);
    return t;
  }

  /** Re-evaluate 1 million customers at a new date by the silence rules. */
  @Benchmark
  public int reEvaluateByRules() {
    return table.reEvaluate((int) LocalDate.of(1998, 9, 30).toEpochDay());
  }

  /** Re-evaluate 1 million customers at a new date with a churn probability each. */
  @Benchmark
  public int reEvaluateWithChurnScores() {
    return table.reEvaluate((int) LocalDate.of(1998, 9, 30).toEpochDay(), churn);
  }
}
