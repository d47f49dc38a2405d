package io.crmkit.core.io;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.crmkit.core.transaction.Transaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes transactions as CSV in the {@link TransactionCsvFormat#standard()} layout: {@code
 * id,customer_id,timestamp,amount,currency,kind,refund_of}, with ISO-8601 instants and plain
 * decimal amounts; {@link TransactionCsvReader} with that format reads it back unchanged (lines are
 * not written).
 *
 * @since 0.1
 */
public final class TransactionCsvWriter {

  private TransactionCsvWriter() {}

  /**
   * Writes {@code transactions} as CSV with a header line to {@code out} (left open); {@link
   * java.io.UncheckedIOException} on a write error.
   */
  public static void write(List<Transaction> transactions, Writer out) {
    Objects.requireNonNull(transactions, "transactions must not be null");
    Objects.requireNonNull(out, "out must not be null");
    try {
      CsvWriter csv = CsvWriter.builder().build(out);
      csv.writeRecord("id", "customer_id", "timestamp", "amount", "currency", "kind", "refund_of");
      for (Transaction t : transactions) {
        csv.writeRecord(
            t.id().value(),
            t.customerId().value(),
            t.timestamp().toString(),
            t.total().amount().toPlainString(),
            t.total().currency().getCurrencyCode(),
            t.isRefund() ? "refund" : "purchase",
            t.refundOf().map(r -> r.value()).orElse(""));
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code transactions} as UTF-8 CSV with a header line to {@code file}, replacing it;
   * {@link java.io.UncheckedIOException} on a write error.
   */
  public static void write(List<Transaction> transactions, Path file) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(transactions, w);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
