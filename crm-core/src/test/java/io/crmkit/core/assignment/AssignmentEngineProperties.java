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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Invariants of the assignment engine under random members, policies and call sequences. */
class AssignmentEngineProperties {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC);

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

  private static List<Member> members(List<Integer> capacities) {
    List<Member> out = new ArrayList<>();
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
      out.add(b.build());
    }
    return out;
  }

  @Property(tries = 300)
  void assignment_never_violates_a_capacity_nor_holds_an_item_twice(
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 6) Integer> capacities,
      @ForAll("policies") AssignmentPolicy policy,
      @ForAll @Size(max = 200) List<@IntRange(min = 0, max = 99) Integer> ops) {
    List<Member> team = members(capacities);
    AssignmentEngine e = AssignmentEngine.inMemory(team, policy, CLOCK);
    Set<ItemId> assigned = new HashSet<>();
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
        AssignmentOutcome o = e.assign(item);
        if (o.isNew()) {
          assertThat(assigned.add(item.id())).as("item %s assigned twice", item.id()).isTrue();
          Member holder =
              team.stream()
                  .filter(m -> m.id().equals(o.assignment().orElseThrow().member()))
                  .findFirst()
                  .orElseThrow();
          assertThat(e.isOnDuty(holder.id())).isTrue();
        }
      } else if (op < 80) {
        ItemId id = ItemId.of("i" + (op % 30));
        assertThat(e.release(id)).isEqualTo(assigned.remove(id));
      } else {
        MemberId m = team.get(op % team.size()).id();
        Rebalance r = op % 2 == 0 ? Rebalance.MOVE_OPEN_ITEMS : Rebalance.KEEP_OPEN_ITEMS;
        if (op < 90) {
          e.offDuty(m, r);
        } else {
          e.onDuty(m, r);
        }
      }
      int total = 0;
      for (Member m : team) {
        int held = e.repository().openCount(m.id());
        assertThat(held).isLessThanOrEqualTo(m.capacity()).isEqualTo(e.load(m.id()));
        total += held;
      }
      assertThat(total).isEqualTo(assigned.size()).isEqualTo(e.repository().size());
    }
  }

  @Property(tries = 100)
  void an_item_is_unassigned_only_when_no_member_could_take_it(
      @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 3) Integer> capacities,
      @ForAll @IntRange(min = 1, max = 40) int items) {
    List<Member> team = members(capacities);
    AssignmentEngine e = AssignmentEngine.inMemory(team, AssignmentPolicy.leastLoaded(), CLOCK);
    int room = capacities.stream().mapToInt(Integer::intValue).sum();
    int placed = 0;
    for (int i = 0; i < items; i++) {
      placed += e.assign(WorkItem.of("i" + i)).isNew() ? 1 : 0;
    }
    assertThat(placed).isEqualTo(Math.min(room, items));
  }
}
