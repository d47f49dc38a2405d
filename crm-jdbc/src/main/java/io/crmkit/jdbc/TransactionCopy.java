package io.crmkit.jdbc;

import io.crmkit.core.io.ImportResult;
import io.crmkit.core.io.TransactionCsvReader;
import io.crmkit.core.summary.TransactionColumns;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Bulk-loads transactions into {@code <schema>.transaction_rows} with PostgreSQL's {@code COPY …
 * FROM STDIN} (pgjdbc's {@code CopyManager}), in one transaction: all rows or none.
 *
 * <p>The file is read by crm-core's {@link TransactionCsvReader}, so the rejected-row accounting is
 * exactly the file import's: the same rows are imported, the same ones rejected with the same line,
 * column and reason, under the reader's {@code ErrorPolicy}. Customer ids are written as quoted CSV
 * fields (quotes doubled), so any text is stored verbatim; an id PostgreSQL cannot store (a NUL
 * character) or longer than {@value Sql#MAX_ID_LENGTH} characters is refused by name before
 * anything is copied.
 *
 * @since 0.1
 */
public final class TransactionCopy {

  private static final int CHUNK = 1 << 16;

  private TransactionCopy() {}

  /**
   * Reads {@code file} with {@code reader} and copies the imported rows; {@code source} labels
   * them.
   */
  public static CopyReport load(
      DataSource dataSource, DbSchema schema, TransactionCsvReader reader, Path file) {
    Objects.requireNonNull(reader, "reader must not be null");
    Objects.requireNonNull(file, "file must not be null");
    ImportResult<TransactionColumns> read = reader.readColumns(file);
    long copied = copy(dataSource, schema, read.value(), file.getFileName().toString());
    return new CopyReport(read.report(), copied);
  }

  /**
   * Copies {@code rows} (already read) into {@code transaction_rows}, labelled {@code source};
   * returns the count.
   */
  public static long copy(
      DataSource dataSource, DbSchema schema, TransactionColumns rows, String source) {
    Objects.requireNonNull(dataSource, "dataSource must not be null");
    Objects.requireNonNull(schema, "schema must not be null");
    Objects.requireNonNull(rows, "rows must not be null");
    Sql.text("source", Objects.requireNonNull(source, "source must not be null"));
    for (int i = 0; i < rows.size(); i++) {
      Sql.id("customer id of row " + (i + 1), rows.customerId(i));
    }
    String currency = rows.currency().map(java.util.Currency::getCurrencyCode).orElse("");
    String sql =
        "COPY "
            + schema.table("transaction_rows")
            + " (customer_id, at_s, amount, refund, currency, source)"
            + " FROM STDIN WITH (FORMAT csv)";
    String tail = "," + (currency.isEmpty() ? "" : currency) + "," + quote(source) + "\n";
    return Sql.inTransaction(
        dataSource,
        "copying " + rows.size() + " rows into " + schema.table("transaction_rows"),
        c -> {
          CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
          try {
            StringBuilder b = new StringBuilder(CHUNK + 1024);
            for (int i = 0; i < rows.size(); i++) {
              b.append(quote(rows.customerId(i)))
                  .append(',')
                  .append(rows.epochSecond(i))
                  .append(',')
                  .append(rows.amount(i))
                  .append(',')
                  .append(rows.isRefund(i) ? 't' : 'f')
                  .append(tail);
              if (b.length() >= CHUNK) {
                write(in, b);
              }
            }
            write(in, b);
            return in.endCopy();
          } catch (SQLException | RuntimeException e) {
            if (in.isActive()) {
              in.cancelCopy();
            }
            throw e;
          }
        });
  }

  private static void write(CopyIn in, StringBuilder b) throws SQLException {
    byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
    in.writeToCopy(bytes, 0, bytes.length);
    b.setLength(0);
  }

  /**
   * A CSV field: always quoted, quotes doubled (so commas, quotes, newlines and {@code \.} stay
   * data).
   */
  private static String quote(String s) {
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
