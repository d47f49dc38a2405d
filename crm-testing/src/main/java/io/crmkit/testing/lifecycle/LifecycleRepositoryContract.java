package io.crmkit.testing.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.money.Money;
import io.crmkit.lifecycle.stage.DefaultLifecycle;
import io.crmkit.lifecycle.stage.Lifecycle;
import io.crmkit.lifecycle.stage.LifecycleEngine;
import io.crmkit.lifecycle.stage.LifecycleEvent;
import io.crmkit.lifecycle.stage.store.ConcurrentUpdateException;
import io.crmkit.lifecycle.stage.store.LifecycleRepository;
import io.crmkit.lifecycle.stage.store.LifecycleService;
import io.crmkit.lifecycle.stage.store.Versioned;
import io.crmkit.testing.Concurrently;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link LifecycleRepository} must meet: extend it in a test and implement
 * {@link #newRepository()}, which must return an empty repository each time it is called.
 *
 * @since 0.1
 */
public abstract class LifecycleRepositoryContract {

  /** The instant every lifecycle of the contract starts at (2024-01-01T00:00Z). */
  protected static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  /** For subclasses. */
  protected LifecycleRepositoryContract() {}

  /** Returns a new, empty repository of the implementation under test. */
  protected abstract LifecycleRepository newRepository();

  private static LifecycleEvent.Purchase purchase(String id, int day, String amount) {
    return new LifecycleEvent.Purchase(
        id, "c1", T0.plus(Duration.ofDays(day)), Money.of(amount, "EUR"));
  }

  private final LifecycleEngine engine = LifecycleEngine.of(DefaultLifecycle.definition());
  private LifecycleRepository repository;

  @BeforeEach
  void setUp() {
    repository = newRepository();
  }

  @Test
  void a_new_lifecycle_is_stored_as_version_1() {
    Lifecycle l = engine.start("c1", T0);
    assertThat(repository.insert(l)).isEqualTo(new Versioned<>(l, 1));
    assertThat(repository.find("c1")).contains(new Versioned<>(l, 1));
    assertThat(repository.count()).isEqualTo(1);
  }

  @Test
  void absent_lifecycle_is_empty() {
    assertThat(repository.find("nobody")).isEmpty();
  }

  @Test
  void inserting_twice_loses() {
    repository.insert(engine.start("c1", T0));
    assertThatThrownBy(() -> repository.insert(engine.start("c1", T0)))
        .isInstanceOf(ConcurrentUpdateException.class);
  }

  @Test
  void an_update_with_the_read_version_wins_and_increments_it() {
    Lifecycle l = engine.start("c1", T0);
    repository.insert(l);
    Lifecycle next = engine.apply(l, purchase("p1", 1, "10"));
    assertThat(repository.update(next, 1).version()).isEqualTo(2);
    assertThat(repository.find("c1")).contains(new Versioned<>(next, 2));
  }

  @Test
  void an_update_with_a_stale_version_loses_and_changes_nothing() {
    Lifecycle l = engine.start("c1", T0);
    repository.insert(l);
    Lifecycle next = engine.apply(l, purchase("p1", 1, "10"));
    repository.update(next, 1);
    assertThatThrownBy(() -> repository.update(engine.apply(l, purchase("p9", 1, "10")), 1))
        .isInstanceOf(ConcurrentUpdateException.class)
        .hasMessage(
            "lifecycle of c1 was changed concurrently: expected version 1 but the stored version is 2");
    assertThat(repository.find("c1")).contains(new Versioned<>(next, 2));
  }

  @Test
  void an_update_of_an_absent_lifecycle_loses() {
    assertThatThrownBy(() -> repository.update(engine.start("c1", T0), 1))
        .isInstanceOf(ConcurrentUpdateException.class)
        .hasMessageContaining("but none is stored");
  }

  @Test
  void an_update_naming_version_0_is_rejected_and_stores_nothing() {
    assertThatThrownBy(() -> repository.update(engine.start("c1", T0), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expectedVersion must be at least 1 but was: 0");
    assertThat(repository.find("c1")).isEmpty();
  }

  @Test
  void find_all_is_ordered_by_subject_and_delete_removes() {
    repository.insert(engine.start("c2", T0));
    repository.insert(engine.start("c1", T0));
    assertThat(repository.findAll()).extracting(Lifecycle::subjectId).containsExactly("c1", "c2");
    assertThat(repository.delete("c1")).isTrue();
    assertThat(repository.delete("c1")).isFalse();
    assertThat(repository.count()).isEqualTo(1);
  }

  @Test
  void of_two_racing_updates_of_the_same_version_exactly_one_wins() throws Exception {
    for (int round = 0; round < 20; round++) {
      String id = "c" + round;
      Lifecycle l = engine.start(id, T0);
      repository.insert(l);
      AtomicIntegerArray won = new AtomicIntegerArray(2);
      Concurrently.run(
          2,
          1,
          (thread, iteration) -> {
            Lifecycle mine =
                engine.apply(
                    l, new LifecycleEvent.Purchase("p" + thread, id, T0, Money.of("10", "EUR")));
            try {
              repository.update(mine, 1);
              won.set(thread, 1);
            } catch (ConcurrentUpdateException e) {
              won.set(thread, 0);
            }
          });
      assertThat(won.get(0) + won.get(1)).as("updates that won").isEqualTo(1);
      Versioned<Lifecycle> stored = repository.find(id).orElseThrow();
      assertThat(stored.version()).isEqualTo(2);
      assertThat(stored.value().appliedEventIds()).hasSize(1);
    }
  }

  @Test
  void racing_events_through_the_service_are_all_applied_once() throws Exception {
    LifecycleService service = LifecycleService.of(engine, repository).withMaxAttempts(1_000);
    int threads = 4;
    int perThread = 25;
    Concurrently.run(
        threads,
        perThread,
        (thread, i) ->
            service.handle(
                new LifecycleEvent.Purchase(
                    "p" + thread + "-" + i, "c1", T0, Money.of("1", "EUR"))));
    Versioned<Lifecycle> stored = repository.find("c1").orElseThrow();
    assertThat(stored.value().facts().purchases()).isEqualTo((long) threads * perThread);
    assertThat(stored.version()).isEqualTo((long) threads * perThread);
  }
}
