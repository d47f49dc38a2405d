package io.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.core.transaction.TransactionId;
import io.crmkit.jdbc.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JdbcHostileStringsTest {

  private static final DbSchema SCHEMA = TestDatabase.newSchema("hostile");
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00.000000001Z");
  private static final List<String> HOSTILE =
      List.of(
          "o'brien",
          "'; DROP TABLE " + SCHEMA.name() + ".customers; --",
          "\"quoted\"",
          "back\\slash",
          "new\nline",
          "ünïcødé 🎉",
          "%_like_wildcards%");

  @Test
  void hostile_customer_ids_and_names_are_stored_verbatim() {
    JdbcCustomerRepository repo = JdbcCustomerRepository.of(TestDatabase.pool(), SCHEMA);
    for (String s : HOSTILE) {
      Customer c =
          Customer.builder(s, T0)
              .displayName(s + " with a NUL \0 and a 1 MB note " + "x".repeat(1 << 20))
              .build();
      repo.save(c);
      assertThat(repo.findById(CustomerId.of(s))).contains(c);
    }
    assertThat(repo.count()).isEqualTo(HOSTILE.size());
  }

  @Test
  void hostile_transaction_and_interaction_ids_are_stored_verbatim() {
    JdbcTransactionRepository tx = JdbcTransactionRepository.of(TestDatabase.pool(), SCHEMA);
    JdbcInteractionRepository in = JdbcInteractionRepository.of(TestDatabase.pool(), SCHEMA);
    for (String s : HOSTILE) {
      Transaction t = Transaction.purchase(s, s, T0, Money.of("1.00", "EUR"));
      tx.save(t);
      assertThat(tx.findById(TransactionId.of(s))).contains(t);
      Interaction i = Interaction.inbound(s, CustomerId.of(s), Channel.EMAIL, T0, s, s + "\0");
      in.save(i);
      assertThat(in.findById(s)).contains(i);
      assertThat(in.findByCustomer(CustomerId.of(s))).containsExactly(i);
    }
  }

  @Test
  void a_one_megabyte_or_nul_id_is_refused_by_name_and_nothing_is_stored() {
    JdbcCustomerRepository customers = JdbcCustomerRepository.of(TestDatabase.pool(), SCHEMA);
    JdbcTransactionRepository tx = JdbcTransactionRepository.of(TestDatabase.pool(), SCHEMA);
    String huge = "9".repeat(1 << 20);
    long before = customers.count();
    assertThatThrownBy(
            () ->
                customers.saveAll(
                    List.of(
                        Customer.builder("fine", T0).build(), Customer.builder(huge, T0).build())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "customer id must be at most 500 characters but was 1048576 characters");
    assertThat(customers.count()).isEqualTo(before);
    assertThatThrownBy(() -> tx.save(Transaction.purchase("t\0", "c", T0, Money.of("1", "EUR"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("transaction id must not contain a NUL character");
    assertThatThrownBy(() -> tx.save(Transaction.purchase("t1", huge, T0, Money.of("1", "EUR"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("customer id of transaction t1 must be at most 500 characters");
    assertThat(tx.findById(TransactionId.of("t1"))).isEmpty();
  }
}
