package io.crmkit.core.repository;

import io.crmkit.core.transaction.Transaction;
import io.crmkit.core.transaction.TransactionId;

/**
 * Stores {@link Transaction}s by {@link TransactionId}; instants are {@link
 * Transaction#timestamp()}. All the methods are those of {@link EventRepository}: find by id, by
 * customer, by half-open time range, save (upsert), save many, stream all, count.
 *
 * <p>{@link InMemoryTransactionRepository} is the reference implementation, and {@code
 * TransactionRepositoryContract} in crm-core's test-jar is the test any implementation must pass.
 *
 * @since 0.1
 */
public interface TransactionRepository extends EventRepository<TransactionId, Transaction> {}
