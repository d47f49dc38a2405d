package io.crmkit.jdbc;

import io.crmkit.core.repository.CustomerRepository;
import io.crmkit.jdbc.testing.TestDatabase;
import io.crmkit.testing.core.CustomerRepositoryContract;

class JdbcCustomerRepositoryTest extends CustomerRepositoryContract {

  private static final DbSchema SCHEMA = TestDatabase.newSchema("customers");

  @Override
  protected CustomerRepository newRepository() {
    TestDatabase.truncate(SCHEMA, "customers");
    return JdbcCustomerRepository.of(TestDatabase.pool(), SCHEMA);
  }
}
