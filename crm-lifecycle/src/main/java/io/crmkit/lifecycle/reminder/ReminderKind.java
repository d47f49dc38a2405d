package io.crmkit.lifecycle.reminder;

/**
 * What a {@link Reminder} is for; reminders of one day are listed in this order.
 *
 * @since 0.1
 */
public enum ReminderKind {
  /** A scheduled follow-up or call-back of an interaction. */
  FOLLOW_UP,
  /** A payment falls due. */
  PAYMENT_DUE,
  /** The customer just moved to the AT_RISK stage. */
  AT_RISK,
  /** The customer has been silent for the configured number of days: time to win them back. */
  WIN_BACK,
  /** The customer's birthday. */
  BIRTHDAY,
  /** Another anniversary: first purchase, wedding, any dated attribute. */
  ANNIVERSARY
}
