package io.crmkit.testing.core;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import io.crmkit.core.repository.TransactionRepository;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.core.transaction.TransactionId;
import java.time.Instant;

/**
 * The contract every {@link TransactionRepository} must pass. To test your own implementation, add
 * crm-testing as a test dependency and write
 *
 * <pre>{@code
 * class JdbcTransactionRepositoryTest extends TransactionRepositoryContract {
 *   @Override protected TransactionRepository newRepository() { return new JdbcTransactionRepository(freshDb()); }
 * }
 * }</pre>
 *
 * <p>{@link #newRepository()} must return an empty repository each time it is called.
 *
 * @since 0.1
 */
public abstract class TransactionRepositoryContract
    extends EventRepositoryContract<TransactionId, Transaction, TransactionRepository> {

  /** For subclasses, which supply the implementation under test. */
  protected TransactionRepositoryContract() {}

  @Override
  protected final Transaction event(String id, CustomerId customer, Instant at) {
    return Transaction.purchase(id, customer.value(), at, Money.of("12.50", "EUR"));
  }

  @Override
  protected final TransactionId idOf(Transaction value) {
    return value.id();
  }

  @Override
  protected final TransactionId id(String id) {
    return TransactionId.of(id);
  }

  @Override
  protected final Instant instantOf(Transaction value) {
    return value.timestamp();
  }

  @Override
  protected final CustomerId customerOf(Transaction value) {
    return value.customerId();
  }
}
