package io.crmkit.benchmarks.core;

import io.crmkit.core.io.ErrorPolicy;
import io.crmkit.core.io.ImportReport;
import io.crmkit.core.io.TransactionCsvFormat;
import io.crmkit.core.io.TransactionCsvReader;
import java.io.StringReader;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A transactions file whose one data row has an amount of {@code digits} characters ({@code
 * 1.111…}) (issue 12: a 700,000-digit amount took 10.8 s in {@code readTransactions}, quadratic in
 * {@code BigDecimal}), read as transaction objects, reporting bad rows. With field-size limits the
 * row is refused without parsing the number.
 *
 * @since 0.1
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class HugeFieldBenchmark {

  @Param({"700000"})
  public int digits;

  private String csv;
  private TransactionCsvReader reader;

  @Setup
  public void setUp() {
    csv = "customer_id,timestamp,amount\n1,2024-01-01T00:00:00Z,1." + "1".repeat(digits - 2) + "\n";
    reader =
        TransactionCsvReader.of(TransactionCsvFormat.builder(ZoneOffset.UTC).build())
            .withErrorPolicy(ErrorPolicy.COLLECT);
  }

  @Benchmark
  public ImportReport readTransactions() {
    return reader.readTransactions(new StringReader(csv), "huge.csv").report();
  }
}
