package io.crmkit.core.assignment;

/**
 * What happens to open items when a member goes off duty or comes back.
 *
 * @since 0.1
 */
public enum Rebalance {
  /** Open items stay where they are; only new items follow the duty change. */
  KEEP_OPEN_ITEMS,
  /**
   * Going off duty: the member's open items go to members at work, by the policy. Coming back: the
   * items moved away from the member (still open) come back, as far as capacity allows.
   */
  MOVE_OPEN_ITEMS
}
