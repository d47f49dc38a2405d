package io.crmkit.lifecycle.stage.store;

import io.crmkit.lifecycle.stage.Lifecycle;
import java.util.List;
import java.util.Optional;

/**
 * Stores {@link Lifecycle}s by subject id with versioned (optimistic) writes: a write names the
 * version it read, and of two writers that read the same version only one wins; the other gets a
 * {@link ConcurrentUpdateException}. Implementations must be safe for use by many threads; {@link
 * InMemoryLifecycleRepository} is the reference one and {@code LifecycleRepositoryContract} (in
 * this module's tests) is the test any implementation must pass.
 *
 * @since 0.1
 */
public interface LifecycleRepository {

  /** The stored lifecycle of {@code subjectId} with its version, empty when none is stored. */
  Optional<Versioned<Lifecycle>> find(String subjectId);

  /**
   * Stores a lifecycle for a subject that has none, as version 1.
   *
   * @throws ConcurrentUpdateException if one is already stored
   */
  Versioned<Lifecycle> insert(Lifecycle lifecycle);

  /**
   * Replaces the stored lifecycle of the same subject when its version is {@code expectedVersion};
   * the new version is {@code expectedVersion + 1}.
   *
   * @throws ConcurrentUpdateException if none is stored or the stored version differs
   * @throws IllegalArgumentException if {@code expectedVersion} is below 1
   */
  Versioned<Lifecycle> update(Lifecycle lifecycle, long expectedVersion);

  /** Removes the lifecycle of {@code subjectId}; returns whether one was stored. */
  boolean delete(String subjectId);

  /** Every stored lifecycle, ordered by subject id. */
  List<Lifecycle> findAll();

  /** The number of stored lifecycles. */
  long count();
}
