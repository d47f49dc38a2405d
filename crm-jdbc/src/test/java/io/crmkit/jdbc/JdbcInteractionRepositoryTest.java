package io.crmkit.jdbc;

import io.crmkit.core.repository.InteractionRepository;
import io.crmkit.jdbc.testing.TestDatabase;
import io.crmkit.testing.core.InteractionRepositoryContract;

class JdbcInteractionRepositoryTest extends InteractionRepositoryContract {

  private static final DbSchema SCHEMA = TestDatabase.newSchema("interactions");

  @Override
  protected InteractionRepository newRepository() {
    TestDatabase.truncate(SCHEMA, "interactions");
    return JdbcInteractionRepository.of(TestDatabase.pool(), SCHEMA);
  }
}
