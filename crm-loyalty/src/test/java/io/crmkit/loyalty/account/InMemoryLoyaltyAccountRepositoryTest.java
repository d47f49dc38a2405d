package io.crmkit.loyalty.account;

class InMemoryLoyaltyAccountRepositoryTest extends LoyaltyAccountRepositoryContract {

  @Override
  protected LoyaltyAccountRepository newRepository() {
    return InMemoryLoyaltyAccountRepository.create(LoyaltyAccountRepositoryContract::openAccount);
  }
}
