package io.crmkit.core.service;

/**
 * How urgent a {@link ServiceRequest} is, from {@link #LOW} to {@link #URGENT} (declaration order).
 *
 * @since 0.1
 */
public enum Priority {
  LOW,
  NORMAL,
  HIGH,
  URGENT
}
