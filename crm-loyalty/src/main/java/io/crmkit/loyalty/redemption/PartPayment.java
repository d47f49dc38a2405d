package io.crmkit.loyalty.redemption;

import io.crmkit.core.money.Money;
import io.crmkit.loyalty.ledger.Posting;
import java.util.Objects;

/**
 * An order paid partly with points: the whole {@code pointsUsed}, the money they {@code covered},
 * what the member still {@code pays}, and the ledger posting of the redemption.
 *
 * @since 0.1
 */
public record PartPayment(long pointsUsed, Money covered, Money pays, Posting posting) {

  /** Checks no component is null, the points used are positive and the amounts are not negative. */
  public PartPayment {
    Objects.requireNonNull(covered, "covered must not be null");
    Objects.requireNonNull(pays, "pays must not be null");
    Objects.requireNonNull(posting, "posting must not be null");
    if (pointsUsed <= 0) {
      throw new IllegalArgumentException("pointsUsed must be positive but was: " + pointsUsed);
    }
    if (covered.isNegative() || pays.isNegative()) {
      throw new IllegalArgumentException(
          "covered and pays must not be negative but were: " + covered + ", " + pays);
    }
  }

  @Override
  public String toString() {
    return pointsUsed + " pts cover " + covered + ", member pays " + pays;
  }
}
