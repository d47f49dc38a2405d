package io.crmkit.service.sla;

import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.service.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * SLA targets per priority, channel and customer tier, counted in business time of one {@link
 * BusinessCalendar}, with escalation steps.
 *
 * <p><b>Which target.</b> The most specific matching {@link SlaRule} (most criteria set; the first
 * declared among equals), else the default target.
 *
 * <p><b>How time is counted.</b> Both metrics run from the opening. The first response stops at the
 * first response; the resolution at the resolution and, meanwhile, stops during every {@link Pause}
 * (waiting on the customer). Business time is the calendar's: only open hours count. A metric is
 * breached once its business time exceeds the target ({@code elapsed > target}); the breach instant
 * is the earliest instant at which the target's business time has been used.
 *
 * <pre>{@code
 * SlaPolicy sla = SlaPolicy.builder(officeHours, SlaTarget.of(Duration.ofHours(8), Duration.ofHours(40)))
 *     .rule(SlaRule.forPriority(Priority.URGENT, SlaTarget.of(Duration.ofMinutes(30), Duration.ofHours(4))))
 *     .rule(SlaRule.forPriority(Priority.HIGH, SlaTarget.of(Duration.ofHours(1), Duration.ofHours(8))).forTier(Tier.of("gold")))
 *     .escalation(EscalationStep.at(Metric.RESOLUTION, 75, "warn agent"))
 *     .escalation(EscalationStep.at(Metric.RESOLUTION, 100, "notify supervisor"))
 *     .build();
 * SlaStatus s = sla.evaluate(ticket, now);
 * }</pre>
 *
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SlaPolicy {

  private final BusinessCalendar calendar;
  private final SlaRule fallback;
  private final List<SlaRule> rules;
  private final List<EscalationStep> escalation;

  private SlaPolicy(
      BusinessCalendar calendar,
      SlaRule fallback,
      List<SlaRule> rules,
      List<EscalationStep> escalation) {
    this.calendar = calendar;
    this.fallback = fallback;
    this.rules = List.copyOf(rules);
    this.escalation = List.copyOf(escalation);
  }

  /**
   * A builder of a policy on {@code calendar} with {@code defaultTarget} for tickets no rule
   * matches.
   */
  public static Builder builder(BusinessCalendar calendar, SlaTarget defaultTarget) {
    return new Builder(calendar, defaultTarget);
  }

  /** The calendar business time is counted on. */
  public BusinessCalendar calendar() {
    return calendar;
  }

  /** The rules, in declaration order (the default rule not included). */
  public List<SlaRule> rules() {
    return rules;
  }

  /** The escalation steps, in declaration order. */
  public List<EscalationStep> escalation() {
    return escalation;
  }

  /** The rule that applies to {@code ticket}: the most specific match, else the default. */
  public SlaRule ruleFor(Ticket ticket) {
    Objects.requireNonNull(ticket, "ticket must not be null");
    SlaRule best = fallback;
    int bestSpecificity = -1;
    for (SlaRule r : rules) {
      if (r.matches(ticket) && r.specificity() > bestSpecificity) {
        best = r;
        bestSpecificity = r.specificity();
      }
    }
    return best;
  }

  /**
   * Where {@code ticket} stands at {@code asOf}. Responses, resolutions and pauses after {@code
   * asOf} are ignored (the evaluation sees the ticket as it was then).
   */
  public SlaStatus evaluate(Ticket ticket, Instant asOf) {
    Objects.requireNonNull(asOf, "asOf must not be null");
    SlaRule rule = ruleFor(ticket);
    Instant opened = ticket.request().openedAt();
    Instant at = asOf.isBefore(opened) ? opened : asOf;
    MetricStatus first =
        measure(
            Metric.FIRST_RESPONSE,
            rule.target().firstResponse(),
            opened,
            ticket.request().firstResponseAt(),
            List.of(),
            at);
    MetricStatus resolution =
        measure(
            Metric.RESOLUTION,
            rule.target().resolution(),
            opened,
            ticket.request().resolvedAt(),
            ticket.pauses(),
            at);
    List<EscalationStep> due = new ArrayList<>();
    for (EscalationStep step : escalation) {
      MetricStatus m = step.metric() == Metric.FIRST_RESPONSE ? first : resolution;
      if (!m.isCompleted()
          && m.elapsed()
                  .multipliedBy(100)
                  .compareTo(m.target().multipliedBy(step.percentOfTarget()))
              >= 0) {
        due.add(step);
      }
    }
    return new SlaStatus(ticket, rule, at, first, resolution, due);
  }

  /** The statuses of {@code tickets} at {@code asOf} that are missed or breached, in order. */
  public List<SlaStatus> breaches(Collection<Ticket> tickets, Instant asOf) {
    List<SlaStatus> out = new ArrayList<>();
    for (Ticket t : tickets) {
      SlaStatus s = evaluate(t, asOf);
      if (s.isBreached()) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * The statuses of {@code tickets} at {@code asOf} with a metric within {@code margin} business
   * time of its breach, in order.
   */
  public List<SlaStatus> atRisk(Collection<Ticket> tickets, Instant asOf, Duration margin) {
    Objects.requireNonNull(margin, "margin must not be null");
    List<SlaStatus> out = new ArrayList<>();
    for (Ticket t : tickets) {
      SlaStatus s = evaluate(t, asOf);
      boolean risky = false;
      for (MetricStatus m : List.of(s.firstResponse(), s.resolution())) {
        Optional<Duration> left = m.timeToBreach();
        risky = risky || (left.isPresent() && left.get().compareTo(margin) <= 0);
      }
      if (risky) {
        out.add(s);
      }
    }
    return out;
  }

  private MetricStatus measure(
      Metric metric,
      Duration target,
      Instant opened,
      Optional<Instant> completion,
      List<Pause> pauses,
      Instant asOf) {
    Optional<Instant> completedAt = completion.filter(c -> !c.isAfter(asOf));
    Instant stop = completedAt.orElse(asOf);
    // the active stretches: from the opening to stop, minus the pauses
    List<Instant[]> active = new ArrayList<>();
    Instant cursor = opened;
    boolean pausedNow = false;
    for (Pause p : pauses) {
      if (!p.from().isBefore(stop)) {
        break;
      }
      active.add(new Instant[] {cursor, p.from()});
      if (p.until().isEmpty() || p.until().get().isAfter(stop)) {
        pausedNow = completedAt.isEmpty();
        cursor = stop;
        break;
      }
      cursor = p.until().get();
    }
    if (cursor.isBefore(stop)) {
      active.add(new Instant[] {cursor, stop});
    }
    Duration elapsed = Duration.ZERO;
    Optional<Instant> reached = Optional.empty();
    for (Instant[] a : active) {
      Duration part = calendar.businessTimeBetween(a[0], a[1]);
      if (reached.isEmpty() && elapsed.plus(part).compareTo(target) > 0) {
        reached = Optional.of(calendar.plusBusinessTime(a[0], target.minus(elapsed)));
      }
      elapsed = elapsed.plus(part);
    }
    boolean over = elapsed.compareTo(target) > 0;
    MetricStatus.State state;
    Optional<Instant> due;
    if (completedAt.isPresent()) {
      state = over ? MetricStatus.State.MISSED : MetricStatus.State.MET;
      due = over ? reached : Optional.empty();
    } else if (over) {
      state = MetricStatus.State.BREACHED;
      due = reached;
    } else if (pausedNow) {
      state = MetricStatus.State.PAUSED;
      due = Optional.empty();
    } else {
      state = MetricStatus.State.RUNNING;
      due = Optional.of(calendar.plusBusinessTime(stop, target.minus(elapsed)));
    }
    return new MetricStatus(metric, target, elapsed, state, due, completedAt);
  }

  /**
   * For example {@code "SlaPolicy[BusinessCalendar[...], default any/any/any: ..., 2 rules, 2
   * escalation steps]"}.
   */
  @Override
  public String toString() {
    return "SlaPolicy["
        + calendar
        + ", default "
        + fallback
        + ", rules "
        + rules
        + ", escalation "
        + escalation
        + "]";
  }

  /**
   * Builds an {@link SlaPolicy}; every method returns this builder.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final BusinessCalendar calendar;
    private final SlaRule fallback;
    private final List<SlaRule> rules = new ArrayList<>();
    private final List<EscalationStep> escalation = new ArrayList<>();

    private Builder(BusinessCalendar calendar, SlaTarget defaultTarget) {
      this.calendar = Objects.requireNonNull(calendar, "calendar must not be null");
      this.fallback =
          SlaRule.any(Objects.requireNonNull(defaultTarget, "default target must not be null"));
    }

    /** Adds a rule. */
    public Builder rule(SlaRule rule) {
      rules.add(Objects.requireNonNull(rule, "rule must not be null"));
      return this;
    }

    /**
     * Adds a rule for tickets of {@code priority}: first response within {@code firstResponse},
     * resolution within {@code resolution}.
     */
    public Builder target(Priority priority, Duration firstResponse, Duration resolution) {
      return rule(SlaRule.forPriority(priority, SlaTarget.of(firstResponse, resolution)));
    }

    /** Adds an escalation step. */
    public Builder escalation(EscalationStep step) {
      escalation.add(Objects.requireNonNull(step, "escalation step must not be null"));
      return this;
    }

    /** The policy. */
    public SlaPolicy build() {
      return new SlaPolicy(calendar, fallback, rules, escalation);
    }
  }
}
