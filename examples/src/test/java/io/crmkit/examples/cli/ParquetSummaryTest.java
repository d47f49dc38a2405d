package io.crmkit.examples.cli;

import static io.crmkit.examples.cli.CliTestSupport.crm;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * crm summary reads a Parquet file (written here from a CSV file by DuckDB) as it reads the CSV
 * file.
 */
class ParquetSummaryTest {

  @TempDir Path dir;

  @Test
  void summary_of_a_parquet_file_equals_the_summary_of_the_same_csv()
      throws IOException, SQLException {
    StringBuilder csv = new StringBuilder("customer_id,date,amount\n");
    java.util.SplittableRandom random = new java.util.SplittableRandom(13);
    for (int i = 0; i < 2000; i++) {
      csv.append(random.nextInt(300))
          .append(',')
          .append(java.time.LocalDate.of(1997, 1, 1).plusDays(random.nextInt(500)))
          .append(',')
          .append(random.nextInt(10_000) / 100.0)
          .append('\n');
    }
    Path text = dir.resolve("tx.csv");
    Files.writeString(text, csv, StandardCharsets.UTF_8);
    Path parquet = dir.resolve("tx.parquet");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute(
          "COPY (SELECT * FROM read_csv('"
              + text
              + "', header = true, columns = {'customer_id': 'BIGINT', "
              + "'date': 'DATE', 'amount': 'DECIMAL(10,2)'})) TO '"
              + parquet
              + "' (FORMAT parquet)");
    }
    String[] common = {
      "--date-column",
      "date",
      "--timestamp-format",
      "yyyy-MM-dd",
      "--calibration-end",
      "1997-12-31",
      "--observation-end",
      "1998-05-15"
    };
    CliTestSupport.Result fromCsv =
        crm(concat(new String[] {"summary", "--transactions", text.toString()}, common));
    CliTestSupport.Result fromParquet =
        crm(concat(new String[] {"summary", "--transactions", parquet.toString()}, common));
    assertThat(fromParquet.exitCode()).as(fromParquet.err()).isZero();
    assertThat(fromParquet.out()).isEqualTo(fromCsv.out());
    assertThat(fromParquet.out().lines().count()).isGreaterThan(250);
  }

  static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
