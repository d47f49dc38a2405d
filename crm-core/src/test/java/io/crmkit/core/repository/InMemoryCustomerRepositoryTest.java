package io.crmkit.core.repository;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InMemoryCustomerRepositoryTest extends CustomerRepositoryContract {

  @Override
  protected CustomerRepository newRepository() {
    return new InMemoryCustomerRepository();
  }

  @Test
  void to_string_shows_the_count() {
    assertThat(newRepository()).hasToString("InMemoryCustomerRepository[0 customers]");
  }
}
