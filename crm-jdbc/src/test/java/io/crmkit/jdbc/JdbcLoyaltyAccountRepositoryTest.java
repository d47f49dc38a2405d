package io.crmkit.jdbc;

import io.crmkit.jdbc.testing.TestDatabase;
import io.crmkit.loyalty.account.LoyaltyAccountRepository;
import io.crmkit.testing.loyalty.LoyaltyAccountRepositoryContract;

class JdbcLoyaltyAccountRepositoryTest extends LoyaltyAccountRepositoryContract {

  @Override
  protected LoyaltyAccountRepository newRepository() {
    // the ledger tables are append-only (TRUNCATE is refused): a fresh schema per repository
    return JdbcLoyaltyAccountRepository.of(
        TestDatabase.pool(),
        TestDatabase.newSchema("loyalty"),
        LoyaltyAccountRepositoryContract::openAccount);
  }
}
