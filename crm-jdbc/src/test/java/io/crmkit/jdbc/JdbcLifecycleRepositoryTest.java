package io.crmkit.jdbc;

import io.crmkit.jdbc.testing.TestDatabase;
import io.crmkit.lifecycle.stage.store.LifecycleRepository;
import io.crmkit.testing.lifecycle.LifecycleRepositoryContract;

class JdbcLifecycleRepositoryTest extends LifecycleRepositoryContract {

  private static final DbSchema SCHEMA = TestDatabase.newSchema("lifecycles");

  @Override
  protected LifecycleRepository newRepository() {
    TestDatabase.truncate(SCHEMA, "lifecycles");
    return JdbcLifecycleRepository.of(TestDatabase.pool(), SCHEMA);
  }
}
