package io.crmkit.sales.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.team.MemberId;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Random sequences of pool operations never exceed a cap and keep one holder per customer. */
class PoolCapProperties {

  private static final LocalDate D0 = LocalDate.of(2024, 1, 1);
  private static final int REPS = 3;

  /** An operation: kind, customer, rep, other rep, day offset. */
  @Provide
  Arbitrary<List<int[]>> operations() {
    return Arbitraries.integers().between(0, 40).array(int[].class).ofSize(5).list().ofMaxSize(150);
  }

  @Property(tries = 300)
  void capsAreNeverExceeded(
      @ForAll("operations") List<int[]> ops,
      @ForAll @IntRange(max = 4) int holdCap,
      @ForAll @IntRange(max = 3) int dailyCap) {
    PoolRules rules =
        PoolRules.days(20, 40, 3)
            .withCaps(holdCap, dailyCap)
            .withHoldCap(MemberId.of("r0"), holdCap + 2);
    CustomerPool pool = CustomerPool.inMemory(rules);
    Map<String, Integer> wonClaims = new HashMap<>();
    int day = 0;
    for (int[] op : ops) {
      day += op[4] % 3; // days only move forward, as in an application
      LocalDate today = D0.plusDays(day);
      CustomerId c = CustomerId.of("c" + op[1] % 12);
      MemberId rep = MemberId.of("r" + op[2] % REPS);
      MemberId other = MemberId.of("r" + op[3] % REPS);
      boolean wasHeld = pool.holder(c).isPresent();
      switch (op[0] % 6) {
        case 0 -> {
          ClaimOutcome o = pool.claim(c, rep, today);
          if (wasHeld) {
            assertThat(o).isInstanceOf(ClaimOutcome.Lost.class);
          }
          if (o.won()) {
            wonClaims.merge(rep + "@" + today, 1, Integer::sum);
          }
        }
        case 1 -> pool.assign(c, rep, today, "lead");
        case 2 -> {
          if (!rep.equals(other)) {
            pool.transfer(c, rep, other, today, "swap");
          }
        }
        case 3 -> pool.release(c, rep, today, "");
        case 4 -> pool.followUp(c, rep, today);
        default -> pool.reclaim(today);
      }
      int total = 0;
      for (int r = 0; r < REPS; r++) {
        MemberId m = MemberId.of("r" + r);
        int held = pool.repository().countHeldBy(m);
        assertThat(held).isLessThanOrEqualTo(rules.holdCapOf(m));
        assertThat(pool.heldBy(m)).hasSize(held);
        assertThat(pool.repository().claimsOn(m, today)).isLessThanOrEqualTo(dailyCap);
        total += held;
      }
      assertThat(pool.repository().held()).hasSize(total);
    }
    wonClaims.values().forEach(n -> assertThat(n).isLessThanOrEqualTo(dailyCap));
  }
}
