package io.crmkit.lifecycle.stage.store;

import io.crmkit.lifecycle.stage.Lifecycle;
import io.crmkit.lifecycle.stage.LifecycleEngine;
import io.crmkit.lifecycle.stage.LifecycleEvent;
import io.crmkit.lifecycle.stage.LifecycleException;
import io.crmkit.lifecycle.stage.Outcome;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies events to stored lifecycles: reads the lifecycle (starting one at the event's instant for
 * a subject without one), applies the event with the engine and writes it back with an optimistic
 * write; when another writer won the race, it reads again and re-applies, up to {@code maxAttempts}
 * times. Listeners are notified only after a successful write. Thread-safe.
 *
 * @since 0.1
 */
public final class LifecycleService {

  private final LifecycleEngine engine;
  private final LifecycleRepository repository;
  private final int maxAttempts;

  private LifecycleService(
      LifecycleEngine engine, LifecycleRepository repository, int maxAttempts) {
    this.engine = Objects.requireNonNull(engine, "engine must not be null");
    this.repository = Objects.requireNonNull(repository, "repository must not be null");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1 but was: " + maxAttempts);
    }
    this.maxAttempts = maxAttempts;
  }

  /** A service retrying lost races up to 16 times. */
  public static LifecycleService of(LifecycleEngine engine, LifecycleRepository repository) {
    return new LifecycleService(engine, repository, 16);
  }

  /** This service with another number of attempts (at least 1). */
  public LifecycleService withMaxAttempts(int attempts) {
    return new LifecycleService(engine, repository, attempts);
  }

  /** Starts and stores the lifecycle of {@code subjectId} at {@code at}, unless one is stored. */
  public Lifecycle start(String subjectId, Instant at) {
    Optional<Versioned<Lifecycle>> existing = repository.find(subjectId);
    if (existing.isPresent()) {
      return existing.get().value();
    }
    try {
      return repository.insert(engine.start(subjectId, at)).value();
    } catch (ConcurrentUpdateException e) {
      return repository.find(subjectId).orElseThrow(() -> e).value();
    }
  }

  /**
   * Applies {@code event} to the stored lifecycle of its subject and stores the result.
   *
   * @throws ConcurrentUpdateException when every attempt lost a race
   * @throws LifecycleException as {@link LifecycleEngine#decide} does (nothing is stored then)
   */
  public Outcome handle(LifecycleEvent event) {
    Objects.requireNonNull(event, "event must not be null");
    ConcurrentUpdateException last = null;
    for (int attempt = 0; attempt < maxAttempts; attempt++) {
      Optional<Versioned<Lifecycle>> current = repository.find(event.subjectId());
      Lifecycle before =
          current
              .map(Versioned::value)
              .orElseGet(() -> engine.start(event.subjectId(), event.at()));
      Outcome outcome = engine.decide(before, event);
      if (outcome.result() == Outcome.Result.DUPLICATE) {
        return outcome;
      }
      try {
        if (current.isPresent()) {
          repository.update(outcome.after(), current.get().version());
        } else {
          repository.insert(outcome.after());
        }
      } catch (ConcurrentUpdateException e) {
        last = e;
        continue;
      }
      engine.publish(outcome);
      return outcome;
    }
    throw last;
  }

  @Override
  public String toString() {
    return "lifecycle service (" + engine + ", " + repository + ", " + maxAttempts + " attempts)";
  }
}
