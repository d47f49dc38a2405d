package io.crmkit.testing.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.team.MemberId;
import io.crmkit.sales.pool.ClaimOutcome;
import io.crmkit.sales.pool.Ownership;
import io.crmkit.sales.pool.OwnershipEvent;
import io.crmkit.sales.pool.PoolRepository;
import io.crmkit.sales.pool.PoolRules;
import io.crmkit.sales.pool.ReclaimReason;
import io.crmkit.testing.Concurrently;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link PoolRepository} must pass, races included. To test your own
 * implementation, add crm-testing as a test dependency and write
 *
 * <pre>{@code
 * class JdbcPoolRepositoryTest extends PoolRepositoryContract {
 *   @Override protected PoolRepository newRepository() { return new JdbcPoolRepository(freshDb()); }
 * }
 * }</pre>
 *
 * <p>{@link #newRepository()} must return an empty repository each time it is called.
 *
 * @since 0.1
 */
public abstract class PoolRepositoryContract {

  /** For subclasses. */
  protected PoolRepositoryContract() {}

  /** A day of the tests. */
  protected static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  /** Rules with caps of 5 held and 3 claims a day. */
  protected static final PoolRules RULES = PoolRules.days(30, 90, 5).withCaps(5, 3);

  private static final MemberId ANN = MemberId.of("ann");
  private static final MemberId BOB = MemberId.of("bob");
  private static final CustomerId C1 = CustomerId.of("c1");

  /** A new, empty repository. */
  protected abstract PoolRepository newRepository();

  @Test
  void anEmptyRepositoryHoldsNothing() {
    PoolRepository r = newRepository();
    assertThat(r.find(C1)).isEmpty();
    assertThat(r.held()).isEmpty();
    assertThat(r.countHeldBy(ANN)).isZero();
    assertThat(r.claimsOn(ANN, DAY)).isZero();
    assertThat(r.events()).isEmpty();
  }

  @Test
  void theFirstClaimWinsAndTheSecondIsToldWhoWon() {
    PoolRepository r = newRepository();
    ClaimOutcome first = r.claim(C1, ANN, DAY, RULES);
    ClaimOutcome second = r.claim(C1, BOB, DAY.plusDays(1), RULES);
    assertThat(first).isEqualTo(new ClaimOutcome.Won(Ownership.taken(C1, ANN, DAY)));
    assertThat(second).isEqualTo(new ClaimOutcome.Lost(Ownership.taken(C1, ANN, DAY)));
    assertThat(r.find(C1)).contains(Ownership.taken(C1, ANN, DAY));
    assertThat(r.countHeldBy(ANN)).isEqualTo(1);
    assertThat(r.countHeldBy(BOB)).isZero();
    assertThat(r.claimsOn(ANN, DAY)).isEqualTo(1);
    assertThat(r.history(C1)).containsExactly(new OwnershipEvent.Claimed(C1, ANN, DAY));
  }

  @Test
  void holdAndDailyCapsRefuseAndNameTheCounts() {
    PoolRepository r = newRepository();
    for (int i = 0; i < 3; i++) {
      assertThat(r.claim(CustomerId.of("a" + i), ANN, DAY, RULES).won()).isTrue();
    }
    assertThat(r.claim(CustomerId.of("a3"), ANN, DAY, RULES))
        .isEqualTo(new ClaimOutcome.OverDailyCap(ANN, DAY, 3, 3));
    assertThat(r.claim(CustomerId.of("a3"), ANN, DAY.plusDays(1), RULES).won()).isTrue();
    assertThat(r.claim(CustomerId.of("a4"), ANN, DAY.plusDays(1), RULES).won()).isTrue();
    assertThat(r.claim(CustomerId.of("a5"), ANN, DAY.plusDays(1), RULES))
        .isEqualTo(new ClaimOutcome.OverHoldCap(ANN, 5, 5));
    assertThat(r.assign(CustomerId.of("a5"), ANN, DAY.plusDays(1), "lead", RULES))
        .isEqualTo(new ClaimOutcome.OverHoldCap(ANN, 5, 5));
    assertThat(r.find(CustomerId.of("a5"))).isEmpty();
    assertThat(r.countHeldBy(ANN)).isEqualTo(5);
  }

  @Test
  void assignmentIgnoresTheDailyCapButNotProtection() {
    PoolRepository r = newRepository();
    PoolRules oneADay = RULES.withCaps(5, 0);
    assertThat(r.assign(C1, ANN, DAY, "territory EU", oneADay))
        .isEqualTo(new ClaimOutcome.Won(Ownership.taken(C1, ANN, DAY)));
    assertThat(r.assign(C1, BOB, DAY, "territory EU", oneADay))
        .isEqualTo(new ClaimOutcome.Lost(Ownership.taken(C1, ANN, DAY)));
    assertThat(r.claimsOn(ANN, DAY)).isZero();
    assertThat(r.history(C1))
        .containsExactly(new OwnershipEvent.Assigned(C1, ANN, DAY, "territory EU"));
  }

  @Test
  void transfersAreRecordedAndOnlyFromTheHolder() {
    PoolRepository r = newRepository();
    assertThat(r.transfer(C1, ANN, BOB, DAY, "holiday", RULES))
        .isEqualTo(new ClaimOutcome.NotHeld(C1));
    r.claim(C1, ANN, DAY, RULES);
    MemberId cy = MemberId.of("cy");
    assertThat(r.transfer(C1, BOB, cy, DAY, "grab", RULES))
        .isEqualTo(new ClaimOutcome.Lost(Ownership.taken(C1, ANN, DAY)));
    LocalDate later = DAY.plusDays(10);
    assertThat(r.transfer(C1, ANN, BOB, later, "holiday", RULES))
        .isEqualTo(new ClaimOutcome.Won(Ownership.taken(C1, BOB, later)));
    assertThat(r.countHeldBy(ANN)).isZero();
    assertThat(r.countHeldBy(BOB)).isEqualTo(1);
    assertThat(r.history(C1))
        .containsExactly(
            new OwnershipEvent.Claimed(C1, ANN, DAY),
            new OwnershipEvent.Transferred(C1, ANN, BOB, later, "holiday"));
  }

  @Test
  void followUpsAndDealsOnlyByTheHolderAndNeverBackwards() {
    PoolRepository r = newRepository();
    r.claim(C1, ANN, DAY, RULES);
    assertThat(r.recordFollowUp(C1, BOB, DAY.plusDays(3))).isEmpty();
    assertThat(r.recordFollowUp(C1, ANN, DAY.plusDays(3)))
        .contains(new Ownership(C1, ANN, DAY, DAY.plusDays(3), DAY));
    assertThat(r.recordFollowUp(C1, ANN, DAY.plusDays(2)))
        .contains(new Ownership(C1, ANN, DAY, DAY.plusDays(3), DAY));
    assertThat(r.recordDeal(C1, ANN, DAY.plusDays(4)))
        .contains(new Ownership(C1, ANN, DAY, DAY.plusDays(3), DAY.plusDays(4)));
    assertThat(r.recordDeal(CustomerId.of("nobody's"), ANN, DAY)).isEmpty();
  }

  @Test
  void releaseAndReclaimReturnToThePoolOnlyFromTheExpectedState() {
    PoolRepository r = newRepository();
    r.claim(C1, ANN, DAY, RULES);
    assertThat(r.release(C1, BOB, DAY, "not mine")).isFalse();
    assertThat(r.release(C1, ANN, DAY.plusDays(1), "no budget")).isTrue();
    assertThat(r.find(C1)).isEmpty();
    assertThat(r.countHeldBy(ANN)).isZero();

    r.claim(C1, BOB, DAY.plusDays(2), RULES);
    Ownership stale = Ownership.taken(C1, BOB, DAY.plusDays(2));
    r.recordFollowUp(C1, BOB, DAY.plusDays(5));
    OwnershipEvent.Reclaimed event =
        new OwnershipEvent.Reclaimed(C1, BOB, DAY.plusDays(32), ReclaimReason.NO_FOLLOW_UP);
    assertThat(r.reclaim(stale, event)).isFalse();
    Ownership now = r.find(C1).orElseThrow();
    assertThat(r.reclaim(now, event)).isTrue();
    assertThat(r.reclaim(now, event)).isFalse();
    assertThat(r.find(C1)).isEmpty();
    assertThat(r.history(C1))
        .containsExactly(
            new OwnershipEvent.Claimed(C1, ANN, DAY),
            new OwnershipEvent.Released(C1, ANN, DAY.plusDays(1), "no budget"),
            new OwnershipEvent.Claimed(C1, BOB, DAY.plusDays(2)),
            event);
    assertThat(r.events()).hasSize(4);
  }

  /**
   * 8 threads race to claim the same 500 customers, each for its own rep: every customer has
   * exactly one winner.
   */
  @Test
  void racingClaimsHaveExactlyOneWinnerPerCustomer() throws Exception {
    PoolRepository r = newRepository();
    PoolRules loose = RULES.withCaps(10_000, 10_000);
    int customers = 500;
    Map<CustomerId, MemberId> winners = new ConcurrentHashMap<>();
    List<ClaimOutcome.Lost> losses = new java.util.concurrent.CopyOnWriteArrayList<>();
    race(
        8,
        customers,
        (thread, i) -> {
          CustomerId c = CustomerId.of("c" + ((i + thread * 37) % customers));
          ClaimOutcome o = r.claim(c, MemberId.of("rep" + thread), DAY, loose);
          if (o instanceof ClaimOutcome.Won w) {
            assertThat(winners.putIfAbsent(c, w.ownership().owner())).isNull();
          } else if (o instanceof ClaimOutcome.Lost l) {
            losses.add(l);
          } else {
            throw new AssertionError("unexpected outcome " + o);
          }
        });
    assertThat(winners).hasSize(customers);
    assertThat(losses).hasSize(7 * customers);
    for (ClaimOutcome.Lost l : losses) {
      assertThat(l.holder().owner()).isEqualTo(winners.get(l.holder().customer()));
    }
    assertThat(r.events()).hasSize(customers);
    Map<MemberId, Integer> counts = new HashMap<>();
    winners.values().forEach(m -> counts.merge(m, 1, Integer::sum));
    counts.forEach((m, n) -> assertThat(r.countHeldBy(m)).isEqualTo(n));
  }

  /** 8 threads claim different customers for the same 2 reps: neither cap is ever exceeded. */
  @Test
  void racingClaimsNeverExceedTheCaps() throws Exception {
    PoolRepository r = newRepository();
    PoolRules caps = RULES.withCaps(40, 25).withHoldCap(BOB, 7);
    AtomicInteger won = new AtomicInteger();
    race(
        8,
        200,
        (thread, i) -> {
          MemberId rep = i % 2 == 0 ? ANN : BOB;
          LocalDate day = DAY.plusDays(i % 3);
          if (r.claim(CustomerId.of(thread + "-" + i), rep, day, caps).won()) {
            won.incrementAndGet();
          }
        });
    assertThat(r.countHeldBy(ANN)).isEqualTo(40);
    assertThat(r.countHeldBy(BOB)).isEqualTo(7);
    assertThat(won.get()).isEqualTo(47);
    for (int d = 0; d < 3; d++) {
      assertThat(r.claimsOn(ANN, DAY.plusDays(d))).isLessThanOrEqualTo(25);
    }
    assertThat(r.heldBy(ANN)).hasSize(40);
  }

  /**
   * Threads transfer and reclaim the same customers at once: each customer ends with one holder or
   * none, counts agree.
   */
  @Test
  void racingTransfersAndReclaimsKeepOneHolder() throws Exception {
    PoolRepository r = newRepository();
    PoolRules loose = RULES.withCaps(10_000, 10_000);
    int customers = 200;
    for (int i = 0; i < customers; i++) {
      r.claim(CustomerId.of("c" + i), ANN, DAY, loose);
    }
    race(
        8,
        customers,
        (thread, i) -> {
          CustomerId c = CustomerId.of("c" + i);
          if (thread % 2 == 0) {
            r.transfer(c, ANN, MemberId.of("rep" + thread), DAY.plusDays(1), "race", loose);
          } else {
            Optional<Ownership> now = r.find(c);
            now.ifPresent(
                o ->
                    r.reclaim(
                        o,
                        new OwnershipEvent.Reclaimed(
                            c, o.owner(), DAY.plusDays(30), ReclaimReason.NO_FOLLOW_UP)));
          }
        });
    int total = 0;
    for (int t = 0; t < 8; t++) {
      total += r.countHeldBy(MemberId.of("rep" + t));
    }
    total += r.countHeldBy(ANN);
    assertThat(total).isEqualTo(r.held().size());
    for (int i = 0; i < customers; i++) {
      CustomerId c = CustomerId.of("c" + i);
      List<OwnershipEvent> h = r.history(c);
      long transfers = h.stream().filter(OwnershipEvent.Transferred.class::isInstance).count();
      assertThat(transfers).isLessThanOrEqualTo(1);
      OwnershipEvent last = h.get(h.size() - 1);
      assertThat(r.find(c).isPresent()).isEqualTo(!(last instanceof OwnershipEvent.Reclaimed));
      r.find(c)
          .ifPresent(
              o ->
                  assertThat(last)
                      .isInstanceOfAny(
                          OwnershipEvent.Claimed.class, OwnershipEvent.Transferred.class));
    }
  }

  private static void race(int threads, int perThread, Concurrently.Step step) throws Exception {
    Concurrently.run(threads, perThread, step);
  }
}
