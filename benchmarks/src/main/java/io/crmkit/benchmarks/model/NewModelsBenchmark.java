package io.crmkit.benchmarks.model;

import io.crmkit.core.io.TransactionCsvFormat;
import io.crmkit.core.io.TransactionCsvReader;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.lifecycle.model.BetaDiscreteWeibullModel;
import io.crmkit.lifecycle.model.FitResult;
import io.crmkit.lifecycle.model.GgomNbdModel;
import io.crmkit.lifecycle.model.RegularityData;
import io.crmkit.lifecycle.model.WeightedData;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

/**
 * Issue 19's speed target for the models of the models19 branch: the CDNOW fit of GGom/NBD (from
 * the customers' columns (x, t_x, T) of the 6,919 transactions of the CDNOW sample, calibration to
 * 1997-09-30 in weeks: compression, the Pareto/NBD start, the boundary test and standard errors
 * included) under 100 ms, and the beta-discrete-Weibull fit of Fader &amp; Hardie's "high end"
 * cohort.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms1g", "-Xmx1g", "-XX:ActiveProcessorCount=1"})
public class NewModelsBenchmark {

  private static final long[] HIGH_END = {1000, 869, 743, 653, 593, 551, 517, 491};

  private double[] x;
  private double[] tx;
  private double[] age;

  @Setup(Level.Trial)
  public void setUp() {
    TransactionColumns transactions =
        TransactionCsvReader.of(TransactionCsvFormat.cdnowSample())
            .readColumns(
                new InputStreamReader(
                    Objects.requireNonNull(
                        NewModelsBenchmark.class.getResourceAsStream("CDNOW_sample.txt")),
                    StandardCharsets.UTF_8),
                "CDNOW_sample.txt")
            .value();
    RegularityData d =
        RegularityData.of(
            transactions,
            SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, LocalDate.of(1997, 9, 30)));
    int n = d.size();
    x = new double[n];
    tx = new double[n];
    age = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = d.x(i);
      tx[i] = d.tx(i);
      age[i] = d.age(i);
    }
  }

  @Benchmark
  public FitResult<GgomNbdModel> fitGgomNbdCdnow() {
    return GgomNbdModel.fit(WeightedData.compress(x, tx, age), 0);
  }

  @Benchmark
  public FitResult<BetaDiscreteWeibullModel> fitBdwHighEnd() {
    return BetaDiscreteWeibullModel.fit(HIGH_END);
  }
}
