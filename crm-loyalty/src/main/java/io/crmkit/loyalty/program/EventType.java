package io.crmkit.loyalty.program;

/**
 * Member events that can earn a bonus (see {@link EarningRule.EventBonus}).
 *
 * @since 0.1
 */
public enum EventType {
  SIGN_UP,
  BIRTHDAY_MONTH,
  REFERRAL,
  REVIEW,
  SURVEY
}
