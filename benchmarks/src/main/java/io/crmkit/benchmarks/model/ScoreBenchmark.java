package io.crmkit.benchmarks.model;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.lifecycle.model.BgNbdModel;
import io.crmkit.lifecycle.model.CustomerLifetimeValue;
import io.crmkit.lifecycle.model.CustomerScores;
import io.crmkit.lifecycle.model.GammaGammaModel;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 21's scoring target, one core: P(alive), expected purchases in the next 52 weeks and the
 * 12-month CLV (1% a month) of 1 M customers ≤ 40 ms: the three column methods one after the other
 * ({@code scoreAll}), in one pass ({@code scoreOnePass}), and each part apart. Models: BG/NBD and
 * Gamma-Gamma fitted to the population in the set-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgs = {"-Xms4g", "-Xmx4g", "-XX:ActiveProcessorCount=1"})
public class ScoreBenchmark {

  private CustomerSummaries population;
  private BgNbdModel bgnbd;
  private CustomerLifetimeValue clv;

  @Setup(Level.Trial)
  public void setUp() {
    population = SimulatedCustomers.bgNbd(1_000_000);
    bgnbd = BgNbdModel.fit(population).model();
    GammaGammaModel spend = GammaGammaModel.fit(population).model();
    clv = CustomerLifetimeValue.monthsOfWeeklyModel(bgnbd, spend, 12, 0.01);
  }

  @Benchmark
  public void scoreAll(Blackhole bh) {
    bh.consume(bgnbd.probabilityAlive(population));
    bh.consume(bgnbd.expectedPurchases(52, population));
    bh.consume(clv.values(population));
  }

  /** The three scores in one pass ({@code CustomerLifetimeValue.score}). */
  @Benchmark
  public CustomerScores scoreOnePass() {
    return clv.score(population, 52);
  }

  @Benchmark
  public double[] probabilityAlive() {
    return bgnbd.probabilityAlive(population);
  }

  @Benchmark
  public double[] expectedPurchases() {
    return bgnbd.expectedPurchases(52, population);
  }

  @Benchmark
  public double[] lifetimeValue() {
    return clv.values(population);
  }
}
