package io.crmkit.testing.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.repository.EventRepository;
import io.crmkit.testing.Concurrently;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link EventRepository} must have, whatever stores it. Extend {@link
 * TransactionRepositoryContract} or {@link InteractionRepositoryContract} rather than this class.
 *
 * <p>Each test starts from {@link #newRepository()}, which must return an empty repository.
 *
 * @param <I> the id type
 * @param <V> the stored value type
 * @param <R> the repository type
 * @since 0.1
 */
public abstract class EventRepositoryContract<I, V, R extends EventRepository<I, V>> {

  /** For subclasses, which supply the implementation under test. */
  protected EventRepositoryContract() {}

  /** An instant the tests count from: 2024-01-01T00:00:00Z. */
  protected static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  private static final CustomerId ANN = CustomerId.of("ann");
  private static final CustomerId BOB = CustomerId.of("bob");

  /** A new, empty repository under test. */
  protected abstract R newRepository();

  /** A valid value with this id (as text), customer and instant. */
  protected abstract V event(String id, CustomerId customer, Instant at);

  /** The id of {@code value}. */
  protected abstract I idOf(V value);

  /** The id whose text is {@code id}. */
  protected abstract I id(String id);

  private V at(String id, CustomerId customer, long secondsAfterT0) {
    return event(id, customer, T0.plusSeconds(secondsAfterT0));
  }

  @Test
  void a_new_repository_is_empty() {
    R repo = newRepository();
    assertThat(repo.count()).isZero();
    assertThat(repo.findById(id("x"))).isEmpty();
    assertThat(repo.findByCustomer(ANN)).isEmpty();
    assertThat(repo.findBetween(Instant.EPOCH, T0.plusSeconds(1_000_000_000))).isEmpty();
    try (Stream<V> all = repo.streamAll()) {
      assertThat(all).isEmpty();
    }
  }

  @Test
  void a_saved_value_is_found_by_id_and_customer() {
    R repo = newRepository();
    V v = at("a", ANN, 0);
    repo.save(v);
    assertThat(repo.findById(id("a"))).contains(v);
    assertThat(repo.findByCustomer(ANN)).containsExactly(v);
    assertThat(repo.findByCustomer(BOB)).isEmpty();
    assertThat(repo.count()).isEqualTo(1);
  }

  @Test
  void saving_the_same_id_again_replaces_the_value() {
    R repo = newRepository();
    repo.save(at("a", ANN, 0));
    V moved = at("a", BOB, 500);
    repo.save(moved);
    assertThat(repo.count()).isEqualTo(1);
    assertThat(repo.findById(id("a"))).contains(moved);
    assertThat(repo.findByCustomer(ANN)).isEmpty();
    assertThat(repo.findByCustomer(BOB)).containsExactly(moved);
    assertThat(repo.findBetween(T0, T0.plusSeconds(1))).isEmpty();
    assertThat(repo.findBetween(T0.plusSeconds(500), T0.plusSeconds(501))).containsExactly(moved);
  }

  @Test
  void results_are_ordered_by_instant_then_id() {
    R repo = newRepository();
    V c = at("c", ANN, 10);
    V b = at("b", ANN, 10);
    V a = at("a", ANN, 20);
    V d = at("d", BOB, 5);
    repo.saveAll(List.of(a, b, c, d));
    assertThat(repo.findByCustomer(ANN)).containsExactly(b, c, a);
    try (Stream<V> all = repo.streamAll()) {
      assertThat(all).containsExactly(d, b, c, a);
    }
    List<V> visited = new ArrayList<>();
    repo.forEach(visited::add);
    assertThat(visited).containsExactly(d, b, c, a);
  }

  @Test
  void time_ranges_include_from_and_exclude_to() {
    R repo = newRepository();
    V first = at("1", ANN, 0);
    V second = at("2", ANN, 60);
    V other = at("3", BOB, 30);
    repo.saveAll(List.of(first, second, other));
    assertThat(repo.findBetween(T0, T0.plusSeconds(60))).containsExactly(first, other);
    assertThat(repo.findBetween(T0.plusSeconds(1), T0.plusSeconds(61)))
        .containsExactly(other, second);
    assertThat(repo.findBetween(T0, T0)).isEmpty();
    assertThat(repo.findByCustomerBetween(ANN, T0, T0.plusSeconds(60))).containsExactly(first);
    assertThat(repo.findByCustomerBetween(ANN, T0.plusSeconds(60), T0.plusSeconds(61)))
        .containsExactly(second);
    assertThat(repo.findByCustomerBetween(CustomerId.of("nobody"), T0, T0.plusSeconds(61)))
        .isEmpty();
  }

  @Test
  void a_range_ending_before_it_starts_is_refused() {
    R repo = newRepository();
    assertThatThrownBy(() -> repo.findBetween(T0, T0.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2023-12-31T23:59:59Z");
    assertThatThrownBy(() -> repo.findByCustomerBetween(ANN, T0, T0.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2023-12-31T23:59:59Z");
  }

  @Test
  void save_all_stores_every_value_and_the_last_of_an_id_wins() {
    R repo = newRepository();
    V early = at("a", ANN, 0);
    V late = at("a", ANN, 99);
    repo.saveAll(List.of(early, at("b", BOB, 1), late));
    assertThat(repo.count()).isEqualTo(2);
    assertThat(repo.findById(id("a"))).contains(late);
  }

  @Test
  void delete_removes_the_value_from_every_query() {
    R repo = newRepository();
    repo.saveAll(List.of(at("a", ANN, 0), at("b", ANN, 1)));
    assertThat(repo.delete(id("a"))).isTrue();
    assertThat(repo.delete(id("a"))).isFalse();
    assertThat(repo.findById(id("a"))).isEmpty();
    assertThat(repo.findByCustomer(ANN)).extracting(this::idOf).containsExactly(id("b"));
    assertThat(repo.findBetween(T0, T0.plusSeconds(2))).hasSize(1);
    assertThat(repo.count()).isEqualTo(1);
  }

  @Test
  void null_arguments_are_refused() {
    R repo = newRepository();
    assertThatThrownBy(() -> repo.save(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> repo.findById(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> repo.findByCustomer(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> repo.findBetween(null, T0)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void concurrent_saves_and_reads_lose_nothing() throws Exception {
    R repo = newRepository();
    int threads = 8;
    int perThread = 400;
    Concurrently.run(
        threads,
        perThread,
        (thread, i) -> {
          // customers are shared between threads; ids are not
          CustomerId customer = CustomerId.of("c" + (i % 7));
          V value = event("t" + thread + "-" + i, customer, T0.plusSeconds(i));
          if (i % 50 == 0) {
            repo.saveAll(List.of(value));
          } else {
            repo.save(value);
          }
          repo.findByCustomer(customer);
          repo.count();
        });
    assertThat(repo.count()).isEqualTo((long) threads * perThread);
    long byCustomer = 0;
    for (int c = 0; c < 7; c++) {
      byCustomer += repo.findByCustomer(CustomerId.of("c" + c)).size();
    }
    assertThat(byCustomer).isEqualTo((long) threads * perThread);
    for (int t = 0; t < threads; t++) {
      for (int i = 0; i < perThread; i += 37) {
        assertThat(repo.findById(id("t" + t + "-" + i))).isPresent();
      }
    }
  }

  @Provide
  Arbitrary<List<V>> histories() {
    Arbitrary<V> one =
        Combinators.combine(
                Arbitraries.integers().between(0, 40),
                Arbitraries.of("c1", "c2", "c3"),
                Arbitraries.longs().between(0, 1_000))
            .as((n, c, s) -> at("e" + n, CustomerId.of(c), s));
    return one.list().ofMaxSize(30).uniqueElements(this::idOf);
  }

  @Property(tries = 50)
  void every_query_agrees_with_a_plain_list(
      @ForAll("histories") List<V> values,
      @ForAll("instantsInRange") Instant from,
      @ForAll("instantsInRange") Instant to) {
    R repo = newRepository();
    repo.saveAll(values);
    Comparator<V> order =
        Comparator.comparing((V v) -> instantOf(v)).thenComparing(v -> idOf(v).toString());
    Instant lo = from.isBefore(to) ? from : to;
    Instant hi = from.isBefore(to) ? to : from;
    List<V> expected =
        values.stream()
            .filter(v -> !instantOf(v).isBefore(lo) && instantOf(v).isBefore(hi))
            .sorted(order)
            .toList();
    assertThat(repo.findBetween(lo, hi)).containsExactlyElementsOf(expected);
    CustomerId c1 = CustomerId.of("c1");
    assertThat(repo.findByCustomer(c1))
        .containsExactlyElementsOf(
            values.stream().filter(v -> customerOf(v).equals(c1)).sorted(order).toList());
    assertThat(repo.count()).isEqualTo(values.size());
  }

  @Provide
  Arbitrary<Instant> instantsInRange() {
    return Arbitraries.longs().between(0, 1_001).map(T0::plusSeconds);
  }

  /** The instant of {@code value}. */
  protected abstract Instant instantOf(V value);

  /** The customer of {@code value}. */
  protected abstract CustomerId customerOf(V value);
}
