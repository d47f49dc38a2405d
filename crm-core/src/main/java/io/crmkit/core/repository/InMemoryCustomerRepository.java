package io.crmkit.core.repository;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A thread-safe {@link CustomerRepository} in memory, indexed by id and by update instant. Reads
 * see either all or nothing of a concurrent {@link #saveAll}; results are copies.
 *
 * @since 0.1
 */
public final class InMemoryCustomerRepository implements CustomerRepository {

  private final InMemoryStore<CustomerId, Customer> store =
      new InMemoryStore<>(Customer::id, Customer::id, Customer::updatedAt);

  /** An empty repository. */
  public InMemoryCustomerRepository() {}

  @Override
  public Optional<Customer> findById(CustomerId id) {
    return store.findById(id);
  }

  @Override
  public List<Customer> findUpdatedBetween(Instant from, Instant to) {
    return store.findBetween(from, to);
  }

  @Override
  public void save(Customer customer) {
    store.save(customer);
  }

  @Override
  public void saveAll(Iterable<Customer> customers) {
    store.saveAll(customers);
  }

  @Override
  public boolean delete(CustomerId id) {
    return store.delete(id);
  }

  @Override
  public Stream<Customer> streamAll() {
    return store.all().stream().sorted(Comparator.comparing(Customer::id));
  }

  @Override
  public long count() {
    return store.count();
  }

  @Override
  public String toString() {
    return "InMemoryCustomerRepository[" + count() + " customers]";
  }
}
