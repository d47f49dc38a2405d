package io.crmkit.testing.core.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.money.Money;
import io.crmkit.core.repository.InMemoryTransactionRepository;
import io.crmkit.core.repository.TransactionRepository;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.testing.core.TransactionRepositoryContract;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryTransactionRepositoryTest extends TransactionRepositoryContract {

  @Override
  protected TransactionRepository newRepository() {
    return new InMemoryTransactionRepository();
  }

  @Test
  void to_string_shows_the_count() {
    TransactionRepository repo = newRepository();
    repo.saveAll(List.of(Transaction.purchase("a", "1", T0, Money.of("1", "EUR"))));
    assertThat(repo).hasToString("InMemoryTransactionRepository[1 transactions]");
  }
}
