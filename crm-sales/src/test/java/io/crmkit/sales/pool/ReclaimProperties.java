package io.crmkit.sales.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.team.MemberId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Reclaim is a pure, idempotent, replayable function; the column path agrees with the object path.
 */
class ReclaimProperties {

  private static final LocalDate D0 = LocalDate.of(2024, 1, 1);

  @Provide
  Arbitrary<PoolRules> rules() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 60),
            Arbitraries.integers().between(1, 120),
            Arbitraries.integers().between(0, 59))
        .as((n, m, k) -> PoolRules.days(n, m, k % Math.min(n, m)));
  }

  /**
   * Held customers: per customer an owner, a since offset and follow-up and deal offsets after it.
   */
  @Provide
  Arbitrary<List<Ownership>> held() {
    Arbitrary<int[]> row = Arbitraries.integers().between(0, 200).array(int[].class).ofSize(4);
    return row.list()
        .ofMaxSize(60)
        .map(
            rows -> {
              List<Ownership> out = new ArrayList<>();
              for (int i = 0; i < rows.size(); i++) {
                int[] r = rows.get(i);
                LocalDate since = D0.plusDays(r[0]);
                out.add(
                    new Ownership(
                        CustomerId.of("c" + i),
                        MemberId.of("rep" + r[1] % 4),
                        since,
                        since.plusDays(r[2] % 90),
                        since.plusDays(r[3] % 150)));
              }
              return out;
            });
  }

  @Property
  void reclaimIsIdempotent(
      @ForAll("held") List<Ownership> held,
      @ForAll("rules") PoolRules rules,
      @ForAll @IntRange(max = 500) int day) {
    ReclaimPlan once = ReclaimPlan.of(held, rules, D0.plusDays(day));
    ReclaimPlan twice = ReclaimPlan.of(once.kept(), rules, D0.plusDays(day));
    assertThat(twice.reclaimed()).isEmpty();
    assertThat(twice.kept()).isEqualTo(once.kept());
    assertThat(twice.reminders()).isEqualTo(once.reminders());
  }

  @Property
  void keptAndReclaimedPartitionTheHeldCustomers(
      @ForAll("held") List<Ownership> held,
      @ForAll("rules") PoolRules rules,
      @ForAll @IntRange(max = 500) int day) {
    LocalDate today = D0.plusDays(day);
    ReclaimPlan plan = ReclaimPlan.of(held, rules, today);
    Set<CustomerId> all = new HashSet<>();
    plan.kept().forEach(o -> assertThat(all.add(o.customer())).isTrue());
    plan.reclaimed().forEach(r -> assertThat(all.add(r.customer())).isTrue());
    assertThat(all).hasSize(held.size());
    plan.reclaimed().forEach(r -> assertThat(r.day()).isBeforeOrEqualTo(today));
    plan.kept().forEach(o -> assertThat(o.dueDate(rules)).isAfter(today));
    plan.reminders()
        .forEach(
            r -> {
              assertThat(r.daysLeft()).isBetween(1, rules.reminderDays());
              assertThat(r.dueDate()).isEqualTo(today.plusDays(r.daysLeft()));
            });
    assertThat(plan.reminders())
        .extracting(Reminder::customer)
        .isSubsetOf(plan.kept().stream().map(Ownership::customer).toList());
  }

  /**
   * Running reclaim every day from d1 to d2 ends where running it once on d2 ends, with the same
   * events.
   */
  @Property(tries = 200)
  void reclaimIsReplayable(
      @ForAll("held") List<Ownership> held,
      @ForAll("rules") PoolRules rules,
      @ForAll @IntRange(max = 300) int from,
      @ForAll @IntRange(max = 60) int days) {
    List<Ownership> state = held;
    List<OwnershipEvent.Reclaimed> events = new ArrayList<>();
    for (int d = from; d <= from + days; d++) {
      ReclaimPlan p = ReclaimPlan.of(state, rules, D0.plusDays(d));
      state = p.kept();
      events.addAll(p.reclaimed());
    }
    ReclaimPlan once = ReclaimPlan.of(held, rules, D0.plusDays(from + days));
    assertThat(state).isEqualTo(once.kept());
    assertThat(events).containsExactlyInAnyOrderElementsOf(once.reclaimed());
  }

  @Property
  void columnsAgreeWithObjects(
      @ForAll("held") List<Ownership> held,
      @ForAll("rules") PoolRules rules,
      @ForAll @IntRange(max = 500) int day) {
    LocalDate today = D0.plusDays(day);
    ReclaimPlan plan = ReclaimPlan.of(held, rules, today);
    OwnershipColumns columns = OwnershipColumns.of(held);
    ReclaimRows rows = columns.reclaim(rules, today);
    assertThat(
            Stream.of(rows.reclaimed())
                .flatMapToInt(java.util.Arrays::stream)
                .mapToObj(i -> held.get(i).customer())
                .toList())
        .containsExactlyInAnyOrderElementsOf(
            plan.reclaimed().stream().map(OwnershipEvent.Reclaimed::customer).toList());
    assertThat(
            java.util.Arrays.stream(rows.reminded()).mapToObj(i -> held.get(i).customer()).toList())
        .containsExactlyInAnyOrderElementsOf(
            plan.reminders().stream().map(Reminder::customer).toList());
    for (int i : rows.reclaimed()) {
      assertThat(columns.reason(i, rules)).isEqualTo(held.get(i).reclaimReason(rules));
      assertThat(columns.dueDate(i, rules)).isEqualTo(held.get(i).dueDate(rules));
    }
  }
}
