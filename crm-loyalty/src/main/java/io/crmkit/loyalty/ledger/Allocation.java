package io.crmkit.loyalty.ledger;

/**
 * The link between an entry and a lot: {@code points} (whole points, positive) taken from lot
 * {@code lot} (the lot's id, its position in the ledger's list of lots) by a redemption, expiry,
 * reversal, negative adjustment or a repayment of a negative balance.
 *
 * @since 0.1
 */
public record Allocation(int lot, long points) {

  /** Checks the 0-based lot number is not negative and the points (whole points) are positive. */
  public Allocation {
    if (lot < 0) {
      throw new IllegalArgumentException("lot must not be negative but was: " + lot);
    }
    if (points <= 0) {
      throw new IllegalArgumentException(
          "points of an allocation must be positive but was: " + points);
    }
  }

  /** {@code points} taken from lot {@code lot}. */
  public static Allocation of(int lot, long points) {
    return new Allocation(lot, points);
  }

  @Override
  public String toString() {
    return points + " pts from lot " + lot;
  }
}
