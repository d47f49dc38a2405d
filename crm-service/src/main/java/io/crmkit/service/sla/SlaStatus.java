package io.crmkit.service.sla;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where a ticket stands against its SLA at an instant.
 *
 * @param ticket the ticket
 * @param rule the SLA rule that applies
 * @param asOf the instant of the evaluation
 * @param firstResponse the first-response metric
 * @param resolution the resolution metric
 * @param escalations the escalation steps due at {@code asOf} (metric not completed, share of
 *     target reached), in policy order
 * @since 0.1
 */
public record SlaStatus(
    Ticket ticket,
    SlaRule rule,
    Instant asOf,
    MetricStatus firstResponse,
    MetricStatus resolution,
    List<EscalationStep> escalations) {

  /** A status. */
  public SlaStatus {
    Objects.requireNonNull(ticket, "ticket must not be null");
    Objects.requireNonNull(rule, "rule must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    Objects.requireNonNull(firstResponse, "firstResponse must not be null");
    Objects.requireNonNull(resolution, "resolution must not be null");
    escalations = List.copyOf(Objects.requireNonNull(escalations, "escalations must not be null"));
  }

  /** The status of {@code metric}. */
  public MetricStatus of(Metric metric) {
    return metric == Metric.FIRST_RESPONSE ? firstResponse : resolution;
  }

  /** Whether either metric is missed or breached. */
  public boolean isBreached() {
    return firstResponse.isBreached() || resolution.isBreached();
  }

  /**
   * For example {@code "SlaStatus[t-1 as of ...: FIRST_RESPONSE MET ..., RESOLUTION RUNNING ...;
   * escalations []]"}.
   */
  @Override
  public String toString() {
    return "SlaStatus["
        + ticket.request().id()
        + " as of "
        + asOf
        + ": "
        + firstResponse
        + "; "
        + resolution
        + "; escalations "
        + escalations
        + "]";
  }
}
