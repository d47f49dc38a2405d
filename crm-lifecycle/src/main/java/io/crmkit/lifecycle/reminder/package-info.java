/**
 * Reminders: what is due for which customer in a date range — birthdays and other anniversaries,
 * follow-ups and call-backs scheduled on interactions, payment due dates, win-back for customers
 * silent too long, and customers who just became AT_RISK. Deterministic from a given {@link
 * java.time.Clock}; every date is read in the customer's own time zone.
 */
package io.crmkit.lifecycle.reminder;
