package io.crmkit.core.repository;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.core.transaction.TransactionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A thread-safe {@link TransactionRepository} in memory, indexed by id, by instant and per customer.
 * Reads see either all or nothing of a concurrent {@link #saveAll}; results are copies.
 */
public final class InMemoryTransactionRepository implements TransactionRepository {

  private final InMemoryStore<TransactionId, Transaction> store =
      new InMemoryStore<>(Transaction::id, Transaction::customerId, Transaction::timestamp);

  /** An empty repository. */
  public InMemoryTransactionRepository() {}

  @Override
  public Optional<Transaction> findById(TransactionId id) {
    return store.findById(id);
  }

  @Override
  public List<Transaction> findByCustomer(CustomerId customerId) {
    return store.findByCustomer(customerId);
  }

  @Override
  public List<Transaction> findBetween(Instant from, Instant to) {
    return store.findBetween(from, to);
  }

  @Override
  public List<Transaction> findByCustomerBetween(CustomerId customerId, Instant from, Instant to) {
    return store.findByCustomerBetween(customerId, from, to);
  }

  @Override
  public void save(Transaction value) {
    store.save(value);
  }

  @Override
  public void saveAll(Iterable<Transaction> values) {
    store.saveAll(values);
  }

  @Override
  public boolean delete(TransactionId id) {
    return store.delete(id);
  }

  @Override
  public Stream<Transaction> streamAll() {
    return store.all().stream();
  }

  @Override
  public long count() {
    return store.count();
  }

  @Override
  public String toString() {
    return "InMemoryTransactionRepository[" + count() + " transactions]";
  }
}
