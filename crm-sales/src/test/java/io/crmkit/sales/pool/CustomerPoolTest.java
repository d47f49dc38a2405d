package io.crmkit.sales.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.team.MemberId;
import io.crmkit.testing.Concurrently;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CustomerPoolTest {

  private static final MemberId ANN = MemberId.of("ann");
  private static final MemberId BOB = MemberId.of("bob");
  private static final CustomerId ACME = CustomerId.of("acme");
  private static final LocalDate MAR_1 = LocalDate.of(2024, 3, 1);

  /** N = 30 days without follow-up, M = 90 days without deal, reminder K = 5 days before. */
  private static final PoolRules RULES = PoolRules.days(30, 90, 5).withCaps(3, 2);

  @Test
  void anOwnedCustomerIsProtectedAndTheLoserIsToldWhoWon() {
    CustomerPool pool = CustomerPool.inMemory(RULES);
    assertThat(pool.claim(ACME, ANN, MAR_1).won()).isTrue();
    ClaimOutcome bob = pool.claim(ACME, BOB, MAR_1.plusDays(3));
    assertThat(bob)
        .hasToString(
            "lost: acme held by ann since 2024-03-01 (follow-up 2024-03-01, deal 2024-03-01)");
    assertThat(pool.holder(ACME).map(Ownership::owner)).contains(ANN);
  }

  @Test
  void aCustomerWithoutFollowUpReturnsAfterNDaysWithAReminderKDaysBefore() {
    CustomerPool pool = CustomerPool.inMemory(RULES);
    pool.claim(ACME, ANN, MAR_1);
    pool.followUp(ACME, ANN, LocalDate.of(2024, 3, 10));
    LocalDate due = LocalDate.of(2024, 4, 9); // 10 March + 30 days
    assertThat(pool.reminders(due.minusDays(6))).isEmpty();
    assertThat(pool.reminders(due.minusDays(5)))
        .containsExactly(new Reminder(ACME, ANN, due, ReclaimReason.NO_FOLLOW_UP, 5));
    assertThat(pool.reminders(due.minusDays(1)).get(0))
        .hasToString("ann: acme goes back to the pool on 2024-04-09 (NO_FOLLOW_UP, 1 day left)");
    assertThat(pool.reclaim(due.minusDays(1)).reclaimed()).isEmpty();
    ReclaimPlan plan = pool.reclaim(due);
    assertThat(plan.reclaimed())
        .containsExactly(new OwnershipEvent.Reclaimed(ACME, ANN, due, ReclaimReason.NO_FOLLOW_UP));
    assertThat(pool.holder(ACME)).isEmpty();
    assertThat(pool.claim(ACME, BOB, due).won()).isTrue();
  }

  @Test
  void regularFollowUpsWithoutADealStillReturnAfterMDays() {
    CustomerPool pool = CustomerPool.inMemory(RULES);
    pool.claim(ACME, ANN, MAR_1);
    for (int week = 1; week <= 12; week++) {
      pool.followUp(ACME, ANN, MAR_1.plusWeeks(week));
    }
    LocalDate due = MAR_1.plusDays(90); // 30 May
    assertThat(pool.plan(due.minusDays(1)).reminders())
        .extracting(Reminder::reason)
        .containsExactly(ReclaimReason.NO_DEAL);
    assertThat(pool.reclaim(due).reclaimed())
        .containsExactly(new OwnershipEvent.Reclaimed(ACME, ANN, due, ReclaimReason.NO_DEAL));
  }

  @Test
  void aDealRestartsTheDealClock() {
    CustomerPool pool = CustomerPool.inMemory(PoolRules.days(30, 60, 0));
    pool.claim(ACME, ANN, MAR_1);
    pool.deal(ACME, ANN, MAR_1.plusDays(50));
    for (int d = 10; d <= 100; d += 10) {
      pool.followUp(ACME, ANN, MAR_1.plusDays(d));
    }
    assertThat(pool.reclaim(MAR_1.plusDays(109)).reclaimed()).isEmpty();
    assertThat(pool.reclaim(MAR_1.plusDays(110)).reclaimed())
        .extracting(OwnershipEvent.Reclaimed::reason)
        .containsExactly(ReclaimReason.NO_DEAL);
  }

  @Test
  void reclaimIsIdempotentAndDatedByTheDueDay() {
    CustomerPool pool = CustomerPool.inMemory(RULES.withCaps(10, 10));
    pool.claim(ACME, ANN, MAR_1);
    pool.claim(CustomerId.of("zeta"), BOB, MAR_1.plusDays(2));
    LocalDate late = MAR_1.plusDays(45);
    ReclaimPlan first = pool.reclaim(late);
    ReclaimPlan second = pool.reclaim(late);
    assertThat(first.reclaimed())
        .extracting(OwnershipEvent.Reclaimed::day)
        .containsExactly(MAR_1.plusDays(30), MAR_1.plusDays(32));
    assertThat(second.reclaimed()).isEmpty();
    assertThat(pool.repository().events()).hasSize(4);
    assertThat(first).hasToString("reclaim on 2024-04-15: 2 back to the pool, 0 reminders, 0 kept");
  }

  @Test
  void capsOnHoldingAndDailyClaims() {
    CustomerPool pool = CustomerPool.inMemory(RULES);
    assertThat(pool.claim(CustomerId.of("a"), ANN, MAR_1).won()).isTrue();
    assertThat(pool.claim(CustomerId.of("b"), ANN, MAR_1).won()).isTrue();
    assertThat(pool.claim(CustomerId.of("c"), ANN, MAR_1))
        .hasToString("refused: ann claimed 2 customers on 2024-03-01, cap 2 a day");
    assertThat(pool.claim(CustomerId.of("c"), ANN, MAR_1.plusDays(1)).won()).isTrue();
    assertThat(pool.claim(CustomerId.of("d"), ANN, MAR_1.plusDays(1)))
        .hasToString("refused: ann holds 3 customers, cap 3");
    CustomerPool generous = pool.withRules(RULES.withHoldCap(ANN, 4));
    assertThat(generous.claim(CustomerId.of("d"), ANN, MAR_1.plusDays(1)).won()).isTrue();
    assertThat(pool.heldBy(ANN))
        .extracting(o -> o.customer().value())
        .containsExactly("a", "b", "c", "d");
  }

  @Test
  void transfersAreRecordedAndRestartTheClocks() {
    CustomerPool pool = CustomerPool.inMemory(RULES);
    pool.claim(ACME, ANN, MAR_1);
    LocalDate day = MAR_1.plusDays(20);
    assertThat(pool.transfer(ACME, ANN, BOB, day, "ann on leave").won()).isTrue();
    assertThat(pool.history(ACME))
        .extracting(Object::toString)
        .containsExactly(
            "2024-03-01 ann claimed acme",
            "2024-03-21 acme transferred from ann to bob (ann on leave)");
    assertThat(pool.plan(MAR_1.plusDays(30)).reclaimed()).isEmpty();
    assertThat(pool.plan(day.plusDays(30)).reclaimed()).hasSize(1);
    assertThatThrownBy(() -> pool.transfer(ACME, BOB, BOB, day, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("to must differ from from but both were: bob");
  }

  @Test
  void reclaimLeavesACustomerFollowedUpWhileItRuns() {
    InMemoryPoolRepository inner = InMemoryPoolRepository.create();
    AtomicInteger reclaims = new AtomicInteger();
    PoolRepository racing =
        new ForwardingPoolRepository(inner) {
          @Override
          public boolean reclaim(Ownership expected, OwnershipEvent.Reclaimed event) {
            if (reclaims.getAndIncrement() == 0) {
              inner.recordFollowUp(expected.customer(), expected.owner(), event.day());
            }
            return super.reclaim(expected, event);
          }
        };
    CustomerPool pool = CustomerPool.of(RULES, racing);
    pool.claim(ACME, ANN, MAR_1);
    pool.claim(CustomerId.of("b"), ANN, MAR_1);
    ReclaimPlan plan = pool.reclaim(MAR_1.plusDays(31));
    assertThat(plan.reclaimed()).extracting(r -> r.customer().value()).containsExactly("b");
    assertThat(pool.holder(ACME)).isPresent();
  }

  /**
   * 7 threads claim and follow up the same 100 customers over 60 days while an 8th reclaims every
   * day: each customer's history alternates between being taken and going back, the holder is the
   * last taker, and no cap is exceeded.
   */
  @Test
  void racingClaimsFollowUpsAndReclaimsKeepEachHistoryConsistent() throws Exception {
    CustomerPool pool = CustomerPool.inMemory(PoolRules.days(5, 20, 1).withCaps(30, 1_000));
    Concurrently.run(
        8,
        60 * 50,
        (thread, i) -> {
          LocalDate day = MAR_1.plusDays(i / 50);
          if (thread == 7) {
            if (i % 50 == 0) {
              pool.reclaim(day);
            }
            return;
          }
          CustomerId c = CustomerId.of("c" + (i * 31 + thread * 17) % 100);
          MemberId rep = MemberId.of("r" + thread);
          if (i % 3 == 0) {
            pool.followUp(c, rep, day);
          } else {
            pool.claim(c, rep, day);
          }
        });
    // the reclaiming thread may have run ahead of the others: a last reclaim after all activity
    // returns every silent customer, so the histories below always hold reclaims
    pool.reclaim(MAR_1.plusDays(90));
    int reclaimed = 0;
    for (int k = 0; k < 100; k++) {
      CustomerId c = CustomerId.of("c" + k);
      MemberId taker = null;
      for (OwnershipEvent e : pool.history(c)) {
        if (e instanceof OwnershipEvent.Claimed claimed) {
          assertThat(taker).as("%s claimed while held", e).isNull();
          taker = claimed.rep();
        } else if (e instanceof OwnershipEvent.Reclaimed back) {
          assertThat(back.rep()).as("%s", e).isEqualTo(taker);
          taker = null;
          reclaimed++;
        } else {
          throw new AssertionError("unexpected event " + e);
        }
      }
      assertThat(pool.holder(c).map(Ownership::owner).orElse(null)).isEqualTo(taker);
    }
    assertThat(reclaimed).isPositive();
    for (int t = 0; t < 7; t++) {
      assertThat(pool.heldBy(MemberId.of("r" + t)).size()).isLessThanOrEqualTo(30);
    }
  }

  @Test
  void rulesAreValidatedWithTheFieldAndValue() {
    assertThatThrownBy(() -> PoolRules.days(0, 90, 0))
        .hasMessage("followUpDays must be at least 1 but was: 0");
    assertThatThrownBy(() -> PoolRules.days(30, 90, 30))
        .hasMessage(
            "reminderDays must be in [0, 29] (below followUpDays and dealDays) but was: 30");
    assertThatThrownBy(() -> PoolRules.days(30, 90, 5).withCaps(-1, 0))
        .hasMessage("holdCap must not be negative but was: -1");
    assertThatThrownBy(() -> new PoolRules(30, 90, 5, 1, 1, Map.of(ANN, -2)))
        .hasMessage("hold cap of ann must not be negative but was: -2");
    assertThat(RULES)
        .hasToString(
            "pool rules: back after 30 days without follow-up or 90 without deal, reminder 5 "
                + "days before; hold 3, claim 2/day");
    assertThatThrownBy(() -> new Ownership(ACME, ANN, MAR_1, MAR_1.minusDays(1), MAR_1))
        .hasMessage(
            "lastFollowUp of customer acme must be on or after since 2024-03-01 but was: 2024-02-29");
    assertThatThrownBy(
            () ->
                ReclaimPlan.of(
                    List.of(Ownership.taken(ACME, ANN, MAR_1), Ownership.taken(ACME, BOB, MAR_1)),
                    RULES,
                    MAR_1))
        .hasMessage("held must name each customer once but named twice: acme");
  }
}
