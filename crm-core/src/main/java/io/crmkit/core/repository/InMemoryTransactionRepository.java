package io.crmkit.core.repository;

import io.crmkit.core.transaction.Transaction;
import io.crmkit.core.transaction.TransactionId;

/**
 * A thread-safe {@link TransactionRepository} in memory, indexed by id, by timestamp and per
 * customer. Reads see either all or nothing of a concurrent {@link #saveAll}; results are
 * unmodifiable copies.
 *
 * @since 0.1
 */
public final class InMemoryTransactionRepository
    extends InMemoryEventRepository<TransactionId, Transaction> implements TransactionRepository {

  /** An empty repository. */
  public InMemoryTransactionRepository() {
    super(Transaction::id, Transaction::customerId, Transaction::timestamp);
  }

  /** For example {@code "InMemoryTransactionRepository[120 transactions]"}. */
  @Override
  public String toString() {
    return "InMemoryTransactionRepository[" + count() + " transactions]";
  }
}
