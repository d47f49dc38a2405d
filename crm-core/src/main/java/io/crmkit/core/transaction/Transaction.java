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
 * @since 0.1
 */
public record Transaction(
    TransactionId id,
    CustomerId customerId,
    Instant timestamp,
    Money total,
    List<TransactionLine> lines,
    TransactionKind kind,
    Optional<TransactionId> refundOf) {

  /**
   * Checks every component: none null; the total not negative (the kind carries the sign); a refund
   * names the transaction it refunds (not itself) and a purchase names none; lines, when given,
   * agree with the total.
   */
  public Transaction {
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
