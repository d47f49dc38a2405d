package io.crmkit.core.transaction;

import java.util.Objects;

/** The identifier of a transaction: a non-blank string, compared by its exact text. */
public record TransactionId(String value) implements Comparable<TransactionId> {

  public TransactionId {
    Objects.requireNonNull(value, "transaction id must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException("transaction id must not be blank but was: '" + value + "'");
    }
  }

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
