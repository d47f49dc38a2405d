package io.crmkit.testing.sales.pool;

import io.crmkit.sales.pool.InMemoryPoolRepository;
import io.crmkit.sales.pool.PoolRepository;
import io.crmkit.testing.sales.PoolRepositoryContract;

/** The in-memory repository passes the contract. */
class InMemoryPoolRepositoryTest extends PoolRepositoryContract {

  @Override
  protected PoolRepository newRepository() {
    return InMemoryPoolRepository.create();
  }
}
