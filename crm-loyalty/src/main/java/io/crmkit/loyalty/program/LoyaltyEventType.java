package io.crmkit.loyalty.program;

/** Member events that can earn a bonus (see {@link EarningRule.EventBonus}). */
public enum LoyaltyEventType {
  SIGN_UP,
  BIRTHDAY_MONTH,
  REFERRAL,
  REVIEW,
  SURVEY
}
