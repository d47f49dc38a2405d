package io.crmkit.service.sla;

import io.crmkit.core.customer.Channel;
import io.crmkit.core.service.DurationStatistics;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * SLA attainment reports: tickets evaluated by an {@link SlaPolicy} at one instant, grouped by
 * agent, channel, period or any key. The business-time figures are crm-core's {@link
 * DurationStatistics} (mean, median, percentiles).
 *
 * @since 0.1
 */
public final class SlaAttainment {

  private SlaAttainment() {}

  /** The attainment of every ticket together. */
  public static Attainment overall(SlaPolicy policy, Collection<Ticket> tickets, Instant asOf) {
    return of(policy, tickets, asOf);
  }

  /** Attainment per agent (by id; {@code "unassigned"} for tickets without one). */
  public static SortedMap<String, Attainment> byAgent(
      SlaPolicy policy, Collection<Ticket> tickets, Instant asOf) {
    return by(policy, tickets, asOf, t -> t.agent().map(Object::toString).orElse("unassigned"));
  }

  /** Attainment per channel. */
  public static SortedMap<Channel, Attainment> byChannel(
      SlaPolicy policy, Collection<Ticket> tickets, Instant asOf) {
    return by(policy, tickets, asOf, Ticket::channel);
  }

  /** Attainment per month of opening, local time in {@code zone}. */
  public static SortedMap<YearMonth, Attainment> byMonth(
      SlaPolicy policy, Collection<Ticket> tickets, Instant asOf, ZoneId zone) {
    Objects.requireNonNull(zone, "zone must not be null");
    return by(policy, tickets, asOf, t -> YearMonth.from(t.request().openedAt().atZone(zone)));
  }

  /**
   * Attainment per period of opening: {@code period} maps the local date of opening in {@code zone}
   * to its period (a week start, a quarter …).
   */
  public static <K extends Comparable<? super K>> SortedMap<K, Attainment> byPeriod(
      SlaPolicy policy,
      Collection<Ticket> tickets,
      Instant asOf,
      ZoneId zone,
      Function<LocalDate, K> period) {
    Objects.requireNonNull(zone, "zone must not be null");
    Objects.requireNonNull(period, "period must not be null");
    return by(
        policy,
        tickets,
        asOf,
        t -> period.apply(t.request().openedAt().atZone(zone).toLocalDate()));
  }

  /** Attainment per key of {@code key}. */
  public static <K extends Comparable<? super K>> SortedMap<K, Attainment> by(
      SlaPolicy policy, Collection<Ticket> tickets, Instant asOf, Function<Ticket, K> key) {
    Objects.requireNonNull(tickets, "tickets must not be null");
    Objects.requireNonNull(key, "key must not be null");
    Map<K, List<Ticket>> groups = new TreeMap<>();
    for (Ticket t : tickets) {
      groups.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t);
    }
    SortedMap<K, Attainment> out = new TreeMap<>();
    groups.forEach((k, list) -> out.put(k, of(policy, list, asOf)));
    return out;
  }

  private static Attainment of(SlaPolicy policy, Collection<Ticket> tickets, Instant asOf) {
    Objects.requireNonNull(policy, "policy must not be null");
    int[] counts = new int[4];
    List<Duration> first = new ArrayList<>();
    List<Duration> resolution = new ArrayList<>();
    for (Ticket t : tickets) {
      SlaStatus s = policy.evaluate(t, asOf);
      count(s.firstResponse(), counts, 0, first);
      count(s.resolution(), counts, 2, resolution);
    }
    return new Attainment(
        tickets.size(),
        counts[0],
        counts[1],
        counts[2],
        counts[3],
        DurationStatistics.of(first),
        DurationStatistics.of(resolution));
  }

  private static void count(MetricStatus m, int[] counts, int offset, List<Duration> times) {
    if (m.state() == MetricStatus.State.MET) {
      counts[offset]++;
    } else if (m.isBreached()) {
      counts[offset + 1]++;
    }
    if (m.isCompleted()) {
      times.add(m.elapsed());
    }
  }
}
