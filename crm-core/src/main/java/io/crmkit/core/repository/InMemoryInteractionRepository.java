package io.crmkit.core.repository;

import io.crmkit.core.interaction.Interaction;

/**
 * A thread-safe {@link InteractionRepository} in memory, indexed by id, by instant and per
 * customer. Reads see either all or nothing of a concurrent {@link #saveAll}; results are
 * unmodifiable copies.
 *
 * @since 0.1
 */
public final class InMemoryInteractionRepository
    extends InMemoryEventRepository<String, Interaction> implements InteractionRepository {

  /** An empty repository. */
  public InMemoryInteractionRepository() {
    super(Interaction::id, Interaction::customerId, Interaction::at);
  }

  /** For example {@code "InMemoryInteractionRepository[12 interactions]"}. */
  @Override
  public String toString() {
    return "InMemoryInteractionRepository[" + count() + " interactions]";
  }
}
