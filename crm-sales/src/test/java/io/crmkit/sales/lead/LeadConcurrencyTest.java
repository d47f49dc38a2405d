package io.crmkit.sales.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.assignment.AssignmentOutcome;
import io.crmkit.core.assignment.AssignmentPolicy;
import io.crmkit.core.assignment.Condition;
import io.crmkit.core.assignment.Rule;
import io.crmkit.core.assignment.Strategy;
import io.crmkit.core.assignment.WorkItem;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.team.AttributeKey;
import io.crmkit.core.team.Member;
import io.crmkit.core.team.MemberId;
import io.crmkit.sales.pool.CustomerPool;
import io.crmkit.sales.pool.Ownership;
import io.crmkit.sales.pool.OwnershipEvent;
import io.crmkit.sales.pool.PoolRules;
import io.crmkit.testing.Concurrently;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * 8 threads route 40,000 leads (each lead twice, over 6,000 customers) through two routers sharing
 * one pool, while reps also claim from the pool directly: no hold cap is exceeded, no customer has
 * two holders, no lead is assigned twice.
 */
class LeadConcurrencyTest {

  private static final int REPS = 20;
  private static final int CUSTOMERS = 6_000;
  private static final int LEADS = 20_000;

  @Test
  void racingRoutersAndClaimsKeepCapsAndOneHolder() throws Exception {
    PoolRules rules =
        PoolRules.days(30, 90, 5).withCaps(250, 1_000_000).withHoldCap(MemberId.of("rep0"), 20);
    CustomerPool pool = CustomerPool.inMemory(rules);
    List<Member> reps = new ArrayList<>();
    for (int r = 0; r < REPS; r++) {
      reps.add(Member.builder("rep" + r).territories(r % 2 == 0 ? "EU" : "US").build());
    }
    AssignmentPolicy policy =
        AssignmentPolicy.of(
                Rule.of(Strategy.LEAST_LOADED, Condition.sameAttribute(AttributeKey.TERRITORY)),
                Rule.anyone(Strategy.ROUND_ROBIN))
            .withStickyOwner();
    Clock clock = Clock.fixed(Instant.parse("2024-03-01T09:00:00Z"), ZoneOffset.UTC);
    PoolAssignmentRepository shared = PoolAssignmentRepository.of(pool, ZoneOffset.UTC);
    LeadRouter[] routers = {
      LeadRouter.of(reps, policy, shared, clock), LeadRouter.of(reps, policy, shared, clock)
    };
    Map<String, String> assignedTo = new ConcurrentHashMap<>();
    LocalDate day = LocalDate.of(2024, 3, 1);

    Concurrently.run(
        8,
        LEADS * 2 / 8,
        (thread, i) -> {
          int lead = (i * 8 + thread) % LEADS;
          if (thread == 7 && i % 10 == 0) {
            pool.claim(
                CustomerId.of("c" + (lead * 7919) % CUSTOMERS), MemberId.of("rep" + i % REPS), day);
          }
          WorkItem item =
              WorkItem.builder("lead-" + lead)
                  .customer(CustomerId.of("c" + (lead * 7919) % CUSTOMERS))
                  .territory(lead % 3 == 0 ? "US" : "EU")
                  .build();
          AssignmentOutcome o = routers[thread % 2].route(item);
          o.assignment()
              .ifPresent(
                  a -> {
                    String before = assignedTo.putIfAbsent(item.id().value(), a.member().value());
                    assertThat(before == null || before.equals(a.member().value()))
                        .as("lead %s to %s and %s", item.id(), before, a.member())
                        .isTrue();
                  });
        });

    int held = 0;
    for (Member m : reps) {
      int n = pool.repository().countHeldBy(m.id());
      assertThat(n).as("held by %s", m.id()).isLessThanOrEqualTo(rules.holdCapOf(m.id()));
      assertThat(pool.heldBy(m.id())).hasSize(n);
      held += n;
    }
    List<Ownership> all = pool.repository().held();
    assertThat(all).hasSize(held);
    assertThat(held)
        .isEqualTo(19 * 250 + 20); // demand (6,000 customers) exceeds the caps: every rep is full
    Map<CustomerId, Integer> takes = new HashMap<>();
    for (OwnershipEvent e : pool.repository().events()) {
      takes.merge(e.customer(), 1, Integer::sum);
    }
    takes.forEach((c, n) -> assertThat(n).as("takes of %s", c).isEqualTo(1));
    assertThat(takes).hasSize(held);
    // every assigned lead's customer is held by the lead's rep
    assignedTo.forEach(
        (leadId, rep) -> {
          int lead = Integer.parseInt(leadId.substring(5));
          CustomerId c = CustomerId.of("c" + (lead * 7919) % CUSTOMERS);
          assertThat(pool.holder(c).map(o -> o.owner().value())).contains(rep);
        });
  }
}
