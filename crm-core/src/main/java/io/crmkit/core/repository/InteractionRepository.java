package io.crmkit.core.repository;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.interaction.Interaction;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Stores {@link Interaction}s by id. Implementations must be safe for use by many threads;
 * {@link InMemoryInteractionRepository} is the reference one, and {@code
 * InteractionRepositoryContract} in crm-core's test-jar is the test any implementation must pass.
 *
 * <p>Time ranges are half-open: {@code [from, to)} of {@link Interaction#at()}. Lists are ordered by
 * instant, then id, and are never null.
 */
public interface InteractionRepository {

  /** The interaction with this id, empty when none is stored. */
  Optional<Interaction> findById(String id);

  /** The customer's interactions, ordered by instant then id; empty when none. */
  List<Interaction> findByCustomer(CustomerId customerId);

  /** The interactions at an instant in {@code [from, to)}, ordered by instant then id. */
  List<Interaction> findBetween(Instant from, Instant to);

  /** The customer's interactions at an instant in {@code [from, to)}, ordered by instant then id. */
  List<Interaction> findByCustomerBetween(CustomerId customerId, Instant from, Instant to);

  /** Stores {@code interaction}, replacing any stored interaction with the same id (upsert). */
  void save(Interaction interaction);

  /** Stores every interaction as {@link #save} does; a later one with the same id wins. */
  default void saveAll(Iterable<Interaction> interactions) {
    Objects.requireNonNull(interactions, "interactions must not be null");
    interactions.forEach(this::save);
  }

  /** Removes the interaction with this id; returns whether one was stored. */
  boolean delete(String id);

  /** Every stored interaction, ordered by instant then id. Close the stream when done. */
  Stream<Interaction> streamAll();

  /** Calls {@code action} for every stored interaction, ordered by instant then id. */
  default void forEach(Consumer<? super Interaction> action) {
    Objects.requireNonNull(action, "action must not be null");
    try (Stream<Interaction> all = streamAll()) {
      all.forEach(action);
    }
  }

  /** The number of stored interactions. */
  long count();
}
