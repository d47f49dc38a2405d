package io.crmkit.loyalty.account;

import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.TransactionId;
import io.crmkit.loyalty.ledger.LedgerOperation;
import io.crmkit.loyalty.program.LoyaltyEventType;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One operation that changed a {@link LoyaltyAccount}, with what it booked: the account's history
 * as rows, to store and to rebuild the account from ({@link LoyaltyAccount#rebuild}). A purchase or
 * event keeps the points it earned (so a rebuilt account has the points that were booked, whatever
 * the programme's rules say today); a refund keeps the refunded purchase and amount; operations
 * called on the account's ledger directly (redemptions, adjustments, part payments) are {@link
 * OnLedger}. Retries are not operations: they change nothing.
 *
 * @since 0.1
 */
public sealed interface AccountOperation {

  /**
   * A purchase booked by {@link LoyaltyAccount#purchase} or {@link LoyaltyAccount#purchaseFast}.
   *
   * @param purchase the transaction id (the idempotency key)
   * @param at the purchase's instant
   * @param points the whole points it earned, zero or more
   * @param amount the purchase total
   * @param reason the ledger entry's reason
   * @param request the request fingerprint (see {@code RequestFingerprint})
   */
  record Purchase(
      TransactionId purchase, Instant at, long points, Money amount, String reason, long request)
      implements AccountOperation {
    /** Checks the fields. */
    public Purchase {
      Objects.requireNonNull(purchase, "purchase must not be null");
      Objects.requireNonNull(at, "at must not be null");
      Objects.requireNonNull(amount, "amount must not be null");
      Objects.requireNonNull(reason, "reason must not be null");
      if (points < 0) {
        throw new IllegalArgumentException(
            "points of purchase " + purchase + " must not be negative but was: " + points);
      }
    }
  }

  /**
   * A refund booked by {@link LoyaltyAccount#refund}: reversed, or held until its purchase arrives.
   *
   * @param refund the refund's transaction id (the idempotency key)
   * @param purchase the refunded purchase
   * @param at the refund's instant
   * @param amount the refunded amount
   * @param request the request fingerprint
   */
  record Refund(
      TransactionId refund, TransactionId purchase, Instant at, Money amount, long request)
      implements AccountOperation {
    /** Checks that no field is null. */
    public Refund {
      Objects.requireNonNull(refund, "refund must not be null");
      Objects.requireNonNull(purchase, "purchase must not be null");
      Objects.requireNonNull(at, "at must not be null");
      Objects.requireNonNull(amount, "amount must not be null");
    }
  }

  /**
   * A member event booked by {@link LoyaltyAccount#event}.
   *
   * @param event the event
   * @param key the idempotency key
   * @param at the event's instant
   * @param points the whole points its bonus earned, zero or more (zero: the key alone is recorded)
   * @param reason the ledger entry's reason
   * @param request the request fingerprint
   */
  record Event(
      LoyaltyEventType event, String key, Instant at, long points, String reason, long request)
      implements AccountOperation {
    /** Checks the fields. */
    public Event {
      Objects.requireNonNull(event, "event must not be null");
      Objects.requireNonNull(key, "key must not be null");
      Objects.requireNonNull(at, "at must not be null");
      Objects.requireNonNull(reason, "reason must not be null");
      if (points < 0) {
        throw new IllegalArgumentException(
            "points of event " + key + " must not be negative but was: " + points);
      }
    }
  }

  /**
   * The member's tags set by {@link LoyaltyAccount#setTags}.
   *
   * @param tags the tags
   */
  record Tags(Set<String> tags) implements AccountOperation {
    /** Copies the tags. */
    public Tags {
      tags = Set.copyOf(tags);
    }
  }

  /**
   * The member's segments set by {@link LoyaltyAccount#setSegments}.
   *
   * @param segments the segments
   */
  record Segments(Set<String> segments) implements AccountOperation {
    /** Copies the segments. */
    public Segments {
      segments = Set.copyOf(segments);
    }
  }

  /**
   * An operation called on the account's ledger directly.
   *
   * @param operation the ledger operation
   */
  record OnLedger(LedgerOperation operation) implements AccountOperation {
    /** Checks that the operation is not null. */
    public OnLedger {
      Objects.requireNonNull(operation, "operation must not be null");
    }
  }
}
