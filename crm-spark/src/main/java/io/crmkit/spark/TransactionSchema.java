package io.crmkit.spark;

import java.util.Objects;
import java.util.Optional;

/**
 * Which columns of a transactions {@code Dataset<Row>} hold what. The customer id column is a
 * string or an integral type; the timestamp column is a {@code timestamp} (an instant), a {@code
 * date} (taken as local midnight in the summary's zone, as crm-core's date-only formats are) or a
 * {@code long} of epoch seconds; the amount column is numeric, in units of one currency, not
 * negative. The optional kind column is a boolean (true for a refund) or a string {@code purchase}
 * or {@code refund} (any case); without it every row is a purchase.
 *
 * @param customerId the customer id column
 * @param timestamp the timestamp column
 * @param amount the amount column
 * @param kind the kind (purchase or refund) column, if any
 * @since 0.1
 */
public record TransactionSchema(
    String customerId, String timestamp, String amount, Optional<String> kind) {

  /** Checks every column name is not null nor blank and the optional kind column is not null. */
  public TransactionSchema {
    requireName("customerId", customerId);
    requireName("timestamp", timestamp);
    requireName("amount", amount);
    Objects.requireNonNull(kind, "kind must not be null (use Optional.empty())");
    kind.ifPresent(k -> requireName("kind", k));
  }

  /**
   * {@code customer_id}, {@code timestamp}, {@code amount}: the column names of crm's csv layout.
   */
  public static TransactionSchema standard() {
    return of("customer_id", "timestamp", "amount");
  }

  /** The given id, timestamp and amount columns, no kind column. */
  public static TransactionSchema of(String customerId, String timestamp, String amount) {
    return new TransactionSchema(customerId, timestamp, amount, Optional.empty());
  }

  /** The same columns with a kind (purchase or refund) column. */
  public TransactionSchema withKind(String kindColumn) {
    return new TransactionSchema(customerId, timestamp, amount, Optional.of(kindColumn));
  }

  private static void requireName(String field, String name) {
    Objects.requireNonNull(name, field + " column name must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          field + " column name must not be blank but was: '" + name + "'");
    }
  }
}
