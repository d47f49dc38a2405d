package io.crmkit.core.repository;

import io.crmkit.core.customer.CustomerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The thread-safe in-memory {@link EventRepository} behind {@link InMemoryTransactionRepository}
 * and {@link InMemoryInteractionRepository}: values by id, indexed by instant and per customer.
 * Reads see either all or nothing of a concurrent {@link #saveAll}; results are unmodifiable
 * copies.
 *
 * @param <I> the id type
 * @param <V> the stored value type
 */
abstract class InMemoryEventRepository<I extends Comparable<I>, V>
    implements EventRepository<I, V> {

  private final InMemoryStore<I, V> store;

  InMemoryEventRepository(
      Function<V, I> idOf, Function<V, CustomerId> customerOf, Function<V, Instant> instantOf) {
    this.store = new InMemoryStore<>(idOf, customerOf, instantOf);
  }

  @Override
  public Optional<V> findById(I id) {
    return store.findById(id);
  }

  @Override
  public List<V> findByCustomer(CustomerId customerId) {
    return store.findByCustomer(customerId);
  }

  @Override
  public List<V> findBetween(Instant from, Instant to) {
    return store.findBetween(from, to);
  }

  @Override
  public List<V> findByCustomerBetween(CustomerId customerId, Instant from, Instant to) {
    return store.findByCustomerBetween(customerId, from, to);
  }

  @Override
  public void save(V value) {
    store.save(value);
  }

  @Override
  public void saveAll(Iterable<V> values) {
    store.saveAll(values);
  }

  @Override
  public boolean delete(I id) {
    return store.delete(id);
  }

  @Override
  public Stream<V> streamAll() {
    return store.all().stream();
  }

  @Override
  public long count() {
    return store.count();
  }
}
