package io.crmkit.benchmarks.core;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionColumns;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Customer summaries of 10 million in-memory transactions of 1 million customers (target: under 1 s
 * on one core). Transactions are generated with a fixed seed over 1997-01-01..1998-06-30, in a
 * random order of customers, and summarised in weeks with a calibration/holdout split.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgs = {"-Xms6g", "-Xmx6g", "-XX:ActiveProcessorCount=1"})
public class SummaryBenchmark {

  @Param({"10000000"})
  public int transactions;

  @Param({"1000000"})
  public int customers;

  @Param({"UTC"})
  public String zone;

  private TransactionColumns columns;
  private SummaryOptions options;

  @Setup(Level.Trial)
  public void generate() {
    SplittableRandom random = new SplittableRandom(20261124L);
    long start = LocalDate.of(1997, 1, 1).toEpochDay() * 86_400L;
    long span = 546L * 86_400L;
    TransactionColumns.Builder b = TransactionColumns.builder(transactions);
    for (int i = 0; i < transactions; i++) {
      long customer = random.nextInt(customers);
      b.add(customer, start + random.nextLong(span), 1 + random.nextInt(10_000) / 100.0);
    }
    columns = b.build();
    options =
        SummaryOptions.of(ZoneId.of(zone), TimeScale.WEEKS, LocalDate.of(1997, 9, 30))
            .withHoldoutUntil(LocalDate.of(1998, 6, 30));
  }

  @Benchmark
  public CustomerSummaries summarize() {
    return CustomerSummaries.of(columns, options);
  }
}
