/**
 * Service-level agreements on business calendars: targets per priority, channel and customer tier
 * ({@link io.crmkit.service.sla.SlaPolicy}), pauses while waiting on the customer, breach
 * detection, time to breach, escalation steps, and attainment reports ({@link
 * io.crmkit.service.sla.SlaAttainment}) per agent, channel and period.
 */
package io.crmkit.service.sla;
