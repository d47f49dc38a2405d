package io.crmkit.benchmarks.model;

import io.crmkit.core.io.TransactionCsvFormat;
import io.crmkit.core.io.TransactionCsvReader;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.lifecycle.model.BgCnbdModel;
import io.crmkit.lifecycle.model.FitResult;
import io.crmkit.lifecycle.model.MbgCnbdModel;
import io.crmkit.lifecycle.model.RegularityData;
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
 * Issue 19's speed target for the regular-buying models: the CDNOW fit of BG/CNBD-k and of
 * MBG/CNBD-k, each under 100 ms. A fit is the profile of k = 1…12 (twelve fits of (r, α, a, b), k =
 * 1 by the BG/NBD or MBG/NBD kernel) from the customers' columns (x, t_x, T, litt): compression and
 * standard errors included. The columns come from the 6,919 transactions of the CDNOW sample,
 * calibration to 1997-09-30 in weeks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms1g", "-Xmx1g", "-XX:ActiveProcessorCount=1"})
public class CnbdBenchmark {

  private double[] x;
  private double[] tx;
  private double[] age;
  private double[] litt;

  @Setup(Level.Trial)
  public void setUp() {
    TransactionColumns transactions =
        TransactionCsvReader.of(TransactionCsvFormat.cdnowSample())
            .readColumns(
                new InputStreamReader(
                    Objects.requireNonNull(
                        CnbdBenchmark.class.getResourceAsStream("CDNOW_sample.txt")),
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
    litt = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = d.x(i);
      tx[i] = d.tx(i);
      age[i] = d.age(i);
      litt[i] = d.litt(i);
    }
  }

  @Benchmark
  public FitResult<BgCnbdModel> fitBgCnbdCdnow() {
    return BgCnbdModel.fit(RegularityData.of(x, tx, age, litt));
  }

  @Benchmark
  public FitResult<MbgCnbdModel> fitMbgCnbdCdnow() {
    return MbgCnbdModel.fit(RegularityData.of(x, tx, age, litt));
  }
}
