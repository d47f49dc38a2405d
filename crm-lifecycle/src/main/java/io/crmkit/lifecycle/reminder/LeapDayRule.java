package io.crmkit.lifecycle.reminder;

/**
 * On which day an anniversary of 29 February falls in a year that is not a leap year.
 *
 * @since 0.1
 */
public enum LeapDayRule {
  /** On 28 February (the common practice, and the legal one in many countries). */
  FEBRUARY_28,
  /** On 1 March. */
  MARCH_1
}
