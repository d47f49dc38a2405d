package io.crmkit.core.repository;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Stores {@link Customer} records by {@link CustomerId}. Implementations must be safe for use by
 * many threads; {@link InMemoryCustomerRepository} is the reference one, and {@code
 * CustomerRepositoryContract} in crm-core's test-jar is the test any implementation must pass.
 *
 * <p>Time ranges are half-open: {@code [from, to)}. Lists are ordered by customer id unless stated
 * otherwise, and are never null.
 *
 * @since 0.1
 */
public interface CustomerRepository {

  /** The customer with this id, empty when none is stored. */
  Optional<Customer> findById(CustomerId id);

  /**
   * The customers whose {@code updatedAt} lies in {@code [from, to)}, ordered by updatedAt then id.
   */
  List<Customer> findUpdatedBetween(Instant from, Instant to);

  /** Stores {@code customer}, replacing any stored customer with the same id (upsert). */
  void save(Customer customer);

  /** Stores every customer as {@link #save} does; a later one with the same id wins. */
  default void saveAll(Iterable<Customer> customers) {
    Objects.requireNonNull(customers, "customers must not be null");
    customers.forEach(this::save);
  }

  /** Removes the customer with this id; returns whether one was stored. */
  boolean delete(CustomerId id);

  /** Every stored customer, ordered by id. The stream may hold resources: close it when done. */
  Stream<Customer> streamAll();

  /** Calls {@code action} for every stored customer, ordered by id. */
  default void forEach(Consumer<? super Customer> action) {
    Objects.requireNonNull(action, "action must not be null");
    try (Stream<Customer> all = streamAll()) {
      all.forEach(action);
    }
  }

  /** The number of stored customers. */
  long count();
}
