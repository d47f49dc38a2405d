package io.crmkit.loyalty.program;

/**
 * Member events that can earn a loyalty bonus (see {@link EarningRule.EventBonus}); not the
 * lifecycle stages' {@code io.crmkit.lifecycle.stage.EventType}, which moves a customer between
 * stages.
 *
 * @since 0.1
 */
public enum LoyaltyEventType {
  /** The member joined the programme. */
  SIGN_UP,
  /** The member's birthday month began (see {@code BirthdayBonuses}). */
  BIRTHDAY_MONTH,
  /** The member referred a new member. */
  REFERRAL,
  /** The member wrote a review. */
  REVIEW,
  /** The member answered a survey. */
  SURVEY
}
