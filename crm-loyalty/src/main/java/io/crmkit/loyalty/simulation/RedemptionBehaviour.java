package io.crmkit.loyalty.simulation;

/**
 * How simulated members spend points, since a transaction history has no redemptions: after each
 * purchase, a member with at least {@code threshold} available points redeems them in whole blocks
 * of {@code block} points ({@link #none()}: never).
 *
 * @since 0.1
 */
public record RedemptionBehaviour(long threshold, long block) {

  /**
   * Checks threshold and block (whole points) are both 0 (never redeem) or both positive with the
   * block not above the threshold.
   */
  public RedemptionBehaviour {
    if (threshold < 0 || block < 0) {
      throw new IllegalArgumentException(
          "threshold and block must not be negative but were: " + threshold + ", " + block);
    }
    if ((threshold == 0) != (block == 0)) {
      throw new IllegalArgumentException(
          "threshold and block must both be 0 (never redeem) or both positive but were: "
              + threshold
              + ", "
              + block);
    }
    if (block > threshold) {
      throw new IllegalArgumentException(
          "block must not exceed threshold " + threshold + " but was: " + block);
    }
  }

  /** Members never redeem. */
  public static RedemptionBehaviour none() {
    return new RedemptionBehaviour(0, 0);
  }

  /** Members with at least {@code threshold} points redeem whole blocks of {@code block} points. */
  public static RedemptionBehaviour blocksOf(long block, long threshold) {
    return new RedemptionBehaviour(threshold, block);
  }

  boolean redeems() {
    return block > 0;
  }

  @Override
  public String toString() {
    return redeems() ? "redeem blocks of " + block + " from " + threshold + " pts" : "never redeem";
  }
}
