package io.crmkit.loyalty.ledger;

/**
 * Points would leave the range of a {@code long} (a rule's points, a purchase's total, or a
 * ledger's lifetime earned points beyond {@code Long.MAX_VALUE}); nothing was booked. Points are
 * computed with exact arithmetic: they never wrap around to a negative number.
 *
 * @since 0.1
 */
public final class PointsOverflowException extends ArithmeticException {

  private static final long serialVersionUID = 1L;

  /**
   * A refused operation whose point total would overflow a {@code long}, explained by {@code
   * message}.
   */
  public PointsOverflowException(String message) {
    super(message);
  }
}
