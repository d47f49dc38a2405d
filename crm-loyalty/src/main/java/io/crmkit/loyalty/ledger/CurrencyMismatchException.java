package io.crmkit.loyalty.ledger;

import java.util.Currency;

/**
 * An amount is in another currency than the programme's (a purchase, a refund or an order paid with
 * points): points are never computed from the bare number of another currency (100 JPY is not 100
 * EUR). Nothing was booked.
 *
 * @since 0.1
 */
public final class CurrencyMismatchException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final Currency expected;
  private final Currency actual;

  /** A refused amount: {@code what} must be in {@code expected} but was in {@code actual}. */
  public CurrencyMismatchException(String what, Currency expected, Currency actual) {
    super(what + " must be in " + expected + " but was in " + actual);
    this.expected = expected;
    this.actual = actual;
  }

  /** The programme's currency. */
  public Currency expected() {
    return expected;
  }

  /** The currency of the refused amount. */
  public Currency actual() {
    return actual;
  }
}
