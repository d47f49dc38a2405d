package io.crmkit.core.repository;

import io.crmkit.core.interaction.Interaction;

/**
 * Stores {@link Interaction}s by their string id; instants are {@link Interaction#at()}. All the
 * methods are those of {@link EventRepository}: find by id, by customer, by half-open time range,
 * save (upsert), save many, stream all, count.
 *
 * <p>{@link InMemoryInteractionRepository} is the reference implementation, and {@code
 * InteractionRepositoryContract} in crm-core's test-jar is the test any implementation must pass.
 *
 * @since 0.1
 */
public interface InteractionRepository extends EventRepository<String, Interaction> {}
