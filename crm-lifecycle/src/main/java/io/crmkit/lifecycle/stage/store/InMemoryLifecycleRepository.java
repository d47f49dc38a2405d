package io.crmkit.lifecycle.stage.store;

import io.crmkit.lifecycle.stage.Lifecycle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A thread-safe {@link LifecycleRepository} in memory, the reference implementation.
 *
 * @since 0.1
 */
public final class InMemoryLifecycleRepository implements LifecycleRepository {

  private final ConcurrentMap<String, Versioned<Lifecycle>> store = new ConcurrentHashMap<>();

  /** An empty repository. */
  public static InMemoryLifecycleRepository create() {
    return new InMemoryLifecycleRepository();
  }

  private InMemoryLifecycleRepository() {}

  @Override
  public Optional<Versioned<Lifecycle>> find(String subjectId) {
    return Optional.ofNullable(
        store.get(Objects.requireNonNull(subjectId, "subjectId must not be null")));
  }

  @Override
  public Versioned<Lifecycle> insert(Lifecycle lifecycle) {
    Objects.requireNonNull(lifecycle, "lifecycle must not be null");
    Versioned<Lifecycle> v = new Versioned<>(lifecycle, 1);
    Versioned<Lifecycle> existing = store.putIfAbsent(lifecycle.subjectId(), v);
    if (existing != null) {
      throw new ConcurrentUpdateException(lifecycle.subjectId(), 0, existing.version());
    }
    return v;
  }

  @Override
  public Versioned<Lifecycle> update(Lifecycle lifecycle, long expectedVersion) {
    Objects.requireNonNull(lifecycle, "lifecycle must not be null");
    if (expectedVersion < 1) {
      throw new IllegalArgumentException(
          "expectedVersion must be at least 1 but was: " + expectedVersion);
    }
    Versioned<Lifecycle> next = new Versioned<>(lifecycle, expectedVersion + 1);
    long[] actual = {0};
    store.computeIfPresent(
        lifecycle.subjectId(),
        (id, current) -> {
          actual[0] = current.version();
          return current.version() == expectedVersion ? next : current;
        });
    if (actual[0] != expectedVersion) {
      throw new ConcurrentUpdateException(lifecycle.subjectId(), expectedVersion, actual[0]);
    }
    return next;
  }

  @Override
  public boolean delete(String subjectId) {
    return store.remove(Objects.requireNonNull(subjectId, "subjectId must not be null")) != null;
  }

  @Override
  public List<Lifecycle> findAll() {
    return store.values().stream()
        .map(Versioned::value)
        .sorted(java.util.Comparator.comparing(Lifecycle::subjectId))
        .toList();
  }

  @Override
  public long count() {
    return store.size();
  }

  @Override
  public String toString() {
    return "in-memory lifecycle repository of " + store.size() + " lifecycles";
  }
}
