package io.crmkit.loyalty.ledger;

import io.crmkit.core.transaction.TransactionId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One entry of an account's append-only points ledger (immutable; equal when all fields are).
 *
 * <ul>
 *   <li>{@code sequence}: position in the ledger, from 0.
 *   <li>{@code points}: the signed effect on the account's points (whole points): positive for
 *       EARN, negative for REDEEM, EXPIRE and REVERSE, either for ADJUST, never zero.
 *   <li>{@code reason}: why, in words a customer can be told (the rule, purchase or operator).
 *   <li>{@code idempotencyKey}: the key of the operation that appended the entry; for the EXPIRE
 *       entries booked because their expiry fell due (at their own instant), {@link
 *       Ledger#EXPIRY_KEY}.
 *   <li>{@code reference}: the purchase the entry belongs to (its transaction id), if any.
 *   <li>{@code createdLot}: the lot an EARN or positive ADJUST created.
 *   <li>{@code allocations}: the lots the entry took points from (links lot ↔ consumption).
 *   <li>{@code debtChange}: change of the account's negative balance (points owed): positive when a
 *       reversal could not be covered, negative when new points repay it.
 * </ul>
 *
 * The points always balance: {@code -points == sum(allocations) + debtChange} for consumptions, and
 * {@code sum(allocations) == -debtChange} for lot-creating entries (repayment from the new lot).
 *
 * @since 0.1
 */
public final class LedgerEntry {

  private final long sequence;
  private final EntryType type;
  private final Instant at;
  private final long points;
  private final String reason;
  private final String idempotencyKey;
  private final String reference; // null: none (kept unboxed: one entry per purchase in bulk runs)
  private final int createdLot; // -1: none
  private final List<Allocation> allocations;
  private final long debtChange;

  /**
   * An entry; see the class comment for the fields and the checks ({@code reference} null: none,
   * {@code createdLot} -1: none).
   */
  LedgerEntry(
      long sequence,
      EntryType type,
      Instant at,
      long points,
      String reason,
      String idempotencyKey,
      String reference,
      int createdLot,
      List<Allocation> allocations,
      long debtChange) {
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must not be negative but was: " + sequence);
    }
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(at, "at must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey must not be null");
    Objects.requireNonNull(allocations, "allocations must not be null (use an empty list)");
    if (createdLot < -1) {
      throw new IllegalArgumentException("createdLot must not be negative but was: " + createdLot);
    }
    allocations = List.copyOf(allocations);
    if (points == 0) {
      throw new IllegalArgumentException("points of a " + type + " entry must not be zero");
    }
    boolean createsLot = type == EntryType.EARN || (type == EntryType.ADJUST && points > 0);
    if (type == EntryType.EARN && points < 0) {
      throw new IllegalArgumentException(
          "points of an EARN entry must be positive but was: " + points);
    }
    if ((type == EntryType.REDEEM || type == EntryType.EXPIRE || type == EntryType.REVERSE)
        && points > 0) {
      throw new IllegalArgumentException(
          "points of a " + type + " entry must be negative but was: " + points);
    }
    if (createsLot != (createdLot >= 0)) {
      throw new IllegalArgumentException(
          "createdLot of a "
              + type
              + " entry of "
              + points
              + " points must be "
              + (createsLot ? "present" : "empty")
              + " but was: "
              + (createdLot >= 0 ? createdLot : "empty"));
    }
    long allocated = 0;
    for (Allocation a : allocations) {
      allocated += a.points();
    }
    if (createsLot) {
      if (allocated != -debtChange || debtChange > 0) {
        throw new IllegalArgumentException(
            "a "
                + type
                + " entry may only repay debt from its own lot, but allocated "
                + allocated
                + " points with debtChange "
                + debtChange);
      }
    } else if (-points != allocated + debtChange) {
      throw new IllegalArgumentException(
          "points "
              + points
              + " of a "
              + type
              + " entry must equal minus the allocated "
              + allocated
              + " plus debtChange "
              + debtChange);
    }
    this.sequence = sequence;
    this.type = type;
    this.at = at;
    this.points = points;
    this.reason = reason;
    this.idempotencyKey = idempotencyKey;
    this.reference = reference;
    this.createdLot = createdLot;
    this.allocations = allocations;
    this.debtChange = debtChange;
  }

  /** Position in the ledger, from 0. */
  public long sequence() {
    return sequence;
  }

  /** What kind of booking this entry is. */
  public EntryType type() {
    return type;
  }

  /** When the entry took effect. */
  public Instant at() {
    return at;
  }

  /** The signed effect on the account, in whole points. */
  public long points() {
    return points;
  }

  /** Why the entry was booked, in words. */
  public String reason() {
    return reason;
  }

  /** The idempotency key of the operation that booked this entry. */
  public String idempotencyKey() {
    return idempotencyKey;
  }

  /** The purchase the entry belongs to (its transaction id), if any. */
  public Optional<TransactionId> reference() {
    return reference == null ? Optional.empty() : Optional.of(new TransactionId(reference));
  }

  /** The lot an EARN or positive ADJUST entry created. */
  public OptionalInt createdLot() {
    return createdLot >= 0 ? OptionalInt.of(createdLot) : OptionalInt.empty();
  }

  /** The reference, or null (unboxed, for the ledger's hot paths). */
  String referenceOrNull() {
    return reference;
  }

  /** The created lot, or -1 (unboxed, for the ledger's hot paths). */
  int createdLotIndex() {
    return createdLot;
  }

  /** The lots the entry took points from. */
  public List<Allocation> allocations() {
    return allocations;
  }

  /** Change of the points owed by the account (whole points). */
  public long debtChange() {
    return debtChange;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LedgerEntry e
        && sequence == e.sequence
        && type == e.type
        && at.equals(e.at)
        && points == e.points
        && reason.equals(e.reason)
        && idempotencyKey.equals(e.idempotencyKey)
        && Objects.equals(reference, e.reference)
        && createdLot == e.createdLot
        && allocations.equals(e.allocations)
        && debtChange == e.debtChange;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        sequence,
        type,
        at,
        points,
        reason,
        idempotencyKey,
        reference,
        createdLot,
        allocations,
        debtChange);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    s.append('#')
        .append(sequence)
        .append(' ')
        .append(type)
        .append(' ')
        .append(points > 0 ? "+" : "")
        .append(points)
        .append(" pts at ")
        .append(at)
        .append(" (")
        .append(reason)
        .append(')');
    if (reference != null) {
      s.append(" ref ").append(reference);
    }
    if (createdLot >= 0) {
      s.append(" lot ").append(createdLot);
    }
    if (!allocations.isEmpty()) {
      s.append(' ').append(allocations);
    }
    if (debtChange != 0) {
      s.append(" debt ").append(debtChange > 0 ? "+" : "").append(debtChange);
    }
    return s.toString();
  }
}
