package io.crmkit.sales.forecast;

import io.crmkit.core.service.DurationStatistics;
import io.crmkit.core.team.MemberId;
import io.crmkit.sales.pipeline.Deal;
import io.crmkit.sales.pipeline.SalesPipeline;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What closed deals tell: win rates and cycle times (from opening to winning) over the deals that
 * closed between two days (in {@code zone}), for everyone and per owner. Cycle times use crm-core's
 * {@link DurationStatistics} (mean, median, percentiles).
 *
 * @since 0.1
 */
public final class DealHistory {

  private record Closed(MemberId owner, LocalDate day, boolean won, Duration cycle) {}

  private final List<Closed> closed;

  private DealHistory(List<Closed> closed) {
    this.closed = closed;
  }

  /**
   * The history of {@code deals} (open ones are ignored) under {@code pipeline}, days in {@code
   * zone}.
   */
  public static DealHistory of(SalesPipeline pipeline, Collection<OwnedDeal> deals, ZoneId zone) {
    Objects.requireNonNull(pipeline, "pipeline must not be null");
    Objects.requireNonNull(deals, "deals must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    List<Closed> out = new ArrayList<>();
    for (OwnedDeal od : deals) {
      Deal d = od.deal();
      pipeline
          .closedAt(d)
          .ifPresent(
              at -> {
                Instant opened = d.lifecycle().startedAt();
                out.add(
                    new Closed(
                        od.owner(),
                        LocalDate.ofInstant(at, zone),
                        d.stage().equals(SalesPipeline.WON),
                        Duration.between(opened, at)));
              });
    }
    return new DealHistory(List.copyOf(out));
  }

  /** The win rate over deals closed from {@code from} (inclusive) to {@code to} (exclusive). */
  public WinRate winRate(LocalDate from, LocalDate to) {
    WinRate r = new WinRate(0, 0);
    for (Closed c : in(from, to)) {
      r = r.plus(c.won() ? new WinRate(1, 0) : new WinRate(0, 1));
    }
    return r;
  }

  /**
   * The win rate per owner over deals closed from {@code from} to {@code to} (exclusive); owners
   * without closed deals are absent.
   */
  public SortedMap<MemberId, WinRate> winRateByOwner(LocalDate from, LocalDate to) {
    SortedMap<MemberId, WinRate> out = new TreeMap<>();
    for (Closed c : in(from, to)) {
      out.merge(c.owner(), c.won() ? new WinRate(1, 0) : new WinRate(0, 1), WinRate::plus);
    }
    return Collections.unmodifiableSortedMap(out);
  }

  /**
   * The cycle times (opening to winning) of the deals won from {@code from} to {@code to}
   * (exclusive).
   */
  public DurationStatistics cycleTime(LocalDate from, LocalDate to) {
    return DurationStatistics.of(
        in(from, to).stream().filter(Closed::won).map(Closed::cycle).toList());
  }

  /**
   * The cycle times per owner of the deals won from {@code from} to {@code to} (exclusive); owners
   * without won deals are absent.
   */
  public SortedMap<MemberId, DurationStatistics> cycleTimeByOwner(LocalDate from, LocalDate to) {
    Map<MemberId, List<Duration>> by = new TreeMap<>();
    for (Closed c : in(from, to)) {
      if (c.won()) {
        by.computeIfAbsent(c.owner(), k -> new ArrayList<>()).add(c.cycle());
      }
    }
    SortedMap<MemberId, DurationStatistics> out = new TreeMap<>();
    by.forEach((o, l) -> out.put(o, DurationStatistics.of(l)));
    return Collections.unmodifiableSortedMap(out);
  }

  private List<Closed> in(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from " + from + " but was: " + to);
    }
    return closed.stream().filter(c -> !c.day().isBefore(from) && c.day().isBefore(to)).toList();
  }

  /** For example {@code "deal history: 40 closed deals"}. */
  @Override
  public String toString() {
    return "deal history: " + closed.size() + " closed deals";
  }
}
