package io.crmkit.jdbc;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.repository.TransactionRepository;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.core.transaction.TransactionId;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * A {@link TransactionRepository} in PostgreSQL table {@code <schema>.transactions}: id, customer,
 * instant (epoch second and nano, indexed overall and per customer), kind, total amount (unsigned)
 * and currency as columns for SQL, and the transaction as JSON. Safe for many threads and
 * instances; {@link #saveAll} is one transaction. Ids over {@value Sql#MAX_ID_LENGTH} characters or
 * with a NUL are refused by name; all other strings are stored verbatim.
 *
 * @since 0.1
 */
public final class JdbcTransactionRepository extends JdbcEventRepository<TransactionId, Transaction>
    implements TransactionRepository {

  private JdbcTransactionRepository(DataSource dataSource, DbSchema schema) {
    super(
        dataSource,
        schema,
        "transactions",
        "transaction",
        Transaction.class,
        List.of("kind", "amount", "currency"));
  }

  /**
   * The transactions of {@code schema} (migrated with {@link CrmDatabase#migrate(DataSource,
   * DbSchema)}).
   */
  public static JdbcTransactionRepository of(DataSource dataSource, DbSchema schema) {
    return new JdbcTransactionRepository(dataSource, schema);
  }

  @Override
  String idText(TransactionId id) {
    return id.value();
  }

  @Override
  String idOf(Transaction value) {
    return value.id().value();
  }

  @Override
  CustomerId customerOf(Transaction value) {
    return value.customerId();
  }

  @Override
  Instant instantOf(Transaction value) {
    return value.timestamp();
  }

  @Override
  void bindExtras(PreparedStatement s, int first, Transaction value) throws SQLException {
    s.setString(first, value.kind().name());
    s.setBigDecimal(first + 1, value.total().amount());
    s.setString(first + 2, value.total().currency().getCurrencyCode());
  }
}
