package io.crmkit.service.sla;

/**
 * What an SLA measures, in business time from the ticket's opening.
 *
 * @since 0.1
 */
public enum Metric {
  /**
   * Until the first response; not paused while waiting on the customer (nobody has asked them
   * anything yet).
   */
  FIRST_RESPONSE,
  /** Until the resolution; paused while waiting on the customer. */
  RESOLUTION
}
