package io.crmkit.core.repository;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.interaction.Interaction;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A thread-safe {@link InteractionRepository} in memory, indexed by id, by instant and per customer.
 * Reads see either all or nothing of a concurrent {@link #saveAll}; results are copies.
 */
public final class InMemoryInteractionRepository implements InteractionRepository {

  private final InMemoryStore<String, Interaction> store =
      new InMemoryStore<>(Interaction::id, Interaction::customerId, Interaction::at);

  /** An empty repository. */
  public InMemoryInteractionRepository() {}

  @Override
  public Optional<Interaction> findById(String id) {
    return store.findById(id);
  }

  @Override
  public List<Interaction> findByCustomer(CustomerId customerId) {
    return store.findByCustomer(customerId);
  }

  @Override
  public List<Interaction> findBetween(Instant from, Instant to) {
    return store.findBetween(from, to);
  }

  @Override
  public List<Interaction> findByCustomerBetween(CustomerId customerId, Instant from, Instant to) {
    return store.findByCustomerBetween(customerId, from, to);
  }

  @Override
  public void save(Interaction value) {
    store.save(value);
  }

  @Override
  public void saveAll(Iterable<Interaction> values) {
    store.saveAll(values);
  }

  @Override
  public boolean delete(String id) {
    return store.delete(id);
  }

  @Override
  public Stream<Interaction> streamAll() {
    return store.all().stream();
  }

  @Override
  public long count() {
    return store.count();
  }

  @Override
  public String toString() {
    return "InMemoryInteractionRepository[" + count() + " interactions]";
  }
}
