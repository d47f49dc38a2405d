package io.crmkit.loyalty.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One entry of an account's append-only points ledger.
 *
 * <ul>
 *   <li>{@code sequence}: position in the ledger, from 0.
 *   <li>{@code points}: the signed effect on the account's points (whole points): positive for
 *       EARN, negative for REDEEM, EXPIRE and REVERSE, either for ADJUST, never zero.
 *   <li>{@code reason}: why, in words a customer can be told (the rule, purchase or operator).
 *   <li>{@code idempotencyKey}: the key of the operation that appended the entry; for the EXPIRE
 *       entries booked because their expiry fell due (at their own instant), {@link Ledger#EXPIRY_KEY}.
 *   <li>{@code reference}: the purchase (or other source) the entry belongs to, if any.
 *   <li>{@code createdLot}: the lot an EARN or positive ADJUST created.
 *   <li>{@code allocations}: the lots the entry took points from (links lot ↔ consumption).
 *   <li>{@code debtChange}: change of the account's negative balance (points owed): positive when a
 *       reversal could not be covered, negative when new points repay it.
 * </ul>
 *
 * The points always balance: {@code -points == sum(allocations) + debtChange} for consumptions,
 * and {@code sum(allocations) == -debtChange} for lot-creating entries (repayment from the new lot).
 */
public record LedgerEntry(
    long sequence,
    EntryType type,
    Instant at,
    long points,
    String reason,
    String idempotencyKey,
    Optional<String> reference,
    OptionalInt createdLot,
    List<Allocation> allocations,
    long debtChange) {

  public LedgerEntry {
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must not be negative but was: " + sequence);
    }
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(at, "at must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey must not be null");
    Objects.requireNonNull(reference, "reference must not be null (use Optional.empty())");
    Objects.requireNonNull(createdLot, "createdLot must not be null (use OptionalInt.empty())");
    Objects.requireNonNull(allocations, "allocations must not be null (use an empty list)");
    allocations = List.copyOf(allocations);
    if (points == 0) {
      throw new IllegalArgumentException("points of a " + type + " entry must not be zero");
    }
    boolean createsLot = type == EntryType.EARN || (type == EntryType.ADJUST && points > 0);
    if (type == EntryType.EARN && points < 0) {
      throw new IllegalArgumentException("points of an EARN entry must be positive but was: " + points);
    }
    if ((type == EntryType.REDEEM || type == EntryType.EXPIRE || type == EntryType.REVERSE) && points > 0) {
      throw new IllegalArgumentException("points of a " + type + " entry must be negative but was: " + points);
    }
    if (createsLot != createdLot.isPresent()) {
      throw new IllegalArgumentException("createdLot of a " + type + " entry of " + points + " points must be "
          + (createsLot ? "present" : "empty") + " but was: " + createdLot);
    }
    long allocated = 0;
    for (Allocation a : allocations) {
      allocated += a.points();
    }
    if (createsLot) {
      if (allocated != -debtChange || debtChange > 0) {
        throw new IllegalArgumentException("a " + type + " entry may only repay debt from its own lot, but allocated "
            + allocated + " points with debtChange " + debtChange);
      }
    } else if (-points != allocated + debtChange) {
      throw new IllegalArgumentException("points " + points + " of a " + type + " entry must equal minus the allocated "
          + allocated + " plus debtChange " + debtChange);
    }
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    s.append('#').append(sequence).append(' ').append(type).append(' ')
        .append(points > 0 ? "+" : "").append(points).append(" pts at ").append(at)
        .append(" (").append(reason).append(')');
    reference.ifPresent(r -> s.append(" ref ").append(r));
    createdLot.ifPresent(l -> s.append(" lot ").append(l));
    if (!allocations.isEmpty()) {
      s.append(' ').append(allocations);
    }
    if (debtChange != 0) {
      s.append(" debt ").append(debtChange > 0 ? "+" : "").append(debtChange);
    }
    return s.toString();
  }
}
