/**
 * Business calendars: working hours per weekday, holidays and a time zone, with exact business-time
 * arithmetic ({@link io.crmkit.core.calendar.BusinessCalendar#plusBusinessTime}, {@link
 * io.crmkit.core.calendar.BusinessCalendar#businessTimeBetween}, {@link
 * io.crmkit.core.calendar.BusinessCalendar#nextOpen}) across clock changes and year ends.
 */
package io.crmkit.core.calendar;
