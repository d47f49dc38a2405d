package io.crmkit.examples.tutorial;

import io.crmkit.core.repository.TransactionRepository;
import io.crmkit.testing.core.TransactionRepositoryContract;

/** The tutorial's repository passes crm-core's contract for every TransactionRepository. */
class SortedTransactionRepositoryTest extends TransactionRepositoryContract {

  @Override
  protected TransactionRepository newRepository() {
    return new CustomRepositoryExample.SortedTransactionRepository();
  }
}
