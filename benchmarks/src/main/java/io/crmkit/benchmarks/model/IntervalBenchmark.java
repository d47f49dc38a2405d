package io.crmkit.benchmarks.model;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.lifecycle.model.BgNbdModel;
import io.crmkit.lifecycle.model.CustomerIntervals;
import io.crmkit.lifecycle.model.CustomerLifetimeValue;
import io.crmkit.lifecycle.model.FitResult;
import io.crmkit.lifecycle.model.GammaGammaModel;
import io.crmkit.lifecycle.model.IntervalMethod;
import io.crmkit.lifecycle.model.PredictionIntervals;
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
 * Issue 19's interval target, one core: 90% parametric-bootstrap intervals (200 draws) of every
 * customer's expected purchases (52 weeks) and 12-month CLV for 1 M simulated BG/NBD customers ≤ 30
 * s; the delta method beside them. Single-shot times (each call is seconds).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xms4g", "-Xmx4g", "-XX:ActiveProcessorCount=1"})
public class IntervalBenchmark {

  private CustomerSummaries population;
  private PredictionIntervals delta;
  private PredictionIntervals bootstrap;

  @Setup(Level.Trial)
  public void setUp() {
    population = SimulatedCustomers.bgNbd(1_000_000);
    FitResult<BgNbdModel> bg = BgNbdModel.fit(population);
    FitResult<GammaGammaModel> gg = GammaGammaModel.fit(population);
    delta = PredictionIntervals.of(bg).withSpend(gg);
    bootstrap = delta.method(IntervalMethod.parametricBootstrap(200, 42L));
  }

  @Benchmark
  public CustomerIntervals bootstrapExpectedPurchases() {
    return bootstrap.expectedPurchases(52, population, 0.9);
  }

  @Benchmark
  public CustomerIntervals bootstrapLifetimeValue() {
    return bootstrap.lifetimeValue(
        (t, g) -> CustomerLifetimeValue.monthsOfWeeklyModel(t, g, 12, 0.01), population, 0.9);
  }

  @Benchmark
  public CustomerIntervals deltaExpectedPurchases() {
    return delta.expectedPurchases(52, population, 0.9);
  }
}
