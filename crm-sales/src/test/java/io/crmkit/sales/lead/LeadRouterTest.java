package io.crmkit.sales.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.assignment.Assignment;
import io.crmkit.core.assignment.AssignmentOutcome;
import io.crmkit.core.assignment.AssignmentPolicy;
import io.crmkit.core.assignment.Condition;
import io.crmkit.core.assignment.Move;
import io.crmkit.core.assignment.Rebalance;
import io.crmkit.core.assignment.Rule;
import io.crmkit.core.assignment.Strategy;
import io.crmkit.core.assignment.WorkItem;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.team.AttributeKey;
import io.crmkit.core.team.Member;
import io.crmkit.core.team.MemberId;
import io.crmkit.sales.pool.CustomerPool;
import io.crmkit.sales.pool.OwnershipEvent;
import io.crmkit.sales.pool.PoolRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadRouterTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final Instant NOW = Instant.parse("2024-03-01T08:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2024, 3, 1);
  static final MemberId ANN = MemberId.of("ann");
  static final MemberId BOB = MemberId.of("bob");
  static final MemberId CY = MemberId.of("cy");

  static final List<Member> REPS =
      List.of(
          Member.builder("ann").territories("EU").languages("de", "en").products("crm").build(),
          Member.builder("bob").territories("EU").languages("en").products("erp").build(),
          Member.builder("cy").territories("US").languages("en").products("crm", "erp").build());

  /**
   * Rule 1: territory and language; rule 2: territory; rule 3: product; rule 4: anyone; sticky
   * owner first.
   */
  static final AssignmentPolicy POLICY =
      AssignmentPolicy.of(
              Rule.of(
                  Strategy.LEAST_LOADED,
                  Condition.sameAttribute(AttributeKey.TERRITORY),
                  Condition.sameAttribute(AttributeKey.LANGUAGE)),
              Rule.of(Strategy.LEAST_LOADED, Condition.sameAttribute(AttributeKey.TERRITORY)),
              Rule.of(Strategy.ROUND_ROBIN, Condition.sameAttribute(AttributeKey.PRODUCT)),
              Rule.anyone(Strategy.LEAST_LOADED))
          .withStickyOwner();

  private static WorkItem lead(String id, String customer, String territory, String language) {
    return WorkItem.builder(id)
        .customer(CustomerId.of(customer))
        .territory(territory)
        .language(language)
        .build();
  }

  private static LeadRouter router(CustomerPool pool) {
    return LeadRouter.of(REPS, POLICY, pool, Clock.fixed(NOW, ZoneOffset.UTC), BERLIN);
  }

  private static Assignment assigned(AssignmentOutcome o) {
    return o.assignment().orElseThrow(() -> new AssertionError("not assigned: " + o));
  }

  @Test
  void rulesByTerritoryAndLanguageWithFallbacksAndTheCustomerGoesToTheRep() {
    CustomerPool pool = CustomerPool.inMemory(PoolRules.days(30, 90, 5));
    LeadRouter router = router(pool);
    AssignmentOutcome first = router.route(lead("l-1", "acme", "EU", "de"));
    assertThat(assigned(first).member()).isEqualTo(ANN);
    assertThat(first.explanation()).startsWith("rule 1: ").endsWith("least loaded of 1");
    AssignmentOutcome second = router.route(lead("l-2", "bmw", "EU", "fr"));
    assertThat(assigned(second).member()).isEqualTo(BOB);
    assertThat(second.explanation()).startsWith("rule 2: ").endsWith("least loaded of 2");
    AssignmentOutcome third =
        router.route(
            WorkItem.builder("l-3")
                .customer(CustomerId.of("cat"))
                .territory("APAC")
                .product("erp")
                .build());
    assertThat(third.explanation()).startsWith("rule 3: ").endsWith("round robin of 2");
    assertThat(pool.holder(CustomerId.of("acme")).orElseThrow().owner()).isEqualTo(ANN);
    assertThat(pool.history(CustomerId.of("acme")))
        .containsExactly(
            new OwnershipEvent.Assigned(CustomerId.of("acme"), ANN, TODAY, first.explanation()));
  }

  @Test
  void aLeadOfAHeldCustomerGoesToItsHolder() {
    CustomerPool pool = CustomerPool.inMemory(PoolRules.days(30, 90, 5));
    pool.claim(CustomerId.of("acme"), CY, TODAY.minusDays(3));
    AssignmentOutcome o = router(pool).route(lead("l-1", "acme", "EU", "de"));
    assertThat(o.isNew()).isFalse();
    assertThat(assigned(o).member()).isEqualTo(CY);
    assertThat(assigned(o).explanation()).isEqualTo("protected: acme held by cy since 2024-02-27");
    assertThat(pool.heldBy(ANN)).isEmpty();
  }

  @Test
  void aReturningCustomerGoesBackToItsLastOwner() {
    CustomerPool pool = CustomerPool.inMemory(PoolRules.days(30, 90, 5));
    pool.claim(CustomerId.of("acme"), CY, TODAY.minusDays(40));
    assertThat(pool.reclaim(TODAY).reclaimed()).hasSize(1);
    AssignmentOutcome o = router(pool).route(lead("l-1", "acme", "EU", "de"));
    assertThat(o.isNew()).isTrue();
    assertThat(o.explanation()).isEqualTo("sticky owner cy of returning customer acme");
    assertThat(pool.holder(CustomerId.of("acme")).orElseThrow().owner()).isEqualTo(CY);
  }

  @Test
  void theHoldCapIsTheCapacity() {
    CustomerPool pool =
        CustomerPool.inMemory(PoolRules.days(30, 90, 5).withCaps(1, 5).withHoldCap(BOB, 0));
    LeadRouter router = router(pool);
    assertThat(assigned(router.route(lead("l-1", "a", "EU", "de"))).member()).isEqualTo(ANN);
    AssignmentOutcome second = router.route(lead("l-2", "b", "EU", "de"));
    assertThat(assigned(second).member()).isEqualTo(CY);
    assertThat(second.explanation()).startsWith("rule 4: ");
    AssignmentOutcome third = router.route(lead("l-3", "c", "EU", "de"));
    assertThat(third.assignment()).isEmpty();
    assertThat(third.explanation()).startsWith("no member available");
    assertThat(pool.holder(CustomerId.of("c"))).isEmpty();
  }

  @Test
  void aRepOffDutyHandsOverOpenLeadsAndGetsThemBack() {
    CustomerPool pool = CustomerPool.inMemory(PoolRules.days(30, 90, 5));
    LeadRouter router = router(pool);
    router.route(lead("l-1", "acme", "EU", "de"));
    router.route(lead("l-2", "bmw", "EU", "de"));
    List<Move> away = router.offDuty(ANN, Rebalance.MOVE_OPEN_ITEMS);
    assertThat(away).extracting(Move::to).containsExactly(BOB, BOB);
    assertThat(pool.heldBy(BOB)).hasSize(2);
    assertThat(pool.history(CustomerId.of("acme")).get(1))
        .isInstanceOf(OwnershipEvent.Transferred.class);
    List<Move> back = router.onDuty(ANN, Rebalance.MOVE_OPEN_ITEMS);
    assertThat(back).extracting(Move::to).containsExactly(ANN, ANN);
    assertThat(pool.heldBy(ANN)).hasSize(2);
    assertThat(router.close(io.crmkit.core.assignment.ItemId.of("l-1"))).isTrue();
    assertThat(pool.heldBy(ANN)).hasSize(2);
  }

  @Test
  void aLeadMustNameItsCustomer() {
    LeadRouter router = router(CustomerPool.inMemory(PoolRules.days(30, 90, 5)));
    assertThatThrownBy(() -> router.route(WorkItem.of("l-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lead l-1 must name its customer but names none");
  }
}
