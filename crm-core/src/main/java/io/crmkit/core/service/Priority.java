package io.crmkit.core.service;

/** How urgent a {@link ServiceRequest} is, from {@link #LOW} to {@link #URGENT} (declaration order). */
public enum Priority {
  LOW,
  NORMAL,
  HIGH,
  URGENT
}
