package io.crmkit.sales.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.assignment.AssignmentOutcome;
import io.crmkit.core.assignment.AssignmentPolicy;
import io.crmkit.core.assignment.Condition;
import io.crmkit.core.assignment.Rebalance;
import io.crmkit.core.assignment.Rule;
import io.crmkit.core.assignment.Strategy;
import io.crmkit.core.assignment.WorkItem;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.team.AttributeKey;
import io.crmkit.core.team.Member;
import io.crmkit.core.team.MemberId;
import io.crmkit.sales.pool.CustomerPool;
import io.crmkit.sales.pool.PoolRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Routing random leads among reps with random hold caps, duty changes and direct claims never
 * breaks a cap.
 */
class LeadRouterProperties {

  private static final int REPS = 4;
  private static final String[] TERRITORIES = {"EU", "US", "APAC"};

  /**
   * Per step: customer, territory, language, action (route, direct claim, off/on duty, reclaim),
   * rep.
   */
  @Provide
  Arbitrary<List<int[]>> steps() {
    return Arbitraries.integers().between(0, 99).array(int[].class).ofSize(5).list().ofMaxSize(120);
  }

  @Provide
  Arbitrary<int[]> caps() {
    return Arbitraries.integers().between(0, 6).array(int[].class).ofSize(REPS);
  }

  @Property(tries = 300)
  void holdCapsAreNeverExceededAndLeadsFollowTheirCustomer(
      @ForAll("steps") List<int[]> steps,
      @ForAll("caps") int[] caps,
      @ForAll @IntRange(max = 1) int sticky) {
    PoolRules rules = PoolRules.days(10, 20, 2);
    List<Member> reps = new ArrayList<>();
    for (int r = 0; r < REPS; r++) {
      rules = rules.withHoldCap(MemberId.of("r" + r), caps[r]);
      reps.add(
          Member.builder("r" + r)
              .territories(TERRITORIES[r % 3])
              .languages(r % 2 == 0 ? "en" : "de")
              .build());
    }
    CustomerPool pool = CustomerPool.inMemory(rules);
    AssignmentPolicy policy =
        AssignmentPolicy.of(
            Rule.of(
                Strategy.LEAST_LOADED,
                Condition.sameAttribute(AttributeKey.TERRITORY),
                Condition.sameAttribute(AttributeKey.LANGUAGE)),
            Rule.of(Strategy.ROUND_ROBIN, Condition.sameAttribute(AttributeKey.TERRITORY)),
            Rule.anyone(Strategy.WEIGHTED_ROUND_ROBIN));
    Clock clock = Clock.fixed(Instant.parse("2024-03-01T10:00:00Z"), ZoneOffset.UTC);
    LeadRouter router =
        LeadRouter.of(
            reps, sticky == 1 ? policy.withStickyOwner() : policy, pool, clock, ZoneOffset.UTC);
    LocalDate day = LocalDate.of(2024, 3, 1);
    for (int i = 0; i < steps.size(); i++) {
      int[] s = steps.get(i);
      CustomerId c = CustomerId.of("c" + s[0] % 15);
      MemberId rep = MemberId.of("r" + s[4] % REPS);
      switch (s[3] % 8) {
        case 5 -> pool.claim(c, rep, day);
        case 6 -> router.offDuty(rep, Rebalance.MOVE_OPEN_ITEMS);
        case 7 -> router.onDuty(rep, Rebalance.MOVE_OPEN_ITEMS);
        default -> {
          boolean heldBefore = pool.holder(c).isPresent();
          AssignmentOutcome o =
              router.route(
                  WorkItem.builder("lead-" + i)
                      .customer(c)
                      .territory(TERRITORIES[s[1] % 3])
                      .language(s[2] % 2 == 0 ? "en" : "de")
                      .build());
          if (heldBefore) {
            assertThat(o.assignment()).isPresent();
          }
          o.assignment()
              .ifPresent(a -> assertThat(pool.holder(c).map(h -> h.owner())).contains(a.member()));
        }
      }
      int total = 0;
      for (int r = 0; r < REPS; r++) {
        MemberId m = MemberId.of("r" + r);
        int held = pool.repository().countHeldBy(m);
        assertThat(held).isLessThanOrEqualTo(caps[r]);
        total += held;
      }
      assertThat(pool.repository().held()).hasSize(total);
    }
  }
}
