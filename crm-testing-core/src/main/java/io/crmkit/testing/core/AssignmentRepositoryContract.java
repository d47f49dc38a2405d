package io.crmkit.testing.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.assignment.Assignment;
import io.crmkit.core.assignment.AssignmentEngine;
import io.crmkit.core.assignment.AssignmentOutcome;
import io.crmkit.core.assignment.AssignmentPolicy;
import io.crmkit.core.assignment.AssignmentRepository;
import io.crmkit.core.assignment.ClaimResult;
import io.crmkit.core.assignment.ItemId;
import io.crmkit.core.assignment.WorkItem;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.team.Member;
import io.crmkit.core.team.MemberId;
import io.crmkit.testing.Concurrently;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link AssignmentRepository} must pass. To test your own implementation, add
 * crm-testing as a test dependency and write
 *
 * <pre>{@code
 * class JdbcAssignmentRepositoryTest extends AssignmentRepositoryContract {
 *   @Override protected AssignmentRepository newRepository() { return new JdbcAssignmentRepository(freshDb()); }
 * }
 * }</pre>
 *
 * <p>{@link #newRepository()} must return an empty repository each time it is called. The
 * concurrency tests run 8 threads over {@link #itemsPerThread()} items each (100,000 by default; a
 * slow store may lower it).
 *
 * @since 0.1
 */
public abstract class AssignmentRepositoryContract {

  /** For subclasses, which supply the implementation under test. */
  protected AssignmentRepositoryContract() {}

  /** An instant the tests count from: 2026-01-05T09:00:00Z. */
  protected static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  private static final MemberId ANA = MemberId.of("ana");
  private static final MemberId BEN = MemberId.of("ben");

  /** A new, empty repository under test. */
  protected abstract AssignmentRepository newRepository();

  /** Items each of the 8 threads of the concurrency tests handles. */
  protected int itemsPerThread() {
    return 100_000;
  }

  private static Assignment of(String item, MemberId member) {
    return Assignment.of(
        WorkItem.builder(item).customer(CustomerId.of("c-" + item)).build(), member, T0, "test");
  }

  @Test
  void a_new_repository_is_empty() {
    AssignmentRepository repo = newRepository();
    assertThat(repo.size()).isZero();
    assertThat(repo.find(ItemId.of("t-1"))).isEmpty();
    assertThat(repo.openOf(ANA)).isEmpty();
    assertThat(repo.openCount(ANA)).isZero();
    assertThat(repo.lastOwner(CustomerId.of("c-1"))).isEmpty();
  }

  @Test
  void a_claim_is_stored_once() {
    AssignmentRepository repo = newRepository();
    Assignment a = of("t-1", ANA);
    assertThat(repo.claim(a, 5)).isEqualTo(ClaimResult.CLAIMED);
    assertThat(repo.claim(of("t-1", BEN), 5)).isEqualTo(ClaimResult.ALREADY_ASSIGNED);
    assertThat(repo.find(ItemId.of("t-1"))).contains(a);
    assertThat(repo.openOf(ANA)).containsExactly(a);
    assertThat(repo.openCount(BEN)).isZero();
    assertThat(repo.size()).isEqualTo(1);
  }

  @Test
  void a_claim_beyond_the_capacity_is_refused() {
    AssignmentRepository repo = newRepository();
    assertThat(repo.claim(of("t-1", ANA), 2)).isEqualTo(ClaimResult.CLAIMED);
    assertThat(repo.claim(of("t-2", ANA), 2)).isEqualTo(ClaimResult.CLAIMED);
    assertThat(repo.claim(of("t-3", ANA), 2)).isEqualTo(ClaimResult.MEMBER_FULL);
    assertThat(repo.claim(of("t-3", BEN), 0)).isEqualTo(ClaimResult.MEMBER_FULL);
    assertThat(repo.openCount(ANA)).isEqualTo(2);
    assertThat(repo.find(ItemId.of("t-3"))).isEmpty();
  }

  @Test
  void a_release_frees_capacity_and_keeps_the_last_owner() {
    AssignmentRepository repo = newRepository();
    repo.claim(of("t-1", ANA), 1);
    assertThat(repo.release(ItemId.of("t-1"))).isTrue();
    assertThat(repo.release(ItemId.of("t-1"))).isFalse();
    assertThat(repo.openCount(ANA)).isZero();
    assertThat(repo.claim(of("t-2", ANA), 1)).isEqualTo(ClaimResult.CLAIMED);
    assertThat(repo.lastOwner(CustomerId.of("c-t-1"))).contains(ANA);
  }

  @Test
  void open_items_are_listed_oldest_first() {
    AssignmentRepository repo = newRepository();
    List<Assignment> claimed = new ArrayList<>();
    for (String id : List.of("t-9", "t-1", "t-5")) {
      Assignment a = of(id, ANA);
      repo.claim(a, 10);
      claimed.add(a);
    }
    assertThat(repo.openOf(ANA)).containsExactlyElementsOf(claimed);
  }

  @Test
  void a_move_changes_the_holder_within_capacity_and_records_the_cover() {
    AssignmentRepository repo = newRepository();
    repo.claim(of("t-1", ANA), 5);
    repo.claim(of("t-2", BEN), 5);
    Assignment moved =
        Assignment.covering(of("t-1", ANA).item(), BEN, T0.plusSeconds(60), "ana off duty", ANA);
    assertThat(repo.move(moved, 1)).isEqualTo(ClaimResult.MEMBER_FULL);
    assertThat(repo.move(moved, 2)).isEqualTo(ClaimResult.CLAIMED);
    assertThat(repo.find(ItemId.of("t-1"))).contains(moved);
    assertThat(repo.openCount(ANA)).isZero();
    assertThat(repo.openCount(BEN)).isEqualTo(2);
    assertThat(repo.coveredFor(ANA)).containsExactly(moved);
    assertThat(repo.lastOwner(CustomerId.of("c-t-1"))).contains(BEN);
    assertThat(repo.move(of("t-404", BEN), 9)).isEqualTo(ClaimResult.NOT_ASSIGNED);
    repo.release(ItemId.of("t-1"));
    assertThat(repo.coveredFor(ANA)).isEmpty();
  }

  @Test
  void concurrent_claims_never_exceed_a_capacity_nor_store_an_item_twice() throws Exception {
    AssignmentRepository repo = newRepository();
    int members = 50;
    int capacity =
        Math.max(1, 4 * itemsPerThread() / members / 2); // room for half the distinct items
    AtomicInteger claimed = new AtomicInteger();
    int distinct = itemsPerThread() * 4; // every item is tried by two threads
    Concurrently.run(
        8,
        itemsPerThread(),
        (thread, i) -> {
          int item = (thread % 4) * itemsPerThread() + i;
          MemberId m = MemberId.of("m" + ((item * 31 + thread) % members));
          if (repo.claim(of("i" + item, m), capacity) == ClaimResult.CLAIMED) {
            claimed.incrementAndGet();
          }
        });
    int total = 0;
    for (int m = 0; m < members; m++) {
      int count = repo.openCount(MemberId.of("m" + m));
      assertThat(count).isLessThanOrEqualTo(capacity);
      total += count;
    }
    assertThat(total).isEqualTo(claimed.get()).isEqualTo(repo.size()).isLessThanOrEqualTo(distinct);
  }

  @Test
  void eight_engines_sharing_the_repository_never_exceed_a_capacity_nor_assign_an_item_twice()
      throws Exception {
    AssignmentRepository repo = newRepository();
    List<Member> roster = new ArrayList<>();
    for (int m = 0; m < 40; m++) {
      roster.add(Member.builder("m" + m).capacity(1_000 + 500 * (m % 3)).build());
    }
    int totalCapacity = roster.stream().mapToInt(Member::capacity).sum();
    Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    List<AssignmentEngine> engines = new ArrayList<>();
    for (int e = 0; e < 8; e++) {
      engines.add(AssignmentEngine.of(roster, AssignmentPolicy.leastLoaded(), clock, repo));
    }
    ConcurrentHashMap<ItemId, MemberId> won = new ConcurrentHashMap<>();
    AtomicInteger duplicates = new AtomicInteger();
    Concurrently.run(
        8,
        itemsPerThread(),
        (thread, i) -> {
          // threads 0-3 and 4-7 try the same items, in opposite orders
          int item =
              thread < 4
                  ? thread * itemsPerThread() + i
                  : (thread - 4) * itemsPerThread() + itemsPerThread() - 1 - i;
          AssignmentOutcome o = engines.get(thread).assign(WorkItem.of("i" + item));
          if (o.isNew()
              && won.put(
                      o.assignment().orElseThrow().itemId(), o.assignment().orElseThrow().member())
                  != null) {
            duplicates.incrementAndGet();
          }
        });
    assertThat(duplicates.get()).isZero();
    for (Member m : roster) {
      assertThat(repo.openCount(m.id())).isLessThanOrEqualTo(m.capacity());
    }
    assertThat(repo.size())
        .isEqualTo(won.size())
        .isEqualTo(Math.min(totalCapacity, 4 * itemsPerThread()));
  }
}
