package io.crmkit.core.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.core.transaction.TransactionId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryTransactionRepositorySmokeTest {

  @Test
  void finds_by_id_customer_and_half_open_range() {
    Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
    Transaction a = Transaction.purchase("a", "1", t0, Money.of("10", "EUR"));
    Transaction b = Transaction.purchase("b", "1", t0.plusSeconds(10), Money.of("5", "EUR"));
    Transaction c = Transaction.purchase("c", "2", t0.plusSeconds(10), Money.of("7", "EUR"));
    TransactionRepository repo = new InMemoryTransactionRepository();
    repo.saveAll(List.of(c, b, a));
    assertThat(repo.findById(TransactionId.of("b"))).contains(b);
    assertThat(repo.findByCustomer(CustomerId.of("1"))).containsExactly(a, b);
    assertThat(repo.findBetween(t0, t0.plusSeconds(10))).containsExactly(a);
    assertThat(repo.findBetween(t0.plusSeconds(10), t0.plusSeconds(11))).containsExactly(b, c);
    assertThat(repo.count()).isEqualTo(3);
  }
}
