/**
 * Small statistics shared by every module, so that each is defined once: the {@link
 * io.crmkit.core.stat.Median} of numbers (durations have theirs in {@link
 * io.crmkit.core.service.DurationStatistics}, with the same definition).
 */
package io.crmkit.core.stat;
