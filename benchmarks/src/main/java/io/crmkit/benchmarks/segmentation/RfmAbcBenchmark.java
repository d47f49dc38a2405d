package io.crmkit.benchmarks.segmentation;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.segmentation.abc.AbcClassifier;
import io.crmkit.segmentation.abc.AbcResult;
import io.crmkit.segmentation.abc.SummaryMeasure;
import io.crmkit.segmentation.rfm.RfmScorer;
import io.crmkit.segmentation.rfm.RfmSegments;
import io.crmkit.segmentation.rfm.SegmentReport;
import io.crmkit.segmentation.rfm.SegmentTable;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * RFM quintile scores + the standard named segments with their report + 80/15/5 ABC classes with
 * curves and Gini, for 1 million customers (target: under 300 ms on one core). Summaries come from
 * 3 million generated transactions (fixed seed, 1997-01-01..1997-09-30), built in the setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgs = {"-Xms4g", "-Xmx4g", "-XX:ActiveProcessorCount=1"})
public class RfmAbcBenchmark {

  @Param({"1000000"})
  public int customers;

  private CustomerSummaries summaries;
  private final RfmScorer scorer = RfmScorer.quintiles();
  private final SegmentTable table = SegmentTable.standard();
  private final AbcClassifier abc = AbcClassifier.byValue();

  @Setup(Level.Trial)
  public void generate() {
    SplittableRandom random = new SplittableRandom(20261125L);
    long start = LocalDate.of(1997, 1, 1).toEpochDay() * 86_400L;
    long span = 272L * 86_400L;
    int transactions = 3 * customers;
    TransactionColumns.Builder b = TransactionColumns.builder(transactions);
    for (int i = 0; i < transactions; i++) {
      b.add(
          random.nextInt(customers),
          start + random.nextLong(span),
          1 + random.nextInt(20_000) / 100.0);
    }
    summaries =
        CustomerSummaries.of(
            b.build(),
            SummaryOptions.of(ZoneOffset.UTC, TimeScale.DAYS, LocalDate.of(1997, 9, 30)));
  }

  @Benchmark
  public void rfmSegmentsAndAbc(Blackhole bh) {
    RfmSegments segments = table.assign(scorer.score(summaries));
    List<SegmentReport> report = segments.report();
    AbcResult classes = abc.classify(summaries, SummaryMeasure.TOTAL_SPEND);
    bh.consume(report);
    bh.consume(classes.gini());
  }
}
