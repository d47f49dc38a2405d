package io.crmkit.benchmarks.core;

import io.crmkit.core.io.Column;
import io.crmkit.core.io.ImportResult;
import io.crmkit.core.io.TimestampFormat;
import io.crmkit.core.io.TransactionCsvFormat;
import io.crmkit.core.io.TransactionCsvReader;
import io.crmkit.core.summary.TransactionColumns;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse and columnar load of a 10 M-row CSV file of 1 M customers (issue 13: at most 2.5 s on one
 * core, at most 40 bytes per row): {@code customer_id,date,amount} with ISO dates ({@code layout =
 * date}) or {@code customer_id,timestamp,amount} with ISO instants ({@code layout = instant}),
 * written once per trial with a fixed seed. {@code fastPath} is {@link
 * TransactionCsvReader#readColumns(Path)} (the byte-level parser), {@code generalReader} the
 * FastCSV reader over a {@code Reader} (the figure before). When a {@code python3} with pandas is
 * on the PATH, the trial also times pandas' {@code read_csv} (C parser, dates parsed) on the same
 * file and prints it beside ours; otherwise that column is skipped.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xms6g", "-Xmx6g", "-XX:ActiveProcessorCount=1"})
public class CsvImportBenchmark {

  @Param({"10000000"})
  public int rows;

  @Param({"1000000"})
  public int customers;

  @Param({"date", "instant"})
  public String layout;

  private Path file;
  private TransactionCsvReader reader;

  @Setup(Level.Trial)
  public void writeFile() throws IOException {
    file = write(rows, customers, layout.equals("instant"));
    reader = TransactionCsvReader.of(format(layout.equals("instant")));
  }

  /** The benchmark's file: {@code rows} rows of {@code customers} customers, seed 20261124. */
  public static Path write(int rows, int customers, boolean instants) throws IOException {
    Path f = Files.createTempFile("crmkit-import-", ".csv");
    SplittableRandom random = new SplittableRandom(20261124L);
    LocalDate start = LocalDate.of(1997, 1, 1);
    try (BufferedWriter w =
        Files.newBufferedWriter(
            f, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
      w.write(instants ? "customer_id,timestamp,amount\n" : "customer_id,date,amount\n");
      StringBuilder line = new StringBuilder(64);
      for (int i = 0; i < rows; i++) {
        line.setLength(0);
        int cents = 100 + random.nextInt(10_000);
        line.append(random.nextInt(customers))
            .append(',')
            .append(start.plusDays(random.nextInt(546)));
        if (instants) {
          int s = random.nextInt(86_400);
          line.append('T')
              .append(two(s / 3600))
              .append(':')
              .append(two(s / 60 % 60))
              .append(':')
              .append(two(s % 60))
              .append('Z');
        }
        line.append(',').append(cents / 100).append('.').append(two(cents % 100)).append('\n');
        w.append(line);
      }
    }
    return f;
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  /** The format of the benchmark's file. */
  public static TransactionCsvFormat format(boolean instants) {
    return instants
        ? TransactionCsvFormat.builder(ZoneOffset.UTC).build()
        : TransactionCsvFormat.builder(ZoneOffset.UTC)
            .timestamp(Column.named("date"), TimestampFormat.isoDate())
            .build();
  }

  @TearDown(Level.Trial)
  public void pandasAndCleanUp() throws IOException {
    pandasSeconds(file, layout.equals("instant") ? "timestamp" : "date")
        .ifPresentOrElse(
            s ->
                System.out.printf(
                    "%n[pandas] read_csv of the same %,d rows (%s): %.0f ms (best of 3)%n",
                    rows, layout, s * 1000),
            () -> System.out.printf("%n[pandas] no python3 with pandas here: column skipped%n"));
    Files.deleteIfExists(file);
  }

  /**
   * Best of three pandas {@code read_csv} times of {@code csv} in seconds, when a python3 with
   * pandas is present: the one on the PATH, else the system's {@code /usr/bin/python3} (where
   * Debian's {@code python3-pandas} installs).
   */
  static java.util.Optional<Double> pandasSeconds(Path csv, String dateColumn) {
    String script =
        "import sys,time\ntry:\n import pandas as pd\nexcept ImportError:\n sys.exit(3)\nb=1e9\n"
            + "for _ in range(3):\n t=time.perf_counter(); d=pd.read_csv(sys.argv[1], parse_dates=[sys.argv[2]]); "
            + "b=min(b,time.perf_counter()-t)\nprint(b)\n";
    for (String python : List.of("python3", "/usr/bin/python3")) {
      java.util.Optional<Double> s = pandasSeconds(python, script, csv, dateColumn);
      if (s.isPresent()) {
        return s;
      }
    }
    return java.util.Optional.empty();
  }

  /** The time {@code python} with pandas prints, empty when it has no pandas or is absent. */
  private static java.util.Optional<Double> pandasSeconds(
      String python, String script, Path csv, String dateColumn) {
    try {
      Process p =
          new ProcessBuilder(List.of(python, "-c", script, csv.toString(), dateColumn))
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (p.waitFor() != 0) {
        return java.util.Optional.empty();
      }
      String[] lines = out.split("\n", -1);
      return java.util.Optional.of(Double.parseDouble(lines[lines.length - 1].trim()));
    } catch (IOException | NumberFormatException e) {
      return java.util.Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return java.util.Optional.empty();
    }
  }

  @Benchmark
  public TransactionColumns fastPath() {
    return reader.readColumns(file).value();
  }

  @Benchmark
  public TransactionColumns generalReader() {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      ImportResult<TransactionColumns> result =
          reader.readColumns(r, file.getFileName().toString());
      return result.value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
