package io.crmkit.core.repository;

import io.crmkit.core.customer.CustomerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The shared engine of the in-memory repositories: values by id, indexed by (instant, id) overall
 * and per customer. Writes take a write lock so that the three maps always agree; reads take a read
 * lock and return copies, so a caller never sees a half-applied save.
 *
 * @param <I> the id type
 * @param <V> the value type
 */
final class InMemoryStore<I extends Comparable<I>, V> {

  /**
   * Orders values by instant, then id: the deterministic order of every result list (a null id is a
   * range bound).
   */
  private record Key<I extends Comparable<I>>(Instant at, I id) {}

  private final Function<V, I> idOf;
  private final Function<V, CustomerId> customerOf;
  private final Function<V, Instant> instantOf;
  private final Comparator<Key<I>> order;
  private final Map<I, V> byId = new HashMap<>();
  private final NavigableMap<Key<I>, V> byInstant;
  private final Map<CustomerId, NavigableMap<Key<I>, V>> byCustomer = new HashMap<>();
  private final ReadWriteLock lock = new ReentrantReadWriteLock();

  InMemoryStore(
      Function<V, I> idOf, Function<V, CustomerId> customerOf, Function<V, Instant> instantOf) {
    this.idOf = idOf;
    this.customerOf = customerOf;
    this.instantOf = instantOf;
    this.order =
        Comparator.<Key<I>, Instant>comparing(Key::at)
            .thenComparing(Key::id, Comparator.nullsFirst(Comparator.<I>naturalOrder()));
    this.byInstant = new TreeMap<>(order);
  }

  Optional<V> findById(I id) {
    Objects.requireNonNull(id, "id must not be null");
    lock.readLock().lock();
    try {
      return Optional.ofNullable(byId.get(id));
    } finally {
      lock.readLock().unlock();
    }
  }

  List<V> findByCustomer(CustomerId customerId) {
    Objects.requireNonNull(customerId, "customerId must not be null");
    lock.readLock().lock();
    try {
      NavigableMap<Key<I>, V> index = byCustomer.get(customerId);
      return index == null ? List.of() : List.copyOf(index.values());
    } finally {
      lock.readLock().unlock();
    }
  }

  List<V> findBetween(Instant from, Instant to) {
    checkRange(from, to);
    lock.readLock().lock();
    try {
      return List.copyOf(range(byInstant, from, to).values());
    } finally {
      lock.readLock().unlock();
    }
  }

  List<V> findByCustomerBetween(CustomerId customerId, Instant from, Instant to) {
    Objects.requireNonNull(customerId, "customerId must not be null");
    checkRange(from, to);
    lock.readLock().lock();
    try {
      NavigableMap<Key<I>, V> index = byCustomer.get(customerId);
      return index == null ? List.of() : List.copyOf(range(index, from, to).values());
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Values with {@code from <= instant < to}; a key with a null id sorts before every id at its
   * instant.
   */
  private static <I extends Comparable<I>, V> NavigableMap<Key<I>, V> range(
      NavigableMap<Key<I>, V> map, Instant from, Instant to) {
    return map.subMap(new Key<>(from, null), true, new Key<>(to, null), false);
  }

  static void checkRange(Instant from, Instant to) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from " + from + " but was: " + to);
    }
  }

  void save(V value) {
    Objects.requireNonNull(value, "value to save must not be null");
    lock.writeLock().lock();
    try {
      put(value);
    } finally {
      lock.writeLock().unlock();
    }
  }

  void saveAll(Iterable<? extends V> values) {
    Objects.requireNonNull(values, "values to save must not be null");
    List<V> copy = new ArrayList<>();
    for (V value : values) {
      copy.add(Objects.requireNonNull(value, "values to save must not contain null"));
    }
    lock.writeLock().lock();
    try {
      copy.forEach(this::put);
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void put(V value) {
    I id = idOf.apply(value);
    V old = byId.put(id, value);
    if (old != null) {
      Key<I> oldKey = new Key<>(instantOf.apply(old), id);
      byInstant.remove(oldKey);
      CustomerId oldCustomer = customerOf.apply(old);
      NavigableMap<Key<I>, V> oldIndex = byCustomer.get(oldCustomer);
      oldIndex.remove(oldKey);
      if (oldIndex.isEmpty()) {
        byCustomer.remove(oldCustomer);
      }
    }
    Key<I> key = new Key<>(instantOf.apply(value), id);
    byInstant.put(key, value);
    byCustomer.computeIfAbsent(customerOf.apply(value), c -> new TreeMap<>(order)).put(key, value);
  }

  boolean delete(I id) {
    Objects.requireNonNull(id, "id must not be null");
    lock.writeLock().lock();
    try {
      V old = byId.remove(id);
      if (old == null) {
        return false;
      }
      Key<I> oldKey = new Key<>(instantOf.apply(old), id);
      byInstant.remove(oldKey);
      NavigableMap<Key<I>, V> oldIndex = byCustomer.get(customerOf.apply(old));
      oldIndex.remove(oldKey);
      if (oldIndex.isEmpty()) {
        byCustomer.remove(customerOf.apply(old));
      }
      return true;
    } finally {
      lock.writeLock().unlock();
    }
  }

  List<V> all() {
    lock.readLock().lock();
    try {
      return List.copyOf(byInstant.values());
    } finally {
      lock.readLock().unlock();
    }
  }

  long count() {
    lock.readLock().lock();
    try {
      return byId.size();
    } finally {
      lock.readLock().unlock();
    }
  }
}
