package io.crmkit.benchmarks.model;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.lifecycle.model.Covariates;
import io.crmkit.lifecycle.model.StaticCovariates;
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
 * Issue 19's covariate target, one core: a fit with 5 time-invariant covariates on 1 M customers
 * under 5 s. The customers of {@link SimulatedCustomers#bgNbd(int)} with 5 seeded categorical
 * covariates (three 0/1 columns, one with 3 and one with 4 levels: 96 covariate groups, as
 * demographic and channel variables are), all 5 on both processes (14 parameters for Pareto/NBD and
 * BG/NBD); the fit includes the fit without covariates it starts from, the grouping and the
 * standard errors.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgs = {"-Xms4g", "-Xmx4g", "-XX:ActiveProcessorCount=1"})
public class CovariateBenchmark {

  /** Customers. */
  @Param({"1000000"})
  public int customers;

  /** The model fitted: {@code bgnbd} or {@code paretonbd}. */
  @Param({"bgnbd", "paretonbd"})
  public String model;

  private CustomerSummaries population;
  private Covariates covariates;

  @Setup(Level.Trial)
  public void setUp() {
    population = SimulatedCustomers.bgNbd(customers);
    covariates = covariates(customers, 19);
  }

  /** Five categorical covariates: three 0/1, one of 3 and one of 4 levels (seeded). */
  static Covariates covariates(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] levels = {2, 2, 2, 3, 4};
    Covariates c = Covariates.none(n);
    for (int j = 0; j < levels.length; j++) {
      double[] col = new double[n];
      for (int i = 0; i < n; i++) {
        col[i] = random.nextInt(levels[j]);
      }
      c = c.with("z" + (j + 1), col);
    }
    return c;
  }

  @Benchmark
  public Object fit() {
    return switch (model) {
      case "bgnbd" -> StaticCovariates.bgNbd(population, covariates, covariates, 0);
      case "paretonbd" -> StaticCovariates.paretoNbd(population, covariates, covariates, 0);
      default -> throw new IllegalArgumentException("unknown model: " + model);
    };
  }
}
