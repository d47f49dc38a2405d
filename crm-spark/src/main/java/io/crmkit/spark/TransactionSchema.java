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
 * @since 0.1
 */
public final class TransactionSchema {

  private final String customerId;
  private final String timestamp;
  private final String amount;
  private final Optional<String> kind;

  /** Checks every column name is not null nor blank and the optional kind column is not null. */
  private TransactionSchema(
      String customerId, String timestamp, String amount, Optional<String> kind) {
    requireName("customerId", customerId);
    requireName("timestamp", timestamp);
    requireName("amount", amount);
    Objects.requireNonNull(kind, "kind must not be null (use Optional.empty())");
    kind.ifPresent(k -> requireName("kind", k));
    this.customerId = customerId;
    this.timestamp = timestamp;
    this.amount = amount;
    this.kind = kind;
  }

  /** The customer id column. */
  public String customerId() {
    return customerId;
  }

  /** The timestamp column. */
  public String timestamp() {
    return timestamp;
  }

  /** The amount column. */
  public String amount() {
    return amount;
  }

  /** The kind (purchase or refund) column, empty when every row is a purchase. */
  public Optional<String> kind() {
    return kind;
  }

  /** Equal when every component is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof TransactionSchema that
        && customerId.equals(that.customerId)
        && timestamp.equals(that.timestamp)
        && amount.equals(that.amount)
        && kind.equals(that.kind);
  }

  @Override
  public int hashCode() {
    return Objects.hash(customerId, timestamp, amount, kind);
  }

  /** Every component by name, as a record prints it. */
  @Override
  public String toString() {
    return "TransactionSchema[customerId="
        + customerId
        + ", timestamp="
        + timestamp
        + ", amount="
        + amount
        + ", kind="
        + kind
        + "]";
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
    return new TransactionSchema(
        customerId,
        timestamp,
        amount,
        Optional.of(Objects.requireNonNull(kindColumn, "kind column name must not be null")));
  }

  private static void requireName(String field, String name) {
    Objects.requireNonNull(name, field + " column name must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          field + " column name must not be blank but was: '" + name + "'");
    }
  }
}
