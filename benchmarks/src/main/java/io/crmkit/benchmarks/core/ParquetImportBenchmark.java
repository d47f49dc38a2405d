package io.crmkit.benchmarks.core;

import io.crmkit.core.io.TransactionParquetReader;
import io.crmkit.core.summary.TransactionColumns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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
 * Columnar load of a 10 M-row Parquet file of 1 M customers (issue 13: at most 1.5 s): the rows of
 * {@link CsvImportBenchmark}'s file ({@code customer_id BIGINT, date DATE, amount DECIMAL(12,2)}),
 * converted once per trial by DuckDB, read through {@link TransactionParquetReader}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xms6g", "-Xmx6g", "-XX:ActiveProcessorCount=1"})
public class ParquetImportBenchmark {

  @Param({"10000000"})
  public int rows;

  @Param({"1000000"})
  public int customers;

  private Path parquet;
  private TransactionParquetReader reader;

  @Setup(Level.Trial)
  public void writeFile() throws IOException, SQLException {
    Path csv = CsvImportBenchmark.write(rows, customers, false);
    parquet = Files.createTempFile("crmkit-import-", ".parquet");
    Files.delete(parquet);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute(
          "COPY (SELECT * FROM read_csv('"
              + csv
              + "', header = true, columns = {'customer_id': 'BIGINT', "
              + "'date': 'DATE', 'amount': 'DECIMAL(12,2)'})) TO '"
              + parquet
              + "' (FORMAT parquet)");
    } finally {
      Files.deleteIfExists(csv);
    }
    reader = TransactionParquetReader.of(CsvImportBenchmark.format(false));
  }

  @TearDown(Level.Trial)
  public void deleteFile() throws IOException {
    Files.deleteIfExists(parquet);
  }

  @Benchmark
  public TransactionColumns readParquet() {
    return reader.readColumns(parquet).value();
  }
}
