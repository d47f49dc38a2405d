package io.crmkit.core.assignment;

/**
 * The answer of {@link AssignmentRepository#claim} and {@link AssignmentRepository#move}.
 *
 * @since 0.1
 */
public enum ClaimResult {
  /** Stored: the item is now held by the member. */
  CLAIMED,
  /** {@code claim}: the item already has an assignment; nothing changed. */
  ALREADY_ASSIGNED,
  /** {@code move}: the item has no open assignment; nothing changed. */
  NOT_ASSIGNED,
  /** The member already holds as many open items as the capacity allows; nothing changed. */
  MEMBER_FULL
}
