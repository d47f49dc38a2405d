package io.crmkit.core.repository;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.core.transaction.TransactionId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Stores {@link Transaction}s by {@link TransactionId}. Implementations must be safe for use by many
 * threads; {@link InMemoryTransactionRepository} is the reference one, and
 * {@code TransactionRepositoryContract} in crm-core's test-jar is the test any implementation must
 * pass.
 *
 * <p>Time ranges are half-open: {@code [from, to)} of {@link Transaction#timestamp()}. Lists are
 * ordered by timestamp, then id, and are never null.
 */
public interface TransactionRepository {

  /** The transaction with this id, empty when none is stored. */
  Optional<Transaction> findById(TransactionId id);

  /** The customer's transactions, ordered by timestamp then id; empty when none. */
  List<Transaction> findByCustomer(CustomerId customerId);

  /** The transactions with a timestamp in {@code [from, to)}, ordered by timestamp then id. */
  List<Transaction> findBetween(Instant from, Instant to);

  /** The customer's transactions with a timestamp in {@code [from, to)}, ordered by timestamp then id. */
  List<Transaction> findByCustomerBetween(CustomerId customerId, Instant from, Instant to);

  /** Stores {@code transaction}, replacing any stored transaction with the same id (upsert). */
  void save(Transaction transaction);

  /** Stores every transaction as {@link #save} does; a later one with the same id wins. */
  default void saveAll(Iterable<Transaction> transactions) {
    Objects.requireNonNull(transactions, "transactions must not be null");
    transactions.forEach(this::save);
  }

  /** Removes the transaction with this id; returns whether one was stored. */
  boolean delete(TransactionId id);

  /** Every stored transaction, ordered by timestamp then id. Close the stream when done. */
  Stream<Transaction> streamAll();

  /** Calls {@code action} for every stored transaction, ordered by timestamp then id. */
  default void forEach(Consumer<? super Transaction> action) {
    Objects.requireNonNull(action, "action must not be null");
    try (Stream<Transaction> all = streamAll()) {
      all.forEach(action);
    }
  }

  /** The number of stored transactions. */
  long count();
}
