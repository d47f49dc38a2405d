/** Calendar helpers shared by the loyalty packages: fast, thread-safe local dates of instants in a zone. */
package io.crmkit.loyalty.calendar;
