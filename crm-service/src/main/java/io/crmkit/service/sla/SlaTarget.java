package io.crmkit.service.sla;

import java.time.Duration;
import java.util.Objects;

/**
 * The first-response and resolution targets of an SLA, in business time of the policy's calendar.
 *
 * @param firstResponse business time allowed until the first response, positive
 * @param resolution business time allowed until the resolution (pauses excluded), positive
 * @since 0.1
 */
public record SlaTarget(Duration firstResponse, Duration resolution) {

  /**
   * A target.
   *
   * @throws IllegalArgumentException if a duration is zero or negative
   */
  public SlaTarget {
    check("firstResponse", firstResponse);
    check("resolution", resolution);
  }

  private static void check(String field, Duration d) {
    Objects.requireNonNull(d, field + " target must not be null");
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(
          field + " target must be a positive business time but was: " + d);
    }
  }

  /** First response within {@code firstResponse}, resolution within {@code resolution}. */
  public static SlaTarget of(Duration firstResponse, Duration resolution) {
    return new SlaTarget(firstResponse, resolution);
  }

  /** The target of {@code metric}. */
  public Duration of(Metric metric) {
    return metric == Metric.FIRST_RESPONSE ? firstResponse : resolution;
  }

  /** For example {@code "first response PT1H, resolution PT8H"}. */
  @Override
  public String toString() {
    return "first response " + firstResponse + ", resolution " + resolution;
  }
}
