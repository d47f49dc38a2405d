package io.crmkit.jdbc;

import io.crmkit.core.repository.TransactionRepository;
import io.crmkit.jdbc.testing.TestDatabase;
import io.crmkit.testing.core.TransactionRepositoryContract;

class JdbcTransactionRepositoryTest extends TransactionRepositoryContract {

  private static final DbSchema SCHEMA = TestDatabase.newSchema("transactions");

  @Override
  protected TransactionRepository newRepository() {
    TestDatabase.truncate(SCHEMA, "transactions");
    return JdbcTransactionRepository.of(TestDatabase.pool(), SCHEMA);
  }
}
