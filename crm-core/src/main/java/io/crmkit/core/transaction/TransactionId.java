package io.crmkit.core.transaction;

import java.util.Objects;

/**
 * The identifier of a transaction: a non-blank string, compared by its exact text.
 *
 * @since 0.1
 */
public record TransactionId(String value) implements Comparable<TransactionId> {

  /** Checks the id text: not null and not blank. */
  public TransactionId {
    Objects.requireNonNull(value, "transaction id must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          "transaction id must not be blank but was: '" + value + "'");
    }
  }

  /** The transaction id {@code value} (not blank). */
  public static TransactionId of(String value) {
    return new TransactionId(value);
  }

  @Override
  public int compareTo(TransactionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
