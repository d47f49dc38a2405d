package io.crmkit.benchmarks.core;

import io.crmkit.core.io.CsvRowWriter;
import io.crmkit.core.io.SummaryCsv;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
 * Summary and score files of 1 M customers in and out (issue 22: read at most 0.25 s, write at most
 * 0.3 s). The summary file ({@code id,frequency,recency,T,monetary_value}; times in weeks to the
 * day, so most need 16-17 digits; seed 20261202) is written once per trial. {@code readSummaries}
 * is {@link SummaryCsv#read(Path, TimeScale)} (the byte-level path), {@code readSummariesGeneral}
 * the FastCSV reader over a {@code Reader} (the figure before). {@code writeScores} writes id and
 * four scores per row through {@link CsvRowWriter}; {@code writeScoresFormatted} writes the same
 * rows as the CLI's table did before ({@code String.format("%.1f")} for whole numbers, {@code
 * Double.toString} otherwise, a {@code String} per row).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgs = {"-Xms4g", "-Xmx4g", "-XX:ActiveProcessorCount=1"})
public class SummaryFileBenchmark {

  @Param({"1000000"})
  public int customers;

  private Path summaries;
  private Path scores;
  private String[] ids;
  private double[][] values;

  @Setup(Level.Trial)
  public void writeFiles() throws IOException {
    summaries = Files.createTempFile("crmkit-summaries-", ".csv");
    scores = Files.createTempFile("crmkit-scores-", ".csv");
    SplittableRandom random = new SplittableRandom(20261202L);
    ids = new String[customers];
    values = new double[4][customers];
    try (Writer w = Files.newBufferedWriter(summaries, StandardCharsets.UTF_8)) {
      CsvRowWriter csv =
          CsvRowWriter.to(w).header("id", "frequency", "recency", "T", "monetary_value");
      for (int i = 0; i < customers; i++) {
        int x = random.nextInt(15);
        double age = (7 + random.nextInt(540)) / 7.0;
        double recency = x == 0 ? 0 : random.nextInt((int) (age * 7) + 1) / 7.0;
        double monetary = x == 0 ? 0 : random.nextInt(1, 20_000) / 100.0 / x * x;
        csv.text(Integer.toString(i))
            .integer(x)
            .number(recency)
            .number(age)
            .number(monetary)
            .endRow();
        ids[i] = Integer.toString(i);
        values[0][i] = random.nextDouble();
        values[1][i] = random.nextDouble() * 5;
        values[2][i] = 10 + random.nextDouble() * 50;
        values[3][i] = values[0][i] * values[1][i] * values[2][i];
      }
      csv.flush();
    }
  }

  @TearDown(Level.Trial)
  public void deleteFiles() throws IOException {
    Files.deleteIfExists(summaries);
    Files.deleteIfExists(scores);
  }

  @Benchmark
  public CustomerSummaries readSummaries() {
    return SummaryCsv.read(summaries, TimeScale.WEEKS);
  }

  @Benchmark
  public CustomerSummaries readSummariesGeneral() {
    try (Reader r = Files.newBufferedReader(summaries, StandardCharsets.UTF_8)) {
      return SummaryCsv.read(r, "summaries.csv", TimeScale.WEEKS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  public long writeScores() throws IOException {
    try (Writer w = Files.newBufferedWriter(scores, StandardCharsets.UTF_8)) {
      CsvRowWriter csv =
          CsvRowWriter.to(w).header("id", "p_alive", "expected_purchases", "expected_spend", "clv");
      for (int i = 0; i < customers; i++) {
        csv.text(ids[i])
            .number(values[0][i])
            .number(values[1][i])
            .number(values[2][i])
            .number(values[3][i])
            .endRow();
      }
      csv.flush();
    }
    return Files.size(scores);
  }

  @Benchmark
  public long writeScoresFormatted() throws IOException {
    try (Writer w = Files.newBufferedWriter(scores, StandardCharsets.UTF_8)) {
      w.write("id,p_alive,expected_purchases,expected_spend,clv\n");
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < customers; i++) {
        sb.setLength(0);
        sb.append(ids[i]);
        for (double[] column : values) {
          double d = column[i];
          sb.append(',')
              .append(
                  d == Math.rint(d) && Math.abs(d) < 1e15
                      ? String.format(Locale.ROOT, "%.1f", d)
                      : Double.toString(d));
        }
        sb.append('\n');
        w.write(sb.toString());
      }
    }
    return Files.size(scores);
  }
}
