package io.crmkit.loyalty.ledger;

import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.TransactionId;
import java.time.Instant;
import java.util.Objects;

/**
 * One operation called on a {@link Ledger}, with every argument that defines what it books: the
 * ledger's history as rows. {@link Ledger#replay(LedgerPolicy, java.util.List)} books a list of
 * them on a new ledger, which then has the same entries, lots, keys and balances as the ledger they
 * were taken from (operations are deterministic: the same operations in the same order book the
 * same ledger). A refused operation ({@link InsufficientPointsException}) is an operation too: its
 * refusal is remembered, and it may book the expiries that were due.
 *
 * <p>Points are whole points; instants are explicit; {@code request} is the operation's request
 * fingerprint (see {@link RequestFingerprint}).
 *
 * @since 0.1
 */
public sealed interface LedgerOperation {

  /** The instant the operation was called at. */
  Instant at();

  /** Books this operation on {@code ledger} (as its public method of the same name does). */
  Posting bookOn(Ledger ledger);

  /**
   * {@link Ledger#earn(String, Instant, long, String, long)}: {@code points} expiring by the
   * policy.
   *
   * @param key the idempotency key
   * @param at when
   * @param points the points earned, positive
   * @param reason the entry's reason
   * @param request the request fingerprint
   */
  record Earn(String key, Instant at, long points, String reason, long request)
      implements LedgerOperation {
    /** Checks that no field is null. */
    public Earn {
      Objects.requireNonNull(key, "key must not be null");
      Objects.requireNonNull(at, "at must not be null");
      Objects.requireNonNull(reason, "reason must not be null");
    }

    @Override
    public Posting bookOn(Ledger ledger) {
      return ledger.earn(key, at, points, reason, request);
    }
  }

  /**
   * {@link Ledger#earnExpiringAt(String, Instant, long, String, Instant, long)}: promotional
   * points.
   *
   * @param key the idempotency key
   * @param at when
   * @param points the points earned, positive
   * @param reason the entry's reason
   * @param expiresAt when the points expire
   * @param request the request fingerprint
   */
  record EarnExpiring(
      String key, Instant at, long points, String reason, Instant expiresAt, long request)
      implements LedgerOperation {
    /** Checks that no field is null. */
    public EarnExpiring {
      Objects.requireNonNull(key, "key must not be null");
      Objects.requireNonNull(at, "at must not be null");
      Objects.requireNonNull(reason, "reason must not be null");
      Objects.requireNonNull(expiresAt, "expiresAt must not be null");
    }

    @Override
    public Posting bookOn(Ledger ledger) {
      return ledger.earnExpiringAt(key, at, points, reason, expiresAt, request);
    }
  }

  /**
   * {@link Ledger#earnForPurchase(String, Instant, TransactionId, Money, long, String, long)}.
   *
   * @param key the idempotency key
   * @param at when
   * @param purchase the purchase
   * @param amount the purchase amount
   * @param points the points earned, zero or more
   * @param reason the entry's reason
   * @param request the request fingerprint
   */
  record EarnForPurchase(
      String key,
      Instant at,
      TransactionId purchase,
      Money amount,
      long points,
      String reason,
      long request)
      implements LedgerOperation {
    /** Checks that no field is null. */
    public EarnForPurchase {
      Objects.requireNonNull(key, "key must not be null");
      Objects.requireNonNull(at, "at must not be null");
      Objects.requireNonNull(purchase, "purchase must not be null");
      Objects.requireNonNull(amount, "amount must not be null");
      Objects.requireNonNull(reason, "reason must not be null");
    }

    @Override
    public Posting bookOn(Ledger ledger) {
      return ledger.earnForPurchase(key, at, purchase, amount, points, reason, request);
    }
  }

  /**
   * {@link Ledger#redeem(String, Instant, long, String, long)}.
   *
   * @param key the idempotency key
   * @param at when
   * @param points the points to redeem, positive
   * @param reason the entry's reason
   * @param request the request fingerprint
   */
  record Redeem(String key, Instant at, long points, String reason, long request)
      implements LedgerOperation {
    /** Checks that no field is null. */
    public Redeem {
      Objects.requireNonNull(key, "key must not be null");
      Objects.requireNonNull(at, "at must not be null");
      Objects.requireNonNull(reason, "reason must not be null");
    }

    @Override
    public Posting bookOn(Ledger ledger) {
      return ledger.redeem(key, at, points, reason, request);
    }
  }

  /**
   * {@link Ledger#refund(String, Instant, TransactionId, Money, String, long)}.
   *
   * @param key the idempotency key
   * @param at when
   * @param purchase the refunded purchase
   * @param refunded the amount refunded by this refund
   * @param reason the entry's reason
   * @param request the request fingerprint
   */
  record Refund(
      String key, Instant at, TransactionId purchase, Money refunded, String reason, long request)
      implements LedgerOperation {
    /** Checks that no field is null. */
    public Refund {
      Objects.requireNonNull(key, "key must not be null");
      Objects.requireNonNull(at, "at must not be null");
      Objects.requireNonNull(purchase, "purchase must not be null");
      Objects.requireNonNull(refunded, "refunded must not be null");
      Objects.requireNonNull(reason, "reason must not be null");
    }

    @Override
    public Posting bookOn(Ledger ledger) {
      return ledger.refund(key, at, purchase, refunded, reason, request);
    }
  }

  /**
   * {@link Ledger#adjust(String, Instant, long, String)}: an operator's correction.
   *
   * @param key the idempotency key
   * @param at when
   * @param points the correction, non-zero
   * @param reason the entry's reason
   */
  record Adjust(String key, Instant at, long points, String reason) implements LedgerOperation {
    /** Checks that no field is null. */
    public Adjust {
      Objects.requireNonNull(key, "key must not be null");
      Objects.requireNonNull(at, "at must not be null");
      Objects.requireNonNull(reason, "reason must not be null");
    }

    @Override
    public Posting bookOn(Ledger ledger) {
      return ledger.adjust(key, at, points, reason);
    }
  }

  /**
   * {@link Ledger#expire(String, Instant, long)}: a key recorded with the expiries due.
   *
   * @param key the idempotency key
   * @param at when
   * @param request the request fingerprint
   */
  record Expire(String key, Instant at, long request) implements LedgerOperation {
    /** Checks that no field is null. */
    public Expire {
      Objects.requireNonNull(key, "key must not be null");
      Objects.requireNonNull(at, "at must not be null");
    }

    @Override
    public Posting bookOn(Ledger ledger) {
      return ledger.expire(key, at, request);
    }
  }

  /**
   * {@link Ledger#expireDue(Instant)}: the expiries due, without a key.
   *
   * @param at when
   */
  record ExpireDue(Instant at) implements LedgerOperation {
    /** Checks that {@code at} is not null. */
    public ExpireDue {
      Objects.requireNonNull(at, "at must not be null");
    }

    /** Books the due expiries; the posting holds them under {@link Ledger#EXPIRY_KEY}. */
    @Override
    public Posting bookOn(Ledger ledger) {
      return new Posting(Ledger.EXPIRY_KEY, ledger.expireDue(at), 0);
    }
  }
}
