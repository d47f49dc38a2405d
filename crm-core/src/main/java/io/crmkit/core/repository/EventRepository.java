package io.crmkit.core.repository;

import io.crmkit.core.customer.CustomerId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Stores values that belong to a customer and happen at an instant (transactions, interactions), by
 * id. The shared shape of {@link TransactionRepository} and {@link InteractionRepository}.
 *
 * <p>Implementations must be safe for use by many threads. Time ranges are half-open: {@code [from,
 * to)}; {@code to} before {@code from} is an {@link IllegalArgumentException}. Lists are ordered by
 * instant, then id, and are never null.
 *
 * @param <I> the id type
 * @param <V> the stored value type
 * @since 0.1
 */
public interface EventRepository<I, V> {

  /** The value with this id, empty when none is stored. */
  Optional<V> findById(I id);

  /** The customer's values, ordered by instant then id; empty when none. */
  List<V> findByCustomer(CustomerId customerId);

  /** The values at an instant in {@code [from, to)}, ordered by instant then id. */
  List<V> findBetween(Instant from, Instant to);

  /** The customer's values at an instant in {@code [from, to)}, ordered by instant then id. */
  List<V> findByCustomerBetween(CustomerId customerId, Instant from, Instant to);

  /** Stores {@code value}, replacing any stored value with the same id (upsert). */
  void save(V value);

  /** Stores every value as {@link #save} does; a later one with the same id wins. */
  default void saveAll(Iterable<V> values) {
    Objects.requireNonNull(values, "values must not be null");
    values.forEach(this::save);
  }

  /** Removes the value with this id; returns whether one was stored. */
  boolean delete(I id);

  /**
   * Every stored value, ordered by instant then id. The stream may hold resources: close it when
   * done.
   */
  Stream<V> streamAll();

  /** Calls {@code action} for every stored value, ordered by instant then id. */
  default void forEach(Consumer<? super V> action) {
    Objects.requireNonNull(action, "action must not be null");
    try (Stream<V> all = streamAll()) {
      all.forEach(action);
    }
  }

  /** The number of stored values. */
  long count();
}
