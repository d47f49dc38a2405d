/**
 * One assignment engine for leads and tickets: round-robin, weighted round-robin and least-loaded
 * strategies under attribute and skill rules with fallbacks, a sticky owner for returning
 * customers, capacity and availability, rebalancing when members go off or come back on duty,
 * explanations, and an {@link io.crmkit.core.assignment.AssignmentRepository} that keeps
 * assignments unique and within capacity under concurrency.
 */
package io.crmkit.core.assignment;
