package io.crmkit.testing.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.repository.CustomerRepository;
import io.crmkit.testing.Concurrently;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link CustomerRepository} must pass. To test your own implementation, add
 * crm-testing as a test dependency and write
 *
 * <pre>{@code
 * class JdbcCustomerRepositoryTest extends CustomerRepositoryContract {
 *   @Override protected CustomerRepository newRepository() { return new JdbcCustomerRepository(freshDb()); }
 * }
 * }</pre>
 *
 * <p>{@link #newRepository()} must return an empty repository each time it is called.
 *
 * @since 0.1
 */
public abstract class CustomerRepositoryContract {

  /** For subclasses, which supply the implementation under test. */
  protected CustomerRepositoryContract() {}

  /** An instant the tests count from: 2024-01-01T00:00:00Z. */
  protected static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  /** A new, empty repository under test. */
  protected abstract CustomerRepository newRepository();

  private static Customer customer(String id, long updatedSecondsAfterT0) {
    return Customer.builder(id, T0)
        .displayName("Customer " + id)
        .updatedAt(T0.plusSeconds(updatedSecondsAfterT0))
        .build();
  }

  @Test
  void a_new_repository_is_empty() {
    CustomerRepository repo = newRepository();
    assertThat(repo.count()).isZero();
    assertThat(repo.findById(CustomerId.of("1"))).isEmpty();
    assertThat(repo.findUpdatedBetween(Instant.EPOCH, T0.plusSeconds(1_000_000))).isEmpty();
    try (Stream<Customer> all = repo.streamAll()) {
      assertThat(all).isEmpty();
    }
  }

  @Test
  void a_saved_customer_is_found_by_id() {
    CustomerRepository repo = newRepository();
    Customer ada =
        Customer.builder("42", T0).displayName("Ada").email("ada@example.org").tag("vip").build();
    repo.save(ada);
    assertThat(repo.findById(CustomerId.of("42"))).contains(ada);
    assertThat(repo.count()).isEqualTo(1);
  }

  @Test
  void saving_the_same_id_again_replaces_the_customer() {
    CustomerRepository repo = newRepository();
    repo.save(customer("1", 0));
    Customer changed = customer("1", 100).toBuilder().displayName("Renamed").build();
    repo.save(changed);
    assertThat(repo.count()).isEqualTo(1);
    assertThat(repo.findById(CustomerId.of("1"))).contains(changed);
    assertThat(repo.findUpdatedBetween(T0, T0.plusSeconds(1))).isEmpty();
    assertThat(repo.findUpdatedBetween(T0.plusSeconds(100), T0.plusSeconds(101)))
        .containsExactly(changed);
  }

  @Test
  void update_ranges_are_half_open_and_ordered_by_update_then_id() {
    CustomerRepository repo = newRepository();
    Customer b = customer("b", 10);
    Customer a = customer("a", 10);
    Customer c = customer("c", 5);
    Customer d = customer("d", 20);
    repo.saveAll(List.of(a, b, c, d));
    assertThat(repo.findUpdatedBetween(T0.plusSeconds(5), T0.plusSeconds(20)))
        .containsExactly(c, a, b);
    assertThat(repo.findUpdatedBetween(T0.plusSeconds(20), T0.plusSeconds(20))).isEmpty();
    assertThatThrownBy(() -> repo.findUpdatedBetween(T0, T0.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2023-12-31T23:59:59Z");
  }

  @Test
  void stream_all_and_for_each_are_ordered_by_id() {
    CustomerRepository repo = newRepository();
    repo.saveAll(List.of(customer("b", 0), customer("c", 1), customer("a", 2)));
    try (Stream<Customer> all = repo.streamAll()) {
      assertThat(all)
          .extracting(Customer::id)
          .containsExactly(CustomerId.of("a"), CustomerId.of("b"), CustomerId.of("c"));
    }
    List<CustomerId> visited = new ArrayList<>();
    repo.forEach(c -> visited.add(c.id()));
    assertThat(visited).containsExactly(CustomerId.of("a"), CustomerId.of("b"), CustomerId.of("c"));
  }

  @Test
  void save_all_keeps_the_last_customer_of_an_id() {
    CustomerRepository repo = newRepository();
    Customer last = customer("1", 50);
    repo.saveAll(List.of(customer("1", 0), customer("2", 0), last));
    assertThat(repo.count()).isEqualTo(2);
    assertThat(repo.findById(CustomerId.of("1"))).contains(last);
  }

  @Test
  void delete_removes_the_customer() {
    CustomerRepository repo = newRepository();
    repo.saveAll(List.of(customer("1", 0), customer("2", 0)));
    assertThat(repo.delete(CustomerId.of("1"))).isTrue();
    assertThat(repo.delete(CustomerId.of("1"))).isFalse();
    assertThat(repo.findById(CustomerId.of("1"))).isEmpty();
    assertThat(repo.findUpdatedBetween(T0, T0.plusSeconds(1)))
        .extracting(Customer::id)
        .containsExactly(CustomerId.of("2"));
    assertThat(repo.count()).isEqualTo(1);
  }

  @Test
  void null_arguments_are_refused() {
    CustomerRepository repo = newRepository();
    assertThatThrownBy(() -> repo.save(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> repo.findById(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> repo.findUpdatedBetween(T0, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void concurrent_saves_and_reads_lose_nothing() throws Exception {
    CustomerRepository repo = newRepository();
    int threads = 8;
    int perThread = 400;
    Concurrently.run(
        threads,
        perThread,
        (thread, i) -> {
          Customer c = customer(thread + "-" + i, i);
          repo.save(c);
          // every thread also rewrites a shared customer: the last write wins, nothing duplicates
          repo.save(customer("shared", i));
          repo.findById(c.id());
        });
    assertThat(repo.count()).isEqualTo((long) threads * perThread + 1);
    assertThat(repo.findUpdatedBetween(T0, T0.plusSeconds(perThread)))
        .hasSize(threads * perThread + 1);
    for (int t = 0; t < threads; t++) {
      for (int i = 0; i < perThread; i += 37) {
        assertThat(repo.findById(CustomerId.of(t + "-" + i))).isPresent();
      }
    }
  }

  @Provide
  Arbitrary<Customer> anyCustomer() {
    return CoreArbitraries.customers();
  }

  @Property(tries = 50)
  void stream_all_holds_the_last_saved_customer_of_each_id(
      @ForAll @Size(max = 30) List<@From("anyCustomer") Customer> customers) {
    CustomerRepository repo = newRepository();
    repo.saveAll(customers);
    Map<CustomerId, Customer> last = new LinkedHashMap<>();
    customers.forEach(c -> last.put(c.id(), c));
    List<Customer> expected =
        last.values().stream().sorted(Comparator.comparing(Customer::id)).toList();
    try (Stream<Customer> all = repo.streamAll()) {
      assertThat(all).containsExactlyElementsOf(expected);
    }
    assertThat(repo.count()).isEqualTo(expected.size());
  }
}
