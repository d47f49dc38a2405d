package io.crmkit.core.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Response- and resolution-time figures over many {@link ServiceRequest}s, overall and per {@link
 * Priority}.
 *
 * <p>{@link #responseTimes()} covers the requests that were answered, {@link #resolutionTimes()}
 * those that were resolved; both measure from the opening instant. Requests not yet answered or
 * resolved are counted in {@link #requestCount()} and {@link #openCount()} but in neither sample
 * (they would bias the figures downwards).
 *
 * @since 0.1
 */
public final class ServiceTimes {

  private final int requestCount;
  private final int openCount;
  private final DurationStatistics responseTimes;
  private final DurationStatistics resolutionTimes;
  private final Map<Priority, ServiceTimes> byPriority;

  private ServiceTimes(
      int requestCount,
      int openCount,
      DurationStatistics responseTimes,
      DurationStatistics resolutionTimes,
      Map<Priority, ServiceTimes> byPriority) {
    this.requestCount = requestCount;
    this.openCount = openCount;
    this.responseTimes = responseTimes;
    this.resolutionTimes = resolutionTimes;
    this.byPriority = byPriority;
  }

  /** The figures of {@code requests} (any order), overall and per priority. */
  public static ServiceTimes of(Iterable<ServiceRequest> requests) {
    Objects.requireNonNull(requests, "requests must not be null");
    Map<Priority, List<ServiceRequest>> groups = new EnumMap<>(Priority.class);
    List<ServiceRequest> all = new ArrayList<>();
    for (ServiceRequest r : requests) {
      Objects.requireNonNull(r, "requests must not contain null");
      all.add(r);
      groups.computeIfAbsent(r.priority(), p -> new ArrayList<>()).add(r);
    }
    Map<Priority, ServiceTimes> perPriority = new EnumMap<>(Priority.class);
    groups.forEach((p, list) -> perPriority.put(p, flat(list)));
    ServiceTimes overall = flat(all);
    return new ServiceTimes(
        overall.requestCount,
        overall.openCount,
        overall.responseTimes,
        overall.resolutionTimes,
        Collections.unmodifiableMap(perPriority));
  }

  private static ServiceTimes flat(List<ServiceRequest> requests) {
    List<Duration> response = new ArrayList<>();
    List<Duration> resolution = new ArrayList<>();
    int open = 0;
    for (ServiceRequest r : requests) {
      r.responseTime().ifPresent(response::add);
      r.resolutionTime().ifPresent(resolution::add);
      if (r.isOpen()) {
        open++;
      }
    }
    return new ServiceTimes(
        requests.size(),
        open,
        DurationStatistics.of(response),
        DurationStatistics.of(resolution),
        Map.of());
  }

  /** The number of requests. */
  public int requestCount() {
    return requestCount;
  }

  /** The number of requests still open (status OPEN or IN_PROGRESS). */
  public int openCount() {
    return openCount;
  }

  /** Times from opening to first response, over the answered requests. */
  public DurationStatistics responseTimes() {
    return responseTimes;
  }

  /** Times from opening to resolution, over the resolved requests. */
  public DurationStatistics resolutionTimes() {
    return resolutionTimes;
  }

  /**
   * The figures of the requests of one priority; empty figures (count 0) when there are none. Only
   * available on the result of {@link #of}: per-priority figures have no further breakdown.
   */
  public ServiceTimes forPriority(Priority priority) {
    Objects.requireNonNull(priority, "priority must not be null");
    return byPriority.getOrDefault(
        priority,
        new ServiceTimes(0, 0, DurationStatistics.empty(), DurationStatistics.empty(), Map.of()));
  }

  /** The figures per priority, for the priorities that occur, in priority order. */
  public Map<Priority, ServiceTimes> byPriority() {
    return byPriority;
  }

  /**
   * For example {@code "ServiceTimes[requests=10, open=2, response=DurationStatistics[...], ...]"}.
   */
  @Override
  public String toString() {
    return "ServiceTimes[requests="
        + requestCount
        + ", open="
        + openCount
        + ", response="
        + responseTimes
        + ", resolution="
        + resolutionTimes
        + "]";
  }
}
