package io.crmkit.loyalty.account;

import io.crmkit.core.money.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * A refund that arrived before its purchase, held by the account: {@code refundId} refunds {@code
 * amount} of purchase {@code purchaseId}, sent at {@code at}. When the purchase is booked, its
 * points are reversed at once, at the purchase's instant, under the refund's id (see {@link
 * LoyaltyAccount#refund}).
 *
 * @since 0.1
 */
public record PendingRefund(String refundId, String purchaseId, Instant at, Money amount) {

  /** Checks no component is null and the amount is not negative. */
  public PendingRefund {
    Objects.requireNonNull(refundId, "refundId must not be null");
    Objects.requireNonNull(purchaseId, "purchaseId must not be null");
    Objects.requireNonNull(at, "at must not be null");
    Objects.requireNonNull(amount, "amount must not be null");
    if (amount.isNegative()) {
      throw new IllegalArgumentException(
          "amount of pending refund " + refundId + " must not be negative but was: " + amount);
    }
  }

  @Override
  public String toString() {
    return "refund "
        + refundId
        + " of "
        + amount
        + " held until purchase "
        + purchaseId
        + " arrives (sent "
        + at
        + ")";
  }
}
