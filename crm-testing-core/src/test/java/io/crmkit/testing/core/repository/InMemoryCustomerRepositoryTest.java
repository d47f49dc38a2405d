package io.crmkit.testing.core.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.repository.CustomerRepository;
import io.crmkit.core.repository.InMemoryCustomerRepository;
import io.crmkit.testing.core.CustomerRepositoryContract;
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
