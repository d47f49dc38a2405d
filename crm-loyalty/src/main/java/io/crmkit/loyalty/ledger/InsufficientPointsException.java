package io.crmkit.loyalty.ledger;

/**
 * A redemption asked for more points than the account has available; nothing was deducted. {@link
 * #requested()} and {@link #available()} are whole points.
 *
 * @since 0.1
 */
public final class InsufficientPointsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long requested;
  private final long available;

  /**
   * A refused deduction: {@code what} needs {@code requested} points but only {@code available} are
   * available (whole points).
   */
  public InsufficientPointsException(String what, long requested, long available) {
    super(
        what
            + " needs "
            + requested
            + " points but only "
            + available
            + " are available; nothing was deducted");
    this.requested = requested;
    this.available = available;
  }

  /** The same failure again, for a retried request whose first attempt failed. */
  public InsufficientPointsException(InsufficientPointsException first) {
    super(first.getMessage() + " (retry of a rejected request)");
    this.requested = first.requested;
    this.available = first.available;
  }

  /** The points the operation needed (whole points). */
  public long requested() {
    return requested;
  }

  /** The points available at the time (whole points). */
  public long available() {
    return available;
  }
}
