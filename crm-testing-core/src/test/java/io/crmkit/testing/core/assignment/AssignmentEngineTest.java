package io.crmkit.testing.core.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.assignment.Assignment;
import io.crmkit.core.assignment.AssignmentEngine;
import io.crmkit.core.assignment.AssignmentOutcome;
import io.crmkit.core.assignment.AssignmentPolicy;
import io.crmkit.core.assignment.Condition;
import io.crmkit.core.assignment.InMemoryAssignmentRepository;
import io.crmkit.core.assignment.ItemId;
import io.crmkit.core.assignment.Move;
import io.crmkit.core.assignment.Rebalance;
import io.crmkit.core.assignment.Rule;
import io.crmkit.core.assignment.Strategy;
import io.crmkit.core.assignment.WorkItem;
import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.team.AttributeKey;
import io.crmkit.core.team.Availability;
import io.crmkit.core.team.Member;
import io.crmkit.core.team.MemberId;
import io.crmkit.testing.Concurrently;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AssignmentEngineTest {

  private static final Instant MONDAY_10 = Instant.parse("2026-01-05T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(MONDAY_10, ZoneOffset.UTC);

  private static List<String> owners(AssignmentEngine engine, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(engine.assign(WorkItem.of("i" + i)).assignment().orElseThrow().member().value());
    }
    return out;
  }

  @Test
  void round_robin_takes_members_in_turn_by_id() {
    AssignmentEngine e =
        AssignmentEngine.inMemory(
            List.of(
                Member.builder("c").build(),
                Member.builder("a").build(),
                Member.builder("b").build()),
            AssignmentPolicy.roundRobin(),
            CLOCK);
    assertThat(owners(e, 7)).containsExactly("a", "b", "c", "a", "b", "c", "a");
  }

  @Test
  void weighted_round_robin_interleaves_smoothly_like_nginx() {
    // nginx's smooth weighted round-robin: weights a=5, b=1, c=1 give a a b a c a a
    AssignmentEngine e =
        AssignmentEngine.inMemory(
            List.of(
                Member.builder("a").weight(5).build(),
                Member.builder("b").build(),
                Member.builder("c").build()),
            AssignmentPolicy.weightedRoundRobin(),
            CLOCK);
    assertThat(owners(e, 14))
        .containsExactly("a", "a", "b", "a", "c", "a", "a", "a", "a", "b", "a", "c", "a", "a");
  }

  @Test
  void least_loaded_fills_the_emptiest_member_and_breaks_ties_by_least_recent_pick() {
    InMemoryAssignmentRepository repo = new InMemoryAssignmentRepository();
    for (int i = 0; i < 3; i++) {
      repo.claim(Assignment.of(WorkItem.of("old" + i), MemberId.of("a"), MONDAY_10, "earlier"), 10);
    }
    AssignmentEngine e =
        AssignmentEngine.of(
            List.of(
                Member.builder("a").build(),
                Member.builder("b").build(),
                Member.builder("c").build()),
            AssignmentPolicy.leastLoaded(),
            CLOCK,
            repo);
    // b and c share the load until they reach a's three, then a joins
    assertThat(owners(e, 9)).containsExactly("b", "c", "b", "c", "b", "c", "a", "b", "c");
    assertThat(e.load(MemberId.of("a"))).isEqualTo(4);
  }

  @Test
  void attribute_rules_fall_back_in_order_and_explain_the_choice() {
    List<Member> team =
        List.of(
            Member.builder("ana").territories("EU").languages("es").build(),
            Member.builder("ben").territories("EU").languages("de").build(),
            Member.builder("cem").territories("EU").languages("tr").build(),
            Member.builder("dan").territories("US").languages("en").build());
    AssignmentPolicy policy =
        AssignmentPolicy.of(
            Rule.of(Strategy.LEAST_LOADED, Condition.sameAttribute(AttributeKey.LANGUAGE)),
            Rule.of(Strategy.LEAST_LOADED, Condition.sameAttribute(AttributeKey.TERRITORY)),
            Rule.anyone(Strategy.ROUND_ROBIN));
    AssignmentEngine e = AssignmentEngine.inMemory(team, policy, CLOCK);
    AssignmentOutcome german =
        e.assign(WorkItem.builder("l1").territory("EU").language("de").build());
    assertThat(german.assignment().orElseThrow().member()).isEqualTo(MemberId.of("ben"));
    assertThat(german.explanation()).isEqualTo("rule 1: language=de; least loaded of 1");
    AssignmentOutcome french =
        e.assign(WorkItem.builder("l2").territory("EU").language("fr").build());
    assertThat(french.explanation()).isEqualTo("rule 2: territory=EU; least loaded of 3");
    assertThat(french.assignment().orElseThrow().member()).isEqualTo(MemberId.of("ana"));
    AssignmentOutcome asia = e.assign(WorkItem.builder("l3").territory("APAC").build());
    assertThat(asia.explanation()).isEqualTo("rule 3: anyone; round robin of 4");
  }

  @Test
  void skills_based_rule_needs_every_required_skill() {
    AssignmentEngine e =
        AssignmentEngine.inMemory(
            List.of(
                Member.builder("ana").skills("billing").build(),
                Member.builder("ben").skills("billing", "refunds").build()),
            AssignmentPolicy.of(Rule.of(Strategy.ROUND_ROBIN, Condition.hasSkills())),
            CLOCK);
    for (int i = 0; i < 3; i++) {
      assertThat(
              e.assign(WorkItem.builder("t" + i).skills("billing", "refunds").build())
                  .assignment()
                  .orElseThrow()
                  .member())
          .isEqualTo(MemberId.of("ben"));
    }
    assertThat(e.assign(WorkItem.builder("t9").skills("legal").build()).explanation())
        .isEqualTo("no member available: rule 1: skills=[legal]: none of 2 candidates free");
  }

  @Test
  void a_full_member_gets_nothing_more_and_an_item_no_one_can_take_stays_unassigned() {
    AssignmentEngine e =
        AssignmentEngine.inMemory(
            List.of(Member.builder("ana").capacity(2).build()),
            AssignmentPolicy.leastLoaded(),
            CLOCK);
    assertThat(e.assign(WorkItem.of("t1")).isNew()).isTrue();
    assertThat(e.assign(WorkItem.of("t2")).isNew()).isTrue();
    AssignmentOutcome third = e.assign(WorkItem.of("t3"));
    assertThat(third).isInstanceOf(AssignmentOutcome.Unassigned.class);
    assertThat(third.explanation())
        .isEqualTo("no member available: rule 1: anyone: none of 1 candidate free");
    assertThat(e.release(ItemId.of("t1"))).isTrue();
    assertThat(e.assign(WorkItem.of("t3")).isNew()).isTrue();
  }

  @Test
  void an_item_is_assigned_once() {
    AssignmentEngine e =
        AssignmentEngine.inMemory(
            List.of(Member.builder("ana").build(), Member.builder("ben").build()),
            AssignmentPolicy.roundRobin(),
            CLOCK);
    AssignmentOutcome first = e.assign(WorkItem.of("t1"));
    AssignmentOutcome again = e.assign(WorkItem.of("t1"));
    assertThat(again).isInstanceOf(AssignmentOutcome.AlreadyAssigned.class);
    assertThat(again.assignment()).isEqualTo(first.assignment());
    assertThat(again.explanation()).isEqualTo("already assigned to ana");
    assertThat(e.load(MemberId.of("ana")) + e.load(MemberId.of("ben"))).isEqualTo(1);
  }

  @Test
  void a_returning_customer_goes_back_to_the_previous_owner_while_available() {
    AssignmentEngine e =
        AssignmentEngine.inMemory(
            List.of(Member.builder("ana").build(), Member.builder("ben").build()),
            AssignmentPolicy.roundRobin().withStickyOwner(),
            CLOCK);
    CustomerId c42 = CustomerId.of("42");
    e.assign(WorkItem.of("x")); // ana
    MemberId first =
        e.assign(WorkItem.builder("t1").customer(c42).build()).assignment().orElseThrow().member();
    assertThat(first).isEqualTo(MemberId.of("ben"));
    AssignmentOutcome back = e.assign(WorkItem.builder("t2").customer(c42).build());
    assertThat(back.assignment().orElseThrow().member()).isEqualTo(first);
    assertThat(back.explanation()).isEqualTo("sticky owner ben of returning customer 42");
    e.offDuty(first, Rebalance.KEEP_OPEN_ITEMS);
    AssignmentOutcome away = e.assign(WorkItem.builder("t3").customer(c42).build());
    assertThat(away.assignment().orElseThrow().member()).isEqualTo(MemberId.of("ana"));
  }

  @Test
  void members_off_shift_by_their_calendar_get_nothing() {
    BusinessCalendar nights = BusinessCalendar.weekdays(ZoneId.of("UTC"), "22:00", "24:00");
    AssignmentEngine e =
        AssignmentEngine.inMemory(
            List.of(
                Member.builder("owl").availability(Availability.during(nights)).build(),
                Member.builder("lark").build()),
            AssignmentPolicy.roundRobin(),
            CLOCK);
    assertThat(owners(e, 3)).containsExactly("lark", "lark", "lark");
    assertThat(e.assign(WorkItem.of("x")).explanation())
        .isEqualTo("rule 1: anyone; round robin of 1");
  }

  @Test
  void seed_004_an_absent_agents_shops_go_to_the_agents_at_work_and_back_when_they_return() {
    List<Member> agents =
        List.of(
            Member.builder("ana").shops("shop-1", "shop-2").build(),
            Member.builder("ben").shops("shop-3").build(),
            Member.builder("cem").shops("shop-4").build());
    AssignmentPolicy byShop =
        AssignmentPolicy.of(
            Rule.of(Strategy.LEAST_LOADED, Condition.sameAttribute(AttributeKey.SHOP)),
            Rule.anyone(Strategy.LEAST_LOADED));
    AssignmentEngine e = AssignmentEngine.inMemory(agents, byShop, CLOCK);
    AssignmentOutcome t1 = e.assign(WorkItem.builder("t1").shop("shop-1").build());
    e.assign(WorkItem.builder("t2").shop("shop-2").build());
    assertThat(t1.explanation()).isEqualTo("rule 1: shop=shop-1; least loaded of 1");
    assertThat(e.load(MemberId.of("ana"))).isEqualTo(2);

    List<Move> away = e.offDuty(MemberId.of("ana"), Rebalance.MOVE_OPEN_ITEMS);
    assertThat(away)
        .extracting(m -> m.item().value() + ":" + m.to())
        .containsExactly("t1:ben", "t2:cem");
    assertThat(away.get(0).explanation())
        .isEqualTo("ana off duty; rule 2: anyone; least loaded of 2");
    AssignmentOutcome t3 = e.assign(WorkItem.builder("t3").shop("shop-1").build());
    assertThat(t3.explanation()).isEqualTo("rule 2: anyone; least loaded of 2");
    assertThat(
            e.assign(WorkItem.builder("t4").shop("shop-3").build())
                .assignment()
                .orElseThrow()
                .member())
        .isEqualTo(MemberId.of("ben"));

    List<Move> back = e.onDuty(MemberId.of("ana"), Rebalance.MOVE_OPEN_ITEMS);
    assertThat(back)
        .extracting(m -> m.item().value() + ":" + m.from() + "->" + m.to())
        .containsExactly("t1:ben->ana", "t2:cem->ana");
    assertThat(e.repository().coveredFor(MemberId.of("ana"))).isEmpty();
    assertThat(e.assign(WorkItem.builder("t5").shop("shop-2").build()).explanation())
        .isEqualTo("rule 1: shop=shop-2; least loaded of 1");
  }

  @Test
  void the_same_state_and_clock_give_the_same_choices() {
    List<Member> team = new ArrayList<>();
    for (int m = 0; m < 12; m++) {
      team.add(
          Member.builder("m" + m)
              .territories("t" + (m % 3))
              .weight(1 + m % 4)
              .capacity(30)
              .build());
    }
    AssignmentPolicy policy =
        AssignmentPolicy.of(
                Rule.of(
                    Strategy.WEIGHTED_ROUND_ROBIN, Condition.sameAttribute(AttributeKey.TERRITORY)),
                Rule.anyone(Strategy.LEAST_LOADED))
            .withStickyOwner();
    List<String> first = run(AssignmentEngine.inMemory(team, policy, CLOCK));
    List<String> second = run(AssignmentEngine.inMemory(team, policy, CLOCK));
    assertThat(first).isEqualTo(second).hasSizeGreaterThan(300);
  }

  private static List<String> run(AssignmentEngine e) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      if (i == 100) {
        e.offDuty(MemberId.of("m4"), Rebalance.MOVE_OPEN_ITEMS).forEach(m -> out.add(m.toString()));
      }
      if (i % 7 == 0 && i > 0) {
        e.release(ItemId.of("i" + (i - 5)));
      }
      out.add(
          e.assign(
                  WorkItem.builder("i" + i)
                      .territory("t" + (i % 4))
                      .customer(CustomerId.of(i % 50))
                      .build())
              .toString());
    }
    return out;
  }

  @Test
  void eight_threads_assigning_100k_items_never_exceed_a_capacity_nor_assign_an_item_twice()
      throws Exception {
    List<Member> team = new ArrayList<>();
    for (int m = 0; m < 100; m++) {
      team.add(Member.builder("m" + m).territories("t" + (m % 5)).capacity(500 + m * 10).build());
    }
    int totalCapacity = team.stream().mapToInt(Member::capacity).sum();
    AssignmentEngine e =
        AssignmentEngine.inMemory(
            team,
            AssignmentPolicy.of(
                Rule.of(Strategy.LEAST_LOADED, Condition.sameAttribute(AttributeKey.TERRITORY)),
                Rule.anyone(Strategy.ROUND_ROBIN)),
            CLOCK);
    Map<ItemId, MemberId> won = new ConcurrentHashMap<>();
    AtomicInteger duplicates = new AtomicInteger();
    Concurrently.run(
        8,
        100_000,
        (thread, i) -> {
          // each item is tried by two threads; some are released again
          int item = (thread % 4) * 100_000 + i;
          AssignmentOutcome o =
              e.assign(WorkItem.builder("i" + item).territory("t" + (item % 7)).build());
          if (o.isNew()
              && won.put(
                      o.assignment().orElseThrow().itemId(), o.assignment().orElseThrow().member())
                  != null) {
            duplicates.incrementAndGet();
          }
        });
    assertThat(duplicates.get()).isZero();
    for (Member m : team) {
      assertThat(e.load(m.id()))
          .isLessThanOrEqualTo(m.capacity())
          .isEqualTo(e.repository().openCount(m.id()));
    }
    assertThat(e.repository().size()).isEqualTo(won.size()).isEqualTo(totalCapacity);
  }

  @Test
  void unknown_members_and_duplicate_ids_are_refused() {
    assertThatThrownBy(
            () ->
                AssignmentEngine.inMemory(
                    List.of(Member.builder("a").build(), Member.builder("a").build()),
                    AssignmentPolicy.roundRobin(),
                    CLOCK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a appears twice");
    AssignmentEngine e =
        AssignmentEngine.inMemory(
            List.of(Member.builder("a").build()), AssignmentPolicy.roundRobin(), CLOCK);
    assertThatThrownBy(() -> e.offDuty(MemberId.of("zed"), Rebalance.KEEP_OPEN_ITEMS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("member zed must be one of");
  }

  @Test
  void prints_a_summary() {
    AssignmentEngine e =
        AssignmentEngine.inMemory(
            List.of(Member.builder("a").build(), Member.builder("b").build()),
            AssignmentPolicy.leastLoaded().withStickyOwner(),
            CLOCK);
    e.assign(WorkItem.of("t"));
    e.offDuty(MemberId.of("b"), Rebalance.KEEP_OPEN_ITEMS);
    assertThat(e)
        .hasToString(
            "AssignmentEngine[2 members, 1 on duty, 1 open items; "
                + "AssignmentPolicy[sticky owner; 1: Rule[anyone: least loaded]]]");
  }
}
