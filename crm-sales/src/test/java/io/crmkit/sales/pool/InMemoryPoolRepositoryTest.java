package io.crmkit.sales.pool;

/** The in-memory repository passes the contract. */
class InMemoryPoolRepositoryTest extends PoolRepositoryContract {

  @Override
  protected PoolRepository newRepository() {
    return InMemoryPoolRepository.create();
  }
}
