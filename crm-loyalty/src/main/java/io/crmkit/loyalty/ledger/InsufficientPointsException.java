package io.crmkit.loyalty.ledger;

/**
 * A redemption asked for more points than the account has available; nothing was deducted.
 * {@link #requested()} and {@link #available()} are whole points.
 */
public final class InsufficientPointsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long requested;
  private final long available;

  public InsufficientPointsException(String what, long requested, long available) {
    super(what + " needs " + requested + " points but only " + available
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

  public long requested() {
    return requested;
  }

  public long available() {
    return available;
  }
}
