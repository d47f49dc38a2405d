package io.crmkit.loyalty.account;

import io.crmkit.loyalty.ledger.Posting;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link LoyaltyAccount#refund} did with a refund: {@link Status#REVERSED} — the purchase was
 * found and its points reversed (the ledger {@code posting}, whose points are zero or negative); or
 * {@link Status#HELD} — the purchase has not arrived yet, so the refund is held as a
 * {@link PendingRefund} and reversed when the purchase is booked. A retry of the refund answers
 * {@code HELD} while it is held, and {@code REVERSED} with the settled posting afterwards.
 *
 * @since 0.1
 */
public record RefundResult(Status status, String refundId, String purchaseId, Optional<Posting> posting) {

  /**
   * Whether the refund was applied or is waiting for its purchase.
   *
   * @since 0.1
   */
  public enum Status {
    /** The purchase's points were reversed (possibly zero points, e.g. a purchase that earned none). */
    REVERSED,
    /** The purchase is not in the account yet: the refund waits for it. */
    HELD
  }

  /**
   * Checks no component is null and a posting is present exactly when the status is {@code
   * REVERSED}.
   */
  public RefundResult {
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(refundId, "refundId must not be null");
    Objects.requireNonNull(purchaseId, "purchaseId must not be null");
    Objects.requireNonNull(posting, "posting must not be null (use Optional.empty())");
    if (posting.isPresent() != (status == Status.REVERSED)) {
      throw new IllegalArgumentException("a " + status + " refund " + (status == Status.REVERSED ? "must" : "must not")
          + " have a posting");
    }
  }

  /** A refund applied with {@code posting}. */
  public static RefundResult reversed(String refundId, String purchaseId, Posting posting) {
    return new RefundResult(Status.REVERSED, refundId, purchaseId, Optional.of(posting));
  }

  /** A refund held until its purchase arrives. */
  public static RefundResult held(String refundId, String purchaseId) {
    return new RefundResult(Status.HELD, refundId, purchaseId, Optional.empty());
  }

  /** Whether the refund waits for its purchase. */
  public boolean isHeld() {
    return status == Status.HELD;
  }

  /** The points reversed (zero or negative; zero while held). */
  public long points() {
    return posting.map(Posting::points).orElse(0L);
  }

  @Override
  public String toString() {
    return status == Status.HELD ? "refund " + refundId + " held until purchase " + purchaseId + " arrives"
        : "refund " + refundId + " of " + purchaseId + ": " + points() + " pts";
  }
}
