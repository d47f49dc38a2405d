package io.crmkit.benchmarks.sales;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.team.MemberId;
import io.crmkit.sales.pool.Ownership;
import io.crmkit.sales.pool.OwnershipColumns;
import io.crmkit.sales.pool.PoolRules;
import io.crmkit.sales.pool.ReclaimPlan;
import io.crmkit.sales.pool.ReclaimRows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reclaim of the customer pool (target: 10 million held customers under 2 s, on one core). Held
 * customers are generated with a fixed seed: last follow-up uniformly in the 60 days and last deal
 * in the 180 days before 2024-06-30; rules: back after 30 days without follow-up or 90 without a
 * deal, reminder 5 days before; reclaim on 2024-06-30 (about half the customers go back). The
 * column path ({@link OwnershipColumns#reclaim}) runs over 10 million rows; the object path ({@link
 * ReclaimPlan#of}, sorted by customer, one event per customer) over 1 million, for comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgs = {"-Xms3g", "-Xmx3g", "-XX:ActiveProcessorCount=1"})
public class ReclaimBenchmark {

  private static final int ROWS = 10_000_000;
  private static final int OBJECTS = 1_000_000;
  private static final LocalDate DAY = LocalDate.of(2024, 6, 30);
  private static final PoolRules RULES = PoolRules.days(30, 90, 5);

  private OwnershipColumns columns;
  private List<Ownership> objects;

  @Setup(Level.Trial)
  public void generate() {
    SplittableRandom random = new SplittableRandom(20261203L);
    int today = (int) DAY.toEpochDay();
    int[] followUp = new int[ROWS];
    int[] deal = new int[ROWS];
    for (int i = 0; i < ROWS; i++) {
      followUp[i] = today - random.nextInt(60);
      deal[i] = today - random.nextInt(180);
    }
    columns = OwnershipColumns.of(followUp, deal);
    LocalDate[] days = new LocalDate[181];
    for (int d = 0; d < days.length; d++) {
      days[d] = DAY.minusDays(d);
    }
    MemberId[] reps = new MemberId[1000];
    for (int r = 0; r < reps.length; r++) {
      reps[r] = MemberId.of("rep-" + r);
    }
    objects = new ArrayList<>(OBJECTS);
    for (int i = 0; i < OBJECTS; i++) {
      LocalDate f = days[today - followUp[i]];
      LocalDate g = days[today - deal[i]];
      LocalDate since = f.isBefore(g) ? f : g;
      objects.add(new Ownership(CustomerId.of(i), reps[i % reps.length], since, f, g));
    }
  }

  /** Reclaim over 10 million held customers in columns. */
  @Benchmark
  public ReclaimRows reclaimColumns() {
    return columns.reclaim(RULES, DAY);
  }

  /** Reclaim over 1 million held customers as objects. */
  @Benchmark
  public ReclaimPlan reclaimObjects() {
    return ReclaimPlan.of(objects, RULES, DAY);
  }
}
