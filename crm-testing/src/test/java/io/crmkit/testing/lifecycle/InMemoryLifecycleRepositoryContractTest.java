package io.crmkit.testing.lifecycle;

import io.crmkit.lifecycle.stage.store.InMemoryLifecycleRepository;
import io.crmkit.lifecycle.stage.store.LifecycleRepository;

class InMemoryLifecycleRepositoryContractTest extends LifecycleRepositoryContract {

  @Override
  protected LifecycleRepository newRepository() {
    return InMemoryLifecycleRepository.create();
  }
}
