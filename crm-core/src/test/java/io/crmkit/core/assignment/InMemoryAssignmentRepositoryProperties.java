package io.crmkit.core.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.team.AttributeKey;
import io.crmkit.core.team.Member;
import io.crmkit.core.team.MemberId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The open-addressing {@link InMemoryAssignmentRepository} behaves exactly as the simple map-based
 * {@link MapAssignmentRepository}: every answer of every call of a random operation sequence is the
 * same, and so is an {@link AssignmentEngine}'s every outcome and move over either.
 */
class InMemoryAssignmentRepositoryProperties {

  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC);
  private static final int MEMBERS = 5;
  private static final int CUSTOMERS = 9;

  private static MemberId member(int m) {
    return MemberId.of("m" + m);
  }

  /**
   * One operation per number: claim, move (with or without a cover), release, of one of {@code
   * items} items.
   */
  @Property(tries = 1000)
  void the_fast_repository_answers_as_the_map_based_one(
      @ForAll @IntRange(min = 1, max = 120) int items,
      @ForAll @Size(max = 400) List<@IntRange(min = 0, max = 1_000_000) Integer> ops) {
    InMemoryAssignmentRepository fast = new InMemoryAssignmentRepository();
    MapAssignmentRepository model = new MapAssignmentRepository();
    for (int k = 0; k < ops.size(); k++) {
      int op = ops.get(k);
      int kind = op % 10;
      int rest = op / 10;
      String item = "i" + rest % items;
      rest /= items;
      int m = rest % MEMBERS;
      rest /= MEMBERS;
      int capacity = rest % 8;
      rest /= 8;
      int customer = rest % (CUSTOMERS + 1);
      WorkItem.Builder b = WorkItem.builder(item);
      if (customer < CUSTOMERS) {
        b.customer(CustomerId.of(customer));
      }
      WorkItem w = b.build();
      Instant at = T0.plusSeconds(k);
      if (kind < 5) {
        Assignment a = Assignment.of(w, member(m), at, "claim " + k);
        assertThat(fast.claim(a, capacity)).as("claim %d", k).isEqualTo(model.claim(a, capacity));
      } else if (kind < 8) {
        int home = (m + 1 + rest % (MEMBERS - 1)) % MEMBERS;
        Optional<MemberId> cover = kind == 7 ? Optional.of(member(home)) : Optional.empty();
        Assignment a = new Assignment(w, member(m), at, "move " + k, cover);
        assertThat(fast.move(a, capacity)).as("move %d", k).isEqualTo(model.move(a, capacity));
      } else {
        assertThat(fast.release(w.id())).as("release %d", k).isEqualTo(model.release(w.id()));
      }
      assertSame(fast, model, items);
    }
  }

  /**
   * The repository reuses the position a {@code find} (or {@code lastOwner}) probed to when a claim
   * of the same id (or customer) object follows: random interleavings of look-ups, claims, releases
   * and moves of one pending item object and of other items (which insert, delete and rehash in
   * between) answer as the map-based repository does.
   */
  @Property(tries = 1000)
  void reused_probes_between_a_lookup_and_a_claim_never_change_an_answer(
      @ForAll @IntRange(min = 1, max = 60) int items,
      @ForAll @Size(max = 400) List<@IntRange(min = 0, max = 1_000_000) Integer> ops) {
    InMemoryAssignmentRepository fast = new InMemoryAssignmentRepository();
    MapAssignmentRepository model = new MapAssignmentRepository();
    WorkItem pending = WorkItem.builder("i0").customer(CustomerId.of(0)).build();
    for (int k = 0; k < ops.size(); k++) {
      int op = ops.get(k);
      int kind = op % 8;
      int rest = op / 8;
      int m = rest % MEMBERS;
      rest /= MEMBERS;
      int capacity = 1 + rest % 8;
      rest /= 8;
      WorkItem other =
          WorkItem.builder("i" + rest % items)
              .customer(CustomerId.of((rest / items) % (4 * CUSTOMERS)))
              .build();
      Instant at = T0.plusSeconds(k);
      switch (kind) {
        case 0 -> assertThat(fast.find(pending.id())).isEqualTo(model.find(pending.id()));
        case 1 -> {
          CustomerId c = pending.customer().orElseThrow();
          assertThat(fast.lastOwner(c)).isEqualTo(model.lastOwner(c));
        }
        case 2 -> {
          Assignment a = Assignment.of(pending, member(m), at, "claim " + k);
          assertThat(fast.claim(a, capacity)).as("claim %d", k).isEqualTo(model.claim(a, capacity));
        }
        case 3 -> {
          Assignment a = Assignment.of(other, member(m), at, "other " + k);
          assertThat(fast.claim(a, capacity)).as("other %d", k).isEqualTo(model.claim(a, capacity));
        }
        case 4 ->
            assertThat(fast.release(pending.id()))
                .as("release %d", k)
                .isEqualTo(model.release(pending.id()));
        case 5 ->
            assertThat(fast.release(other.id()))
                .as("release other %d", k)
                .isEqualTo(model.release(other.id()));
        case 6 -> {
          Assignment a = Assignment.of(pending, member(m), at, "move " + k);
          assertThat(fast.move(a, capacity)).as("move %d", k).isEqualTo(model.move(a, capacity));
        }
        default -> pending = other;
      }
      assertThat(fast.size()).isEqualTo(model.size());
    }
    assertSame(fast, model, items);
    for (int c = 0; c < 4 * CUSTOMERS; c++) {
      assertThat(fast.lastOwner(CustomerId.of(c))).isEqualTo(model.lastOwner(CustomerId.of(c)));
    }
  }

  private static void assertSame(AssignmentRepository fast, AssignmentRepository model, int items) {
    assertThat(fast.size()).isEqualTo(model.size());
    for (int i = 0; i < items; i++) {
      ItemId id = ItemId.of("i" + i);
      assertThat(fast.find(id)).isEqualTo(model.find(id));
    }
    for (int m = 0; m <= MEMBERS; m++) {
      assertThat(fast.openOf(member(m))).isEqualTo(model.openOf(member(m)));
      assertThat(fast.coveredFor(member(m))).isEqualTo(model.coveredFor(member(m)));
      assertThat(fast.openCount(member(m))).isEqualTo(model.openCount(member(m)));
    }
    for (int c = 0; c <= CUSTOMERS; c++) {
      assertThat(fast.lastOwner(CustomerId.of(c))).isEqualTo(model.lastOwner(CustomerId.of(c)));
    }
  }

  @Provide
  Arbitrary<AssignmentPolicy> policies() {
    Arbitrary<Strategy> strategy = Arbitraries.of(Strategy.class);
    Arbitrary<Rule> rule =
        Arbitraries.oneOf(
            strategy.map(Rule::anyone),
            strategy.map(s -> Rule.of(s, Condition.sameAttribute(AttributeKey.SHOP))),
            strategy.map(
                s ->
                    Rule.of(
                        s,
                        Condition.sameAttribute(AttributeKey.TERRITORY),
                        Condition.hasSkills())));
    return rule.list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .flatMap(
            rules ->
                Arbitraries.of(true, false)
                    .map(
                        sticky -> {
                          AssignmentPolicy p = new AssignmentPolicy(rules, false);
                          return sticky ? p.withStickyOwner() : p;
                        }));
  }

  @Property(tries = 300)
  void an_engine_decides_the_same_over_either_repository(
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 6) Integer> capacities,
      @ForAll("policies") AssignmentPolicy policy,
      @ForAll @Size(max = 300) List<@IntRange(min = 0, max = 99) Integer> ops) {
    List<Member> team = team(capacities);
    sameDecisions(
        AssignmentEngine.of(team, policy, CLOCK, new InMemoryAssignmentRepository()),
        AssignmentEngine.of(team, policy, CLOCK, new MapAssignmentRepository()),
        team,
        ops);
  }

  /** The least-loaded heaps pick as the scan over every candidate does. */
  @Property(tries = 300)
  void least_loaded_heaps_pick_as_the_scan(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 6) Integer> capacities,
      @ForAll("policies") AssignmentPolicy policy,
      @ForAll @Size(max = 300) List<@IntRange(min = 0, max = 99) Integer> ops) {
    List<Member> team = team(capacities);
    sameDecisions(
        AssignmentEngine.of(team, policy, CLOCK, new InMemoryAssignmentRepository()),
        AssignmentEngine.scanning(team, policy, CLOCK, new MapAssignmentRepository()),
        team,
        ops);
  }

  private static List<Member> team(List<Integer> capacities) {
    List<Member> team = new ArrayList<>();
    for (int m = 0; m < capacities.size(); m++) {
      Member.Builder b =
          Member.builder("m" + m)
              .capacity(capacities.get(m))
              .weight(1 + m % 3)
              .shops("s" + (m % 4))
              .territories("t" + (m % 2));
      if (m % 2 == 0) {
        b.skills("billing");
      }
      team.add(b.build());
    }
    return team;
  }

  private static void sameDecisions(
      AssignmentEngine fast, AssignmentEngine model, List<Member> team, List<Integer> ops) {
    for (int k = 0; k < ops.size(); k++) {
      int op = ops.get(k);
      if (op < 60) {
        WorkItem item =
            WorkItem.builder("i" + (op % 30))
                .shop("s" + (op % 5))
                .territory("t" + (op % 3))
                .customer(CustomerId.of(op % 7))
                .skills(op % 2 == 0 ? new String[] {"billing"} : new String[0])
                .build();
        AssignmentOutcome a = fast.assign(item);
        AssignmentOutcome b = model.assign(item);
        assertThat(a).as("assign %d", k).isEqualTo(b);
        assertThat(a.explanation()).isEqualTo(b.explanation());
      } else if (op < 80) {
        ItemId id = ItemId.of("i" + (op % 30));
        assertThat(fast.release(id)).isEqualTo(model.release(id));
      } else {
        MemberId m = team.get(op % team.size()).id();
        Rebalance r = op % 2 == 0 ? Rebalance.MOVE_OPEN_ITEMS : Rebalance.KEEP_OPEN_ITEMS;
        if (op < 90) {
          assertThat(fast.offDuty(m, r)).isEqualTo(model.offDuty(m, r));
        } else {
          assertThat(fast.onDuty(m, r)).isEqualTo(model.onDuty(m, r));
        }
      }
      for (Member m : team) {
        assertThat(fast.load(m.id())).isEqualTo(model.load(m.id()));
        assertThat(fast.repository().openOf(m.id())).isEqualTo(model.repository().openOf(m.id()));
      }
    }
  }
}
