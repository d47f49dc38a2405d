package io.crmkit.loyalty.account;

import io.crmkit.loyalty.ledger.Posting;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link LoyaltyAccount#refund} did with a refund: {@link Status#REVERSED} — the purchase was
 * found and its points reversed (the ledger {@code posting}, whose points are zero or negative); or
 * {@link Status#HELD} — the purchase has not arrived yet, so the refund is held as a {@link
 * PendingRefund} and reversed when the purchase is booked. A retry of the refund answers {@code
 * HELD} while it is held, and {@code REVERSED} with the settled posting afterwards.
 *
 * @since 0.1
 */
public final class RefundResult {

  /**
   * Whether the refund was applied or is waiting for its purchase.
   *
   * @since 0.1
   */
  public enum Status {
    /**
     * The purchase's points were reversed (possibly zero points, e.g. a purchase that earned none).
     */
    REVERSED,
    /** The purchase is not in the account yet: the refund waits for it. */
    HELD
  }

  private final Status status;
  private final String refundId;
  private final String purchaseId;
  private final Posting posting; // null while held

  private RefundResult(Status status, String refundId, String purchaseId, Posting posting) {
    this.status = status;
    this.refundId = Objects.requireNonNull(refundId, "refundId must not be null");
    this.purchaseId = Objects.requireNonNull(purchaseId, "purchaseId must not be null");
    this.posting = posting;
  }

  /** A refund applied with {@code posting}. */
  public static RefundResult reversed(String refundId, String purchaseId, Posting posting) {
    return new RefundResult(
        Status.REVERSED,
        refundId,
        purchaseId,
        Objects.requireNonNull(posting, "posting must not be null"));
  }

  /** A refund held until its purchase arrives. */
  public static RefundResult held(String refundId, String purchaseId) {
    return new RefundResult(Status.HELD, refundId, purchaseId, null);
  }

  /** Whether the refund was reversed or is held. */
  public Status status() {
    return status;
  }

  /** The refund's transaction id. */
  public String refundId() {
    return refundId;
  }

  /** The refunded purchase's transaction id. */
  public String purchaseId() {
    return purchaseId;
  }

  /** The reversal's ledger posting; empty while held. */
  public Optional<Posting> posting() {
    return Optional.ofNullable(posting);
  }

  /** Whether the refund waits for its purchase. */
  public boolean isHeld() {
    return status == Status.HELD;
  }

  /** The points reversed (zero or negative; zero while held). */
  public long points() {
    return posting == null ? 0 : posting.points();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RefundResult r
        && status == r.status
        && refundId.equals(r.refundId)
        && purchaseId.equals(r.purchaseId)
        && Objects.equals(posting, r.posting);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, refundId, purchaseId, posting);
  }

  @Override
  public String toString() {
    return status == Status.HELD
        ? "refund " + refundId + " held until purchase " + purchaseId + " arrives"
        : "refund " + refundId + " of " + purchaseId + ": " + points() + " pts";
  }
}
