package io.crmkit.sales.pool;

import java.time.LocalDate;

/**
 * Why a customer returns to the pool.
 *
 * @since 0.1
 */
public enum ReclaimReason {
  /** {@link PoolRules#followUpDays()} days passed without a follow-up. */
  NO_FOLLOW_UP,
  /** {@link PoolRules#dealDays()} days passed without a deal. */
  NO_DEAL;

  /**
   * The reason for epoch days {@code lastFollowUp} and {@code lastDeal}: the earlier deadline,
   * follow-up on a tie.
   */
  static ReclaimReason of(long lastFollowUp, long lastDeal, PoolRules rules) {
    return lastFollowUp + rules.followUpDays() <= lastDeal + rules.dealDays()
        ? NO_FOLLOW_UP
        : NO_DEAL;
  }

  /** The due day for epoch days {@code lastFollowUp} and {@code lastDeal}. */
  static LocalDate dueDate(long lastFollowUp, long lastDeal, PoolRules rules) {
    return LocalDate.ofEpochDay(
        Math.min(lastFollowUp + rules.followUpDays(), lastDeal + rules.dealDays()));
  }
}
