package io.crmkit.sales.pool;

import io.crmkit.core.customer.CustomerId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the pool does on {@code day}: the customers that return to it ({@code reclaimed}, each dated
 * by its due day), the reminders due that day, and the ownerships {@code kept}. A pure function of
 * the held customers, the rules and the day ({@link #of}): planning again on the kept ownerships
 * and the same day reclaims nothing more, and planning day by day ends where planning once on the
 * last day ends. All lists are sorted by customer id.
 *
 * @param day the day the plan is for
 * @param kept the ownerships still held after the day's reclaim
 * @param reclaimed the customers returning to the pool, due on or before {@code day}
 * @param reminders the reminders for customers returning within {@link PoolRules#reminderDays()}
 *     days after {@code day}
 * @since 0.1
 */
public record ReclaimPlan(
    LocalDate day,
    List<Ownership> kept,
    List<OwnershipEvent.Reclaimed> reclaimed,
    List<Reminder> reminders) {

  private static final Comparator<Ownership> BY_CUSTOMER =
      Comparator.comparing(Ownership::customer);

  /** Validates that no field is null; copies the lists. */
  public ReclaimPlan {
    Objects.requireNonNull(day, "day must not be null");
    kept = List.copyOf(Objects.requireNonNull(kept, "kept must not be null"));
    reclaimed = List.copyOf(Objects.requireNonNull(reclaimed, "reclaimed must not be null"));
    reminders = List.copyOf(Objects.requireNonNull(reminders, "reminders must not be null"));
  }

  /**
   * The plan for {@code day} over the {@code held} customers (one ownership per customer) under
   * {@code rules}: a customer due on or before {@code day} returns to the pool; one due 1 to {@link
   * PoolRules#reminderDays()} days after {@code day} gets a reminder.
   *
   * @throws IllegalArgumentException if a customer is held twice
   */
  public static ReclaimPlan of(Collection<Ownership> held, PoolRules rules, LocalDate day) {
    Objects.requireNonNull(held, "held must not be null");
    Objects.requireNonNull(rules, "rules must not be null");
    Objects.requireNonNull(day, "day must not be null");
    List<Ownership> sorted = new ArrayList<>(held);
    sorted.sort(BY_CUSTOMER);
    Set<CustomerId> seen = new HashSet<>();
    List<Ownership> kept = new ArrayList<>();
    List<OwnershipEvent.Reclaimed> reclaimed = new ArrayList<>();
    List<Reminder> reminders = new ArrayList<>();
    for (Ownership o : sorted) {
      if (!seen.add(o.customer())) {
        throw new IllegalArgumentException(
            "held must name each customer once but named twice: " + o.customer());
      }
      LocalDate due = o.dueDate(rules);
      long left = ChronoUnit.DAYS.between(day, due);
      if (left <= 0) {
        reclaimed.add(
            new OwnershipEvent.Reclaimed(o.customer(), o.owner(), due, o.reclaimReason(rules)));
        continue;
      }
      kept.add(o);
      if (left <= rules.reminderDays()) {
        reminders.add(
            new Reminder(o.customer(), o.owner(), due, o.reclaimReason(rules), (int) left));
      }
    }
    return new ReclaimPlan(day, kept, reclaimed, reminders);
  }

  /** For example {@code "reclaim on 2024-04-01: 3 back to the pool, 2 reminders, 40 kept"}. */
  @Override
  public String toString() {
    return "reclaim on "
        + day
        + ": "
        + reclaimed.size()
        + " back to the pool, "
        + reminders.size()
        + " reminders, "
        + kept.size()
        + " kept";
  }
}
