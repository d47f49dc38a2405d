package io.crmkit.benchmarks.core;

import io.crmkit.core.io.Column;
import io.crmkit.core.io.ImportResult;
import io.crmkit.core.io.TimestampFormat;
import io.crmkit.core.io.TransactionCsvFormat;
import io.crmkit.core.io.TransactionCsvReader;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionColumns;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Customer summaries from a CSV file of 10 million transactions of 1 million customers (target:
 * under 5 s): {@code customer_id,date,amount} with ISO dates, written once per trial with a fixed
 * seed, read through {@link TransactionCsvReader#readColumns} (FastCSV) and summarised in weeks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xms6g", "-Xmx6g", "-XX:ActiveProcessorCount=1"})
public class CsvSummaryBenchmark {

  @Param({"10000000"})
  public int rows;

  @Param({"1000000"})
  public int customers;

  private Path file;
  private TransactionCsvReader reader;
  private SummaryOptions options;

  @Setup(Level.Trial)
  public void writeFile() throws IOException {
    file = Files.createTempFile("crmkit-bench-", ".csv");
    SplittableRandom random = new SplittableRandom(20261124L);
    LocalDate start = LocalDate.of(1997, 1, 1);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("customer_id,date,amount\n");
      StringBuilder line = new StringBuilder(64);
      for (int i = 0; i < rows; i++) {
        line.setLength(0);
        int cents = 100 + random.nextInt(10_000);
        line.append(random.nextInt(customers))
            .append(',')
            .append(start.plusDays(random.nextInt(546)))
            .append(',')
            .append(cents / 100)
            .append('.')
            .append(cents % 100 < 10 ? "0" : "")
            .append(cents % 100)
            .append('\n');
        w.append(line);
      }
    }
    reader =
        TransactionCsvReader.of(
            TransactionCsvFormat.builder(ZoneOffset.UTC)
                .timestamp(Column.named("date"), TimestampFormat.isoDate())
                .build());
    options =
        SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, LocalDate.of(1997, 9, 30))
            .withHoldoutUntil(LocalDate.of(1998, 6, 30));
  }

  @TearDown(Level.Trial)
  public void deleteFile() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public CustomerSummaries importAndSummarize() {
    ImportResult<TransactionColumns> r = reader.readColumns(file);
    return CustomerSummaries.of(r.value(), options);
  }
}
