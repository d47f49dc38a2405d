package io.crmkit.identity.merge;

import io.crmkit.core.customer.CustomerId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a merge did to two loyalty accounts: at {@code at}, the outstanding points of {@code from}
 * left it in one ADJUST entry (key {@code outKey}) and arrived on {@code to} as the EARN entries of
 * {@code lots}, each with its original expiry; the tier qualifying value {@code qualifyingValue} of
 * {@code from} (in the tier programme's metric units, zero without tiers) was recorded on {@code
 * to}. {@code debtLeft} is the debt (points owed, whole points) that stayed on {@code from}: a debt
 * is not moved.
 *
 * @since 0.1
 */
public record LoyaltyTransfer(
    CustomerId from,
    CustomerId to,
    Instant at,
    String outKey,
    List<MovedLot> lots,
    BigDecimal qualifyingValue,
    long debtLeft) {

  /** Checks that nothing is null and the debt is not negative; copies the lots. */
  public LoyaltyTransfer {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    Objects.requireNonNull(at, "at must not be null");
    Objects.requireNonNull(outKey, "outKey must not be null");
    lots = List.copyOf(Objects.requireNonNull(lots, "lots must not be null"));
    Objects.requireNonNull(qualifyingValue, "qualifyingValue must not be null");
    if (debtLeft < 0) {
      throw new IllegalArgumentException(
          "debtLeft of the transfer from " + from + " must not be negative but was: " + debtLeft);
    }
  }

  /** The points moved (whole points). */
  public long points() {
    return lots.stream().mapToLong(MovedLot::points).sum();
  }

  @Override
  public String toString() {
    return "LoyaltyTransfer["
        + points()
        + " pts in "
        + lots.size()
        + " lots from "
        + from.value()
        + " to "
        + to.value()
        + " at "
        + at
        + (qualifyingValue.signum() == 0 ? "" : ", qualifying " + qualifyingValue.toPlainString())
        + (debtLeft == 0 ? "" : ", debt " + debtLeft + " left")
        + "]";
  }
}
