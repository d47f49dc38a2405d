/**
 * Ticket assignment on crm-core's assignment engine, with seed 004's shop rule ({@link
 * io.crmkit.service.assignment.TicketAssignment#byShop}).
 */
package io.crmkit.service.assignment;
