package io.crmkit.lifecycle.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ReminderPlannerProperties {

  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
  private final ReminderPlanner planner =
      ReminderPlanner.of(Clock.fixed(NOW, ZoneOffset.UTC), ZoneOffset.UTC);

  @Property(tries = 200)
  void splitting_the_range_splits_the_reminders(
      @ForAll @IntRange(min = 0, max = 20000) int birthOffset,
      @ForAll @IntRange(min = 0, max = 2000) int startOffset,
      @ForAll @IntRange(min = 0, max = 800) int length,
      @ForAll @IntRange(min = 0, max = 800) int cut) {
    LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(birthOffset);
    Customer c = Customer.builder(CustomerId.of("c"), NOW).birthDate(birth).build();
    ReminderSources s = ReminderSources.none().withCustomers(List.of(c));
    LocalDate from = LocalDate.of(2020, 1, 1).plusDays(startOffset);
    LocalDate to = from.plusDays(length);
    LocalDate mid = from.plusDays(Math.min(cut, length));
    List<Reminder> whole = planner.plan(from, to, s);
    List<Reminder> parts = new ArrayList<>(planner.plan(from, mid, s));
    if (mid.isBefore(to)) {
      parts.addAll(planner.plan(mid.plusDays(1), to, s));
    }
    assertThat(parts).isEqualTo(whole);
  }

  @Property(tries = 200)
  void there_is_exactly_one_birthday_per_year_after_birth(
      @ForAll @IntRange(min = 0, max = 20000) int birthOffset,
      @ForAll @IntRange(min = 1961, max = 2100) int year) {
    LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(birthOffset);
    Customer c = Customer.builder(CustomerId.of("c"), NOW).birthDate(birth).build();
    List<Reminder> r =
        planner.plan(
            LocalDate.of(year, 1, 1),
            LocalDate.of(year, 12, 31),
            ReminderSources.none().withCustomers(List.of(c)));
    assertThat(r).hasSize(year > birth.getYear() ? 1 : 0);
    r.forEach(
        x ->
            assertThat(x.subject()).isEqualTo("birthday (" + (year - birth.getYear()) + " years)"));
  }
}
