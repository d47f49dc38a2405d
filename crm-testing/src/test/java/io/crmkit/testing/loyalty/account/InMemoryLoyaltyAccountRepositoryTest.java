package io.crmkit.testing.loyalty.account;

import io.crmkit.loyalty.account.InMemoryLoyaltyAccountRepository;
import io.crmkit.loyalty.account.LoyaltyAccountRepository;
import io.crmkit.testing.loyalty.LoyaltyAccountRepositoryContract;

class InMemoryLoyaltyAccountRepositoryTest extends LoyaltyAccountRepositoryContract {

  @Override
  protected LoyaltyAccountRepository newRepository() {
    return InMemoryLoyaltyAccountRepository.create(LoyaltyAccountRepositoryContract::openAccount);
  }
}
