package io.crmkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.summary.TransactionColumns;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet files (written here by DuckDB) load as the CSV files of the same rows do. */
class TransactionParquetReaderTest {

  @TempDir Path dir;

  static final String ROWS =
      "(7, DATE '2024-03-01', 12.34), (42, DATE '2024-03-31', 0.10), (7, DATE '1997-01-01', 100.00),"
          + " (0, DATE '2024-10-27', 5.05)";

  /** Writes {@code select} to a Parquet file. */
  Path parquet(String name, String select) throws SQLException {
    Path file = dir.resolve(name);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute(
          "COPY ("
              + select
              + ") TO '"
              + file.toAbsolutePath().toString().replace("'", "''")
              + "' (FORMAT parquet)");
    }
    return file;
  }

  static String rows(TransactionColumns t) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < t.size(); i++) {
      sb.append(t.customerId(i))
          .append('|')
          .append(t.epochSecond(i))
          .append('|')
          .append(Double.doubleToRawLongBits(t.amount(i)))
          .append('\n');
    }
    return sb.toString();
  }

  @Test
  void dates_and_decimals_load_as_the_same_rows_in_csv_do() throws SQLException {
    Path file =
        parquet(
            "tx.parquet",
            "SELECT CAST(c AS BIGINT) AS customer_id, d AS date, CAST(a AS DECIMAL(10,2)) AS amount "
                + "FROM (VALUES "
                + ROWS
                + ") v(c, d, a)");
    TransactionCsvFormat format =
        TransactionCsvFormat.builder(ZoneId.of("Europe/Paris"))
            .timestamp(Column.named("date"), TimestampFormat.isoDate())
            .build();
    ImportResult<TransactionColumns> p = TransactionParquetReader.of(format).readColumns(file);
    ImportResult<TransactionColumns> csv =
        TransactionCsvReader.of(format)
            .readColumns(
                new StringReader(
                    "customer_id,date,amount\n7,2024-03-01,12.34\n42,2024-03-31,0.10\n7,1997-01-01,100.00\n0,2024-10-27,5.05\n"),
                "tx.csv");
    assertThat(rows(p.value())).isEqualTo(rows(csv.value()));
    assertThat(p.value().numericIds()).isTrue();
    assertThat(p.report().imported()).isEqualTo(4);
    assertThat(p.report().dataRows()).isEqualTo(4);
  }

  @Test
  void instants_and_text_ids_load_as_iso_instants_in_csv_do() throws SQLException {
    Path file =
        parquet(
            "tx.parquet",
            "SELECT * FROM (VALUES ('c-1', TIMESTAMPTZ '2024-03-01 10:15:30+00', 1.5::DOUBLE), "
                + "(' 007 ', TIMESTAMPTZ '1999-12-31 23:59:59+00', 2.25::DOUBLE)) v(customer_id, timestamp, amount)");
    TransactionCsvFormat format = TransactionCsvFormat.builder(ZoneOffset.UTC).build();
    ImportResult<TransactionColumns> p = TransactionParquetReader.of(format).readColumns(file);
    ImportResult<TransactionColumns> csv =
        TransactionCsvReader.of(format)
            .readColumns(
                new StringReader(
                    "customer_id,timestamp,amount\nc-1,2024-03-01T10:15:30Z,1.5\n 007 ,1999-12-31T23:59:59Z,2.25\n"),
                "tx.csv");
    assertThat(rows(p.value())).isEqualTo(rows(csv.value()));
  }

  @Test
  void a_missing_amount_fails_naming_the_row_and_column_or_is_rejected_when_collecting()
      throws SQLException {
    Path file =
        parquet(
            "bad.parquet",
            "SELECT * FROM (VALUES (1, DATE '2024-01-01', 3.5), (2, DATE '2024-01-02', NULL),"
                + " (3, DATE '2024-01-03', -4.0)) v(customer_id, date, amount)");
    TransactionCsvFormat format =
        TransactionCsvFormat.builder(ZoneOffset.UTC)
            .timestamp(Column.named("date"), TimestampFormat.isoDate())
            .build();
    assertThatThrownBy(() -> TransactionParquetReader.of(format).readColumns(file))
        .isInstanceOf(ImportException.class)
        .hasMessage("bad.parquet line 2, column 'amount': is empty: an amount is required");
    ImportResult<TransactionColumns> r =
        TransactionParquetReader.of(format).withErrorPolicy(ErrorPolicy.COLLECT).readColumns(file);
    assertThat(r.value().size()).isEqualTo(1);
    assertThat(r.report().rejected())
        .extracting(RejectedRow::describe)
        .containsExactly(
            "line 2, column 'amount': is empty: an amount is required",
            "line 3, column 'amount': value '-4.0' is negative: amounts are not negative (a kind column marks refunds)");
  }

  @Test
  void a_column_not_in_the_file_is_named_with_the_files_columns() throws SQLException {
    Path file =
        parquet("tx.parquet", "SELECT 1 AS customer_id, DATE '2024-01-01' AS day, 2.0 AS amount");
    TransactionCsvFormat format = TransactionCsvFormat.builder(ZoneOffset.UTC).build();
    assertThatThrownBy(() -> TransactionParquetReader.of(format).readColumns(file))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("column 'timestamp'")
        .hasMessageContaining("[customer_id, day, amount]");
  }
}
