package io.crmkit.core.transaction;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A purchase by a customer, or a refund of one, at an instant.
 *
 * <p>{@code total} is the amount paid (for a purchase) or paid back (for a refund), never negative:
 * the kind carries the sign. A refund names the transaction it refunds in {@code refundOf}; a
 * purchase has none. When lines are given, their totals must add up to {@code total} and share its
 * currency.
 *
 * <p>Create one with {@link #purchase}, {@link #refund} or, when the kind is only known at run
 * time, {@link #of(TransactionId, CustomerId, Instant, Money, List, TransactionKind)} and {@link
 * #of(TransactionId, CustomerId, Instant, Money, List, TransactionKind, TransactionId)}.
 *
 * @since 0.1
 */
public final class Transaction {

  private final TransactionId id;
  private final CustomerId customerId;
  private final Instant timestamp;
  private final Money total;
  private final List<TransactionLine> lines;
  private final TransactionKind kind;
  private final Optional<TransactionId> refundOf;

  /**
   * Checks every component: none null; the total not negative (the kind carries the sign); a refund
   * names the transaction it refunds (not itself) and a purchase names none; lines, when given,
   * agree with the total.
   */
  private Transaction(
      TransactionId id,
      CustomerId customerId,
      Instant timestamp,
      Money total,
      List<TransactionLine> lines,
      TransactionKind kind,
      Optional<TransactionId> refundOf) {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(customerId, "customerId must not be null");
    Objects.requireNonNull(timestamp, "timestamp must not be null");
    Objects.requireNonNull(total, "total must not be null");
    Objects.requireNonNull(lines, "lines must not be null (use an empty list)");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(refundOf, "refundOf must not be null (use Optional.empty())");
    lines = List.copyOf(lines);
    if (total.isNegative()) {
      throw new IllegalArgumentException(
          "total must not be negative (the kind carries the sign) but was: "
              + total
              + " in transaction "
              + id);
    }
    if (kind == TransactionKind.REFUND && refundOf.isEmpty()) {
      throw new IllegalArgumentException(
          "refund " + id + " must name the transaction it refunds (refundOf)");
    }
    if (kind == TransactionKind.PURCHASE && refundOf.isPresent()) {
      throw new IllegalArgumentException(
          "purchase "
              + id
              + " must not name a refunded transaction but refundOf was: "
              + refundOf.get());
    }
    if (refundOf.isPresent() && refundOf.get().equals(id)) {
      throw new IllegalArgumentException("refund " + id + " cannot refund itself");
    }
    if (!lines.isEmpty()) {
      Money sum = Money.zero(total.currency());
      for (TransactionLine line : lines) {
        if (!line.unitPrice().currency().equals(total.currency())) {
          throw new IllegalArgumentException(
              "line "
                  + line.productId()
                  + " of transaction "
                  + id
                  + " is in "
                  + line.unitPrice().currency()
                  + " but the total is in "
                  + total.currency());
        }
        sum = sum.plus(line.total());
      }
      if (sum.compareTo(total) != 0) {
        throw new IllegalArgumentException(
            "lines of transaction " + id + " add up to " + sum + " but total was: " + total);
      }
    }
    this.id = id;
    this.customerId = customerId;
    this.timestamp = timestamp;
    this.total = total;
    this.lines = lines;
    this.kind = kind;
    this.refundOf = refundOf;
  }

  /**
   * A transaction of {@code kind} that names no refunded transaction: a purchase (a refund must use
   * {@link #of(TransactionId, CustomerId, Instant, Money, List, TransactionKind, TransactionId)}).
   *
   * @param lines the lines, empty when not given; when given their totals add up to {@code total}
   * @throws IllegalArgumentException if {@code kind} is {@link TransactionKind#REFUND}, the total
   *     is negative or the lines do not add up to it
   */
  public static Transaction of(
      TransactionId id,
      CustomerId customerId,
      Instant timestamp,
      Money total,
      List<TransactionLine> lines,
      TransactionKind kind) {
    return new Transaction(id, customerId, timestamp, total, lines, kind, Optional.empty());
  }

  /**
   * A transaction of {@code kind} that refunds the transaction {@code refundOf}: a refund.
   *
   * @param lines the lines, empty when not given; when given their totals add up to {@code total}
   * @throws IllegalArgumentException if {@code kind} is {@link TransactionKind#PURCHASE}, {@code
   *     refundOf} is {@code id}, the total is negative or the lines do not add up to it
   */
  public static Transaction of(
      TransactionId id,
      CustomerId customerId,
      Instant timestamp,
      Money total,
      List<TransactionLine> lines,
      TransactionKind kind,
      TransactionId refundOf) {
    return new Transaction(
        id,
        customerId,
        timestamp,
        total,
        lines,
        kind,
        Optional.of(Objects.requireNonNull(refundOf, "refundOf of " + id + " must not be null")));
  }

  /** The transaction's id. */
  public TransactionId id() {
    return id;
  }

  /** The customer who bought or was refunded. */
  public CustomerId customerId() {
    return customerId;
  }

  /** When the transaction took place. */
  public Instant timestamp() {
    return timestamp;
  }

  /** The amount paid or paid back, never negative (the kind carries the sign). */
  public Money total() {
    return total;
  }

  /** The lines (unmodifiable), empty when not given. */
  public List<TransactionLine> lines() {
    return lines;
  }

  /** Purchase or refund. */
  public TransactionKind kind() {
    return kind;
  }

  /** The transaction a refund refunds; empty for a purchase. */
  public Optional<TransactionId> refundOf() {
    return refundOf;
  }

  /** This transaction of another customer (for example after a merge of duplicates). */
  public Transaction withCustomerId(CustomerId customer) {
    return new Transaction(id, customer, timestamp, total, lines, kind, refundOf);
  }

  /** This transaction at another instant. */
  public Transaction withTimestamp(Instant instant) {
    return new Transaction(id, customerId, instant, total, lines, kind, refundOf);
  }

  /** A purchase without lines. */
  public static Transaction purchase(String id, String customerId, Instant timestamp, Money total) {
    return new Transaction(
        TransactionId.of(id),
        CustomerId.of(customerId),
        timestamp,
        total,
        List.of(),
        TransactionKind.PURCHASE,
        Optional.empty());
  }

  /** A purchase whose total is the sum of its lines (at least one line). */
  public static Transaction purchase(
      String id, String customerId, Instant timestamp, List<TransactionLine> lines) {
    Objects.requireNonNull(lines, "lines must not be null");
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("lines of purchase " + id + " must not be empty");
    }
    Money total = Money.zero(lines.get(0).unitPrice().currency());
    for (TransactionLine line : lines) {
      total = total.plus(line.total());
    }
    return new Transaction(
        TransactionId.of(id),
        CustomerId.of(customerId),
        timestamp,
        total,
        lines,
        TransactionKind.PURCHASE,
        Optional.empty());
  }

  /** A refund of {@code amount} (not negative) of the purchase {@code refundedId}. */
  public static Transaction refund(
      String id, String customerId, Instant timestamp, Money amount, String refundedId) {
    return new Transaction(
        TransactionId.of(id),
        CustomerId.of(customerId),
        timestamp,
        amount,
        List.of(),
        TransactionKind.REFUND,
        Optional.of(TransactionId.of(refundedId)));
  }

  /** Whether this is a purchase. */
  public boolean isPurchase() {
    return kind == TransactionKind.PURCHASE;
  }

  /** Whether this is a refund of an earlier purchase. */
  public boolean isRefund() {
    return kind == TransactionKind.REFUND;
  }

  /** The total with its sign: positive for a purchase, negative for a refund. */
  public Money signedTotal() {
    return kind == TransactionKind.REFUND ? total.negate() : total;
  }

  /** Equal when every component is equal (totals by {@link Money#equals}). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Transaction t
        && id.equals(t.id)
        && customerId.equals(t.customerId)
        && timestamp.equals(t.timestamp)
        && total.equals(t.total)
        && lines.equals(t.lines)
        && kind == t.kind
        && refundOf.equals(t.refundOf);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, customerId, timestamp, total, lines, kind, refundOf);
  }

  /**
   * For example {@code "purchase t-1 by 42 at 2024-01-01T10:00:00Z for 12.50 EUR (2 lines)"} or
   * {@code "refund r-1 by 42 at ... for 5.00 EUR refunding t-1"}.
   */
  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT)
        + " "
        + id
        + " by "
        + customerId
        + " at "
        + timestamp
        + " for "
        + total
        + (lines.isEmpty() ? "" : " (" + lines.size() + " lines)")
        + refundOf.map(r -> " refunding " + r).orElse("");
  }
}
