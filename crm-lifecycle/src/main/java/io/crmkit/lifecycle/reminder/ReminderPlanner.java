package io.crmkit.lifecycle.reminder;

import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.lifecycle.stage.DefaultLifecycle;
import io.crmkit.lifecycle.stage.Lifecycle;
import io.crmkit.lifecycle.stage.Stage;
import io.crmkit.lifecycle.stage.StageMove;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lists what is due for each customer in a range of local dates (both ends included):
 *
 * <ul>
 *   <li>{@link ReminderKind#BIRTHDAY} on each birthday after the birth year;
 *   <li>{@link ReminderKind#ANNIVERSARY} of each configured dated attribute (e.g. {@code
 *       "wedding"}) and of the first purchase (from the lifecycle), from the first anniversary on;
 *   <li>{@link ReminderKind#FOLLOW_UP} for every interaction with a scheduled follow-up (a
 *       "call-back" for phone interactions);
 *   <li>{@link ReminderKind#PAYMENT_DUE} on every payment's due date;
 *   <li>{@link ReminderKind#WIN_BACK} on the day a customer with purchases has been silent for
 *       {@code winBackAfterDays} days (counted from the local date of the last activity);
 *   <li>{@link ReminderKind#AT_RISK} on the day a customer's lifecycle moved to AT_RISK.
 * </ul>
 *
 * <p>Instants are read as local dates in the customer's zone ({@link Customer#zone()}), or the
 * planner's default zone for customers without one or not in the sources. Anniversaries of 29
 * February fall on the day given by the {@link LeapDayRule} in other years. Reminders are sorted by
 * date, kind, customer and reference. "Today" comes only from the given {@link Clock}: the planner
 * is deterministic. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ReminderPlanner {

  private final Clock clock;
  private final ZoneId defaultZone;
  private final Set<String> anniversaryKeys;
  private final boolean firstPurchaseAnniversary;
  private final int winBackAfterDays;
  private final LeapDayRule leapDayRule;
  private final Stage atRiskStage;

  private ReminderPlanner(
      Clock clock,
      ZoneId defaultZone,
      Set<String> anniversaryKeys,
      boolean firstPurchaseAnniversary,
      int winBackAfterDays,
      LeapDayRule leapDayRule,
      Stage atRiskStage) {
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    this.defaultZone = Objects.requireNonNull(defaultZone, "defaultZone must not be null");
    this.anniversaryKeys = Set.copyOf(new TreeSet<>(anniversaryKeys));
    this.firstPurchaseAnniversary = firstPurchaseAnniversary;
    if (winBackAfterDays < 1) {
      throw new IllegalArgumentException(
          "winBackAfterDays must be at least 1 but was: " + winBackAfterDays);
    }
    this.winBackAfterDays = winBackAfterDays;
    this.leapDayRule = Objects.requireNonNull(leapDayRule, "leapDayRule must not be null");
    this.atRiskStage = Objects.requireNonNull(atRiskStage, "atRiskStage must not be null");
  }

  /**
   * A planner reading "today" from {@code clock}, with {@code defaultZone} for customers without a
   * zone; no dated attributes, first-purchase anniversaries on, win-back after 90 silent days, 29
   * February on 28 February, AT_RISK of the {@link DefaultLifecycle}.
   */
  public static ReminderPlanner of(Clock clock, ZoneId defaultZone) {
    return new ReminderPlanner(
        clock, defaultZone, Set.of(), true, 90, LeapDayRule.FEBRUARY_28, DefaultLifecycle.AT_RISK);
  }

  /**
   * This planner with anniversaries of the dated attributes {@code keys} (e.g. {@code "wedding"}).
   */
  public ReminderPlanner withAnniversaries(String... keys) {
    Set<String> k = new TreeSet<>(anniversaryKeys);
    for (String key : keys) {
      Objects.requireNonNull(key, "anniversary key must not be null");
      if (key.isBlank()) {
        throw new IllegalArgumentException(
            "anniversary key must not be blank but was: '" + key + "'");
      }
      k.add(key);
    }
    return new ReminderPlanner(
        clock,
        defaultZone,
        k,
        firstPurchaseAnniversary,
        winBackAfterDays,
        leapDayRule,
        atRiskStage);
  }

  /** This planner with or without first-purchase anniversaries. */
  public ReminderPlanner withFirstPurchaseAnniversary(boolean on) {
    return new ReminderPlanner(
        clock, defaultZone, anniversaryKeys, on, winBackAfterDays, leapDayRule, atRiskStage);
  }

  /** This planner with win-back reminders after {@code days} (&ge; 1) silent days. */
  public ReminderPlanner withWinBackAfterDays(int days) {
    return new ReminderPlanner(
        clock,
        defaultZone,
        anniversaryKeys,
        firstPurchaseAnniversary,
        days,
        leapDayRule,
        atRiskStage);
  }

  /** This planner with another rule for 29 February in common years. */
  public ReminderPlanner withLeapDayRule(LeapDayRule rule) {
    return new ReminderPlanner(
        clock,
        defaultZone,
        anniversaryKeys,
        firstPurchaseAnniversary,
        winBackAfterDays,
        rule,
        atRiskStage);
  }

  /** This planner with another stage meaning "at risk" (for custom lifecycle definitions). */
  public ReminderPlanner withAtRiskStage(Stage stage) {
    return new ReminderPlanner(
        clock,
        defaultZone,
        anniversaryKeys,
        firstPurchaseAnniversary,
        winBackAfterDays,
        leapDayRule,
        stage);
  }

  /** Today in the planner's default zone, from the clock. */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), defaultZone);
  }

  /**
   * What is due today (in the default zone) and the {@code days - 1} following days ({@code days}
   * &ge; 1).
   */
  public List<Reminder> planNext(int days, ReminderSources sources) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1 but was: " + days);
    }
    LocalDate today = today();
    return plan(today, today.plusDays(days - 1L), sources);
  }

  /**
   * What is due from {@code from} to {@code to}, both included, in each customer's local calendar.
   */
  public List<Reminder> plan(LocalDate from, LocalDate to, ReminderSources sources) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    Objects.requireNonNull(sources, "sources must not be null");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from " + from + " but was: " + to);
    }
    Map<CustomerId, ZoneId> zones = new HashMap<>();
    for (Customer c : sources.customers()) {
      zones.put(c.id(), c.zone().orElse(defaultZone));
    }
    List<Reminder> out = new ArrayList<>();
    for (Customer c : sources.customers()) {
      ZoneId zone = zones.get(c.id());
      c.birthDate()
          .ifPresent(
              b ->
                  anniversaries(b, from, to)
                      .forEach(
                          (date, years) ->
                              out.add(
                                  Reminder.of(
                                      date,
                                      ReminderKind.BIRTHDAY,
                                      c.id(),
                                      zone,
                                      "birthday (" + years + " years)",
                                      "birthDate"))));
      for (String key : anniversaryKeys) {
        c.dateAttribute(key)
            .ifPresent(
                d ->
                    anniversaries(d, from, to)
                        .forEach(
                            (date, years) ->
                                out.add(
                                    Reminder.of(
                                        date,
                                        ReminderKind.ANNIVERSARY,
                                        c.id(),
                                        zone,
                                        key
                                            + " anniversary ("
                                            + years
                                            + (years == 1 ? " year)" : " years)"),
                                        key))));
      }
    }
    for (Interaction i : sources.interactions()) {
      if (i.followUpAt().isEmpty()) {
        continue;
      }
      ZoneId zone = zones.getOrDefault(i.customerId(), defaultZone);
      Instant at = i.followUpAt().get();
      LocalDate date = LocalDate.ofInstant(at, zone);
      if (within(date, from, to)) {
        String what = i.channel() == Channel.PHONE ? "call back" : "follow up";
        out.add(
            Reminder.at(
                at,
                ReminderKind.FOLLOW_UP,
                i.customerId(),
                zone,
                what + (i.topic().isEmpty() ? "" : ": " + i.topic()),
                i.id()));
      }
    }
    for (PaymentDue p : sources.payments()) {
      if (within(p.dueDate(), from, to)) {
        out.add(
            Reminder.of(
                p.dueDate(),
                ReminderKind.PAYMENT_DUE,
                p.customer(),
                zones.getOrDefault(p.customer(), defaultZone),
                "payment of " + p.amount() + " due",
                p.reference()));
      }
    }
    for (Lifecycle l : sources.lifecycles()) {
      CustomerId id = CustomerId.of(l.subjectId());
      ZoneId zone = zones.getOrDefault(id, defaultZone);
      if (firstPurchaseAnniversary) {
        l.facts()
            .firstPurchase()
            .ifPresent(
                first ->
                    anniversaries(LocalDate.ofInstant(first, zone), from, to)
                        .forEach(
                            (date, years) ->
                                out.add(
                                    Reminder.of(
                                        date,
                                        ReminderKind.ANNIVERSARY,
                                        id,
                                        zone,
                                        "first purchase anniversary ("
                                            + years
                                            + (years == 1 ? " year)" : " years)"),
                                        "firstPurchase"))));
      }
      if (l.facts().purchases() > 0) {
        LocalDate lastActive = LocalDate.ofInstant(l.facts().lastActivity(), zone);
        LocalDate winBack = lastActive.plusDays(winBackAfterDays);
        if (within(winBack, from, to)) {
          out.add(
              Reminder.of(
                  winBack,
                  ReminderKind.WIN_BACK,
                  id,
                  zone,
                  "silent " + winBackAfterDays + " days since " + lastActive,
                  ""));
        }
      }
      for (StageMove m : l.history()) {
        LocalDate date = LocalDate.ofInstant(m.at(), zone);
        if (m.to().equals(atRiskStage) && within(date, from, to)) {
          out.add(
              Reminder.at(
                  m.at(),
                  ReminderKind.AT_RISK,
                  id,
                  zone,
                  "now " + atRiskStage + ": " + m.reason(),
                  m.eventId()));
        }
      }
    }
    out.sort(
        Comparator.comparing(Reminder::date)
            .thenComparing(Reminder::kind)
            .thenComparing(Reminder::customer)
            .thenComparing(Reminder::reference));
    return List.copyOf(out);
  }

  /**
   * The anniversaries (date to number of years, from 1) of {@code original} within {@code [from,
   * to]}.
   */
  private Map<LocalDate, Long> anniversaries(LocalDate original, LocalDate from, LocalDate to) {
    Map<LocalDate, Long> out = new java.util.TreeMap<>();
    for (int year = Math.max(from.getYear(), original.getYear() + 1);
        year <= to.getYear();
        year++) {
      LocalDate date = occurrence(original, year);
      if (within(date, from, to)) {
        out.put(date, (long) (year - original.getYear()));
      }
    }
    return out;
  }

  /** The anniversary of {@code original} in {@code year}, applying the leap-day rule. */
  LocalDate occurrence(LocalDate original, int year) {
    if (original.getMonth() == Month.FEBRUARY
        && original.getDayOfMonth() == 29
        && !java.time.Year.isLeap(year)) {
      return leapDayRule == LeapDayRule.FEBRUARY_28
          ? LocalDate.of(year, 2, 28)
          : LocalDate.of(year, 3, 1);
    }
    return original.withYear(year);
  }

  private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
    return !d.isBefore(from) && !d.isAfter(to);
  }

  @Override
  public String toString() {
    return "reminder planner (today "
        + today()
        + " in "
        + defaultZone
        + ", anniversaries "
        + anniversaryKeys
        + (firstPurchaseAnniversary ? " + first purchase" : "")
        + ", win-back after "
        + winBackAfterDays
        + " days, 29 Feb -> "
        + leapDayRule
        + ")";
  }
}
