package io.crmkit.benchmarks.model;

import io.crmkit.core.io.SummaryCsv;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.lifecycle.model.BgNbdModel;
import io.crmkit.lifecycle.model.CustomerLifetimeValue;
import io.crmkit.lifecycle.model.FitResult;
import io.crmkit.lifecycle.model.GammaGammaModel;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
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
 * Targets of the churn/CLV issue: BG/NBD fit on CDNOW under 50 ms; BG/NBD + Gamma-Gamma fit of 1
 * million simulated customers, compression included, under 2 s; P(alive), expected purchases and
 * 12-month CLV of 1 million customers under 0.5 s. The simulated population: BG/NBD(0.5, 6, 1.2,
 * 2.8) customers acquired over half a year, observed 26–52 weeks, times recorded to the day (as a
 * shop's data is), spend from Gamma-Gamma(6, 4, 15); seeded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms4g", "-Xmx4g", "-XX:ActiveProcessorCount=1"})
public class ClvBenchmark {

  private CustomerSummaries cdnow;
  private CustomerSummaries population;
  private BgNbdModel bgnbd;
  private GammaGammaModel gammaGamma;

  @Setup(Level.Trial)
  public void setUp() {
    cdnow =
        SummaryCsv.read(
            new InputStreamReader(
                Objects.requireNonNull(
                    ClvBenchmark.class.getResourceAsStream("cdnow_customers_summary.csv")),
                StandardCharsets.UTF_8),
            "cdnow_customers_summary.csv",
            TimeScale.WEEKS);
    population = SimulatedCustomers.bgNbd(1_000_000);
    bgnbd = BgNbdModel.fit(population).model();
    gammaGamma = GammaGammaModel.fit(population).model();
  }

  @Benchmark
  public FitResult<BgNbdModel> fitCdnow() {
    return BgNbdModel.fit(cdnow);
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 2)
  @Measurement(iterations = 5)
  public void fitMillionCustomers(Blackhole bh) {
    bh.consume(BgNbdModel.fit(population));
    bh.consume(GammaGammaModel.fit(population));
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 2)
  @Measurement(iterations = 5)
  public void scoreMillionCustomers(Blackhole bh) {
    bh.consume(bgnbd.probabilityAlive(population));
    bh.consume(bgnbd.expectedPurchases(52, population));
    bh.consume(
        CustomerLifetimeValue.monthsOfWeeklyModel(bgnbd, gammaGamma, 12, 0.01).values(population));
  }
}
