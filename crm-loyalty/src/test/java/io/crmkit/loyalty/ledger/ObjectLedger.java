package io.crmkit.loyalty.ledger;

import io.crmkit.loyalty.internal.time.LocalDays;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The ledger as crmkit first implemented it, with an object per entry, lot and posting: kept in the
 * tests as the reference the columnar {@link Ledger} must agree with, entry for entry.
 */
public final class ObjectLedger {

  private static final class LotState {
    final int id;
    final long entrySequence;
    final Instant earnedAt;
    final long availableAt; // epoch nanos
    final long expiresAt; // epoch nanos; NEVER: no expiry
    final long points;
    final String reference; // null: none
    long remaining;
    // the purchase that earned the lot, if any (folded in: no separate object per purchase)
    BigDecimal purchaseAmount; // null: the lot does not belong to a purchase
    BigDecimal refunded = BigDecimal.ZERO;
    long reversed;

    LotState(
        int id,
        long entrySequence,
        Instant earnedAt,
        long availableAt,
        long expiresAt,
        long points,
        String reference) {
      this.id = id;
      this.entrySequence = entrySequence;
      this.earnedAt = earnedAt;
      this.availableAt = availableAt;
      this.expiresAt = expiresAt;
      this.points = points;
      this.reference = reference;
      this.remaining = points;
    }

    Lot snapshot(long remainingPoints) {
      return new Lot(
          id,
          entrySequence,
          earnedAt,
          instant(availableAt),
          expiresAt == NEVER ? null : instant(expiresAt),
          points,
          remainingPoints,
          reference);
    }
  }

  /** The purchase state of purchases that earned no points (nothing to reverse). */
  private static final LotState NO_POINTS = new LotState(-1, -1, Instant.EPOCH, 0, 0, 0, null);

  private final LedgerPolicy policy;
  private final ArrayList<LedgerEntry> entries = new ArrayList<>();
  private final ArrayList<LotState> lots = new ArrayList<>();
  private final HashMap<String, Posting> postings = new HashMap<>();
  // purchase reference -> the lot it earned (with the refund state), or NO_POINTS
  private final HashMap<String, LotState> purchases = new HashMap<>();
  private int firstOpen;
  private long debt;
  // instants as epoch nanoseconds, so the hot path compares primitives
  private static final long NEVER = Long.MAX_VALUE;
  private static final long NONE = Long.MIN_VALUE;

  /**
   * The idempotency key of EXPIRE entries booked because their expiry fell due (not an operation's
   * key).
   */
  public static final String EXPIRY_KEY = "expiry@due";

  private long lastAt = NONE;
  private Instant lastActivity;
  private long inactivityDeadline = NEVER; // cached from lastActivity
  private final boolean expiresForInactivity;
  private final long lockNanos;
  private final LocalDays days;
  private long nextLotExpiry = NEVER;
  private HashMap<String, InsufficientPointsException> rejected; // created at the first rejection

  private ObjectLedger(LedgerPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy must not be null");
    this.expiresForInactivity = policy.expiry() instanceof ExpiryPolicy.Inactivity;
    this.lockNanos = policy.lockPeriod().toNanos();
    this.days = LocalDays.of(policy.zone());
  }

  /** An empty ledger following {@code policy}. */
  public static ObjectLedger create(LedgerPolicy policy) {
    return new ObjectLedger(policy);
  }

  public LedgerPolicy policy() {
    return policy;
  }

  // ---------------------------------------------------------------- operations

  /** Earns {@code points} (positive) not linked to a purchase, e.g. an event bonus. */
  public Posting earn(String key, Instant at, long points, String reason) {
    return earn(key, at, points, reason, Optional.empty());
  }

  /**
   * Earns {@code points} (positive) that expire at {@code expiresAt} instead of the policy's expiry
   * (promotional points); {@code expiresAt} must be after {@code at}.
   */
  public Posting earn(
      String key, Instant at, long points, String reason, Optional<Instant> expiresAt) {
    Posting first = retried(key);
    if (first != null) {
      return first;
    }
    checkInstant(at);
    checkPositive("points", points);
    Objects.requireNonNull(reason, "reason must not be null");
    Objects.requireNonNull(expiresAt, "expiresAt must not be null (use Optional.empty())");
    if (expiresAt.isPresent() && !expiresAt.get().isAfter(at)) {
      throw new IllegalArgumentException(
          "expiresAt must be after the earning instant " + at + " but was: " + expiresAt.get());
    }
    List<LedgerEntry> out = new ArrayList<>(2);
    expireDue(at, out);
    out.add(
        appendLot(
            EntryType.EARN,
            key,
            at,
            points,
            reason,
            null,
            expiresAt.isPresent() ? nanos(expiresAt.get()) : policyExpiry(at)));
    activity(at);
    return record(key, at, out, 0);
  }

  /**
   * Earns {@code points} (zero or more) for the purchase {@code purchaseRef} of {@code
   * purchaseAmount} (in units of its currency, positive), remembered so that a refund can reverse
   * them proportionally.
   */
  public Posting earnForPurchase(
      String key,
      Instant at,
      String purchaseRef,
      BigDecimal purchaseAmount,
      long points,
      String reason) {
    Posting first = retried(key);
    if (first != null) {
      return first;
    }
    checkInstant(at);
    Objects.requireNonNull(purchaseRef, "purchaseRef must not be null");
    Objects.requireNonNull(purchaseAmount, "purchaseAmount must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    if (purchaseAmount.signum() <= 0) {
      throw new IllegalArgumentException(
          "purchaseAmount of " + purchaseRef + " must be positive but was: " + purchaseAmount);
    }
    if (points < 0) {
      throw new IllegalArgumentException(
          "points of purchase " + purchaseRef + " must not be negative but was: " + points);
    }
    if (purchaseState(purchaseRef) != null) {
      throw new IllegalArgumentException(
          "purchase " + purchaseRef + " already earned points in this ledger");
    }
    List<LedgerEntry> out =
        null; // created only when expiries fall due (the common purchase appends one entry)
    if (anythingDue(nanos(at))) {
      out = new ArrayList<>(2);
      expireDue(at, out);
    }
    LedgerEntry e = null;
    LotState state = NO_POINTS;
    if (points > 0) {
      e = appendLot(EntryType.EARN, key, at, points, reason, purchaseRef, policyExpiry(at));
      state = lots.get(e.createdLotIndex());
      state.purchaseAmount = purchaseAmount;
      activity(at); // only entries count as activity, so that a replay of the entries agrees
    }
    if (state == NO_POINTS || !key.equals(purchaseRef)) {
      purchases.put(
          purchaseRef,
          state); // else found through the posting of key purchaseRef (one map entry, not two)
    }
    if (out == null) {
      return record(key, at, e == null ? List.of() : List.of(e), 0);
    }
    if (e != null) {
      out.add(e);
    }
    return record(key, at, out, 0);
  }

  /**
   * Redeems {@code points} (positive) from the available lots in the policy's order.
   *
   * @throws InsufficientPointsException if fewer points are available; nothing is deducted, and a
   *     retry with the same key fails the same way (the first result)
   */
  public Posting redeem(String key, Instant at, long points, String reason) {
    Posting first = retried(key);
    if (first != null) {
      return first;
    }
    checkInstant(at);
    checkPositive("points", points);
    Objects.requireNonNull(reason, "reason must not be null");
    List<LedgerEntry> out = new ArrayList<>(2);
    expireDue(at, out);
    List<LotState> candidates = orderedOpenLots(at, true, false, -1);
    long available = -debt;
    for (LotState l : candidates) {
      available += l.remaining;
    }
    if (points > available) {
      if (!out.isEmpty()) {
        // the due expiries happened whatever the redemption does: keep them
        lastAt = nanos(out.get(out.size() - 1).at());
      }
      throw reject(
          key,
          new InsufficientPointsException(
              "redemption '" + reason + "' (key " + key + ")", points, available));
    }
    List<Allocation> allocations = take(candidates, points);
    out.add(append(EntryType.REDEEM, key, at, -points, reason, null, allocations, 0));
    activity(at);
    return record(key, at, out, 0);
  }

  /**
   * Reverses the points of purchase {@code purchaseRef} in proportion to the amount refunded so far
   * (cumulative refunds, capped at the purchase amount; the cumulative target is rounded with the
   * policy's reversal rounding, so partial refunds add up to a full reversal). An unknown purchase,
   * or one that earned no points, reverses nothing.
   */
  public Posting refund(
      String key, Instant at, String purchaseRef, BigDecimal refundedAmount, String reason) {
    Posting first = retried(key);
    if (first != null) {
      return first;
    }
    checkInstant(at);
    Objects.requireNonNull(purchaseRef, "purchaseRef must not be null");
    Objects.requireNonNull(refundedAmount, "refundedAmount must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    if (refundedAmount.signum() < 0) {
      throw new IllegalArgumentException(
          "refundedAmount of " + purchaseRef + " must not be negative but was: " + refundedAmount);
    }
    List<LedgerEntry> out = new ArrayList<>(2);
    expireDue(at, out);
    LotState p = purchaseState(purchaseRef);
    long shortfall = 0;
    if (p != null && p.points > 0) {
      p.refunded = p.refunded.add(refundedAmount).min(p.purchaseAmount);
      // exact: one rounding of the rational earned × refunded / amount
      long target =
          BigDecimal.valueOf(p.points)
              .multiply(p.refunded)
              .divide(p.purchaseAmount, 0, policy.reversalRounding())
              .longValueExact();
      target = Math.min(target, p.points);
      long delta = target - p.reversed;
      if (delta > 0) {
        List<LotState> order = new ArrayList<>();
        if (p.remaining > 0) {
          order.add(p);
        }
        order.addAll(orderedOpenLots(at, true, false, p.id));
        order.addAll(orderedOpenLots(at, false, true, p.id));
        long coverable = 0;
        for (LotState l : order) {
          coverable += l.remaining;
        }
        long covered = Math.min(delta, coverable);
        List<Allocation> allocations = take(order, covered);
        long uncovered = delta - covered;
        long debtChange = 0;
        if (uncovered > 0 && policy.negativeBalance() == NegativeBalancePolicy.ALLOW_NEGATIVE) {
          debtChange = uncovered;
        } else {
          shortfall = uncovered;
        }
        long reversedNow = covered + debtChange;
        if (reversedNow > 0) {
          debt += debtChange;
          out.add(
              append(
                  EntryType.REVERSE,
                  key,
                  at,
                  -reversedNow,
                  reason,
                  purchaseRef,
                  allocations,
                  debtChange));
        }
        // the target is reached either way: a capped shortfall is not reversed later
        p.reversed = target;
      }
    }
    return record(key, at, out, shortfall);
  }

  /**
   * An operator's correction of {@code points} (non-zero): positive creates a lot, negative takes
   * points from the lots (available first, then pending) and fails if the account has too few.
   */
  public Posting adjust(String key, Instant at, long points, String reason) {
    Posting first = retried(key);
    if (first != null) {
      return first;
    }
    checkInstant(at);
    Objects.requireNonNull(reason, "reason must not be null");
    if (points == 0) {
      throw new IllegalArgumentException("points of an adjustment must not be zero");
    }
    List<LedgerEntry> out = new ArrayList<>(2);
    expireDue(at, out);
    if (points > 0) {
      out.add(appendLot(EntryType.ADJUST, key, at, points, reason, null, policyExpiry(at)));
      activity(at);
    } else {
      List<LotState> order = orderedOpenLots(at, true, false, -1);
      order.addAll(orderedOpenLots(at, false, true, -1));
      long total = -debt;
      for (LotState l : order) {
        total += l.remaining;
      }
      if (-points > total) {
        if (!out.isEmpty()) {
          lastAt = nanos(out.get(out.size() - 1).at());
        }
        throw reject(
            key,
            new InsufficientPointsException(
                "adjustment '" + reason + "' (key " + key + ")", -points, total));
      }
      out.add(append(EntryType.ADJUST, key, at, points, reason, null, take(order, -points), 0));
    }
    return record(key, at, out, 0);
  }

  /** Expires every point due at {@code at}; running it again at the same instant adds nothing. */
  public Posting expire(String key, Instant at) {
    Posting first = retried(key);
    if (first != null) {
      return first;
    }
    checkInstant(at);
    List<LedgerEntry> out = new ArrayList<>(2);
    expireDue(at, out);
    return record(key, at, out, 0);
  }

  /**
   * Books the expiry of every point due at {@code at} and returns the EXPIRE entries appended
   * (empty when nothing was due). Needs no idempotency key: running it again at the same instant
   * adds nothing. {@code at} must not be before the last operation.
   */
  public List<LedgerEntry> expireDue(Instant at) {
    checkInstant(at);
    List<LedgerEntry> out = new ArrayList<>(0);
    expireDue(at, out);
    lastAt = nanos(at);
    return out;
  }

  // ---------------------------------------------------------------- queries

  /**
   * The points available at {@code at} (negative when the account owes points). For an instant at
   * or after the last operation this reads the current lots directly; earlier instants replay the
   * entries like {@link #balanceAt}.
   */
  public long availableAt(Instant at) {
    Objects.requireNonNull(at, "at must not be null");
    long t = nanos(at);
    if (t < lastAt) {
      return balanceAt(at).available();
    }
    long available = -debt;
    if (inactivityDeadline <= t) {
      return available;
    }
    for (int i = firstOpen; i < lots.size(); i++) {
      LotState l = lots.get(i);
      if (l.remaining > 0 && l.availableAt <= t && l.expiresAt > t) {
        available += l.remaining;
      }
    }
    return available;
  }

  /** The first result of the operation with {@code key}, if it ran. */
  public Optional<Posting> posting(String key) {
    return Optional.ofNullable(postings.get(Objects.requireNonNull(key, "key must not be null")));
  }

  /** The number of operations (idempotency keys) that took effect; a retry does not change it. */
  public int operationCount() {
    return postings.size();
  }

  /** The number of entries. */
  public int size() {
    return entries.size();
  }

  /** The entries in order (an unmodifiable copy). */
  public List<LedgerEntry> entries() {
    return List.copyOf(entries);
  }

  /** The entry at position {@code sequence}. */
  public LedgerEntry entry(int sequence) {
    return entries.get(sequence);
  }

  /** Snapshots of all lots, in lot order, with their current remaining points. */
  public List<Lot> lots() {
    List<Lot> out = new ArrayList<>(lots.size());
    for (LotState l : lots) {
      out.add(l.snapshot(l.remaining));
    }
    return out;
  }

  /** The entries that took points from lot {@code lot}, in order. */
  public List<LedgerEntry> consumptionsOf(int lot) {
    List<LedgerEntry> out = new ArrayList<>();
    for (LedgerEntry e : entries) {
      for (Allocation a : e.allocations()) {
        if (a.lot() == lot) {
          out.add(e);
          break;
        }
      }
    }
    return out;
  }

  /**
   * The sum of all entries' points: available plus pending plus what is due to expire but not yet
   * booked.
   */
  public long sumOfEntries() {
    long sum = 0;
    for (LedgerEntry e : entries) {
      sum += e.points();
    }
    return sum;
  }

  /** The points owed by the account (a negative balance), zero or more. */
  public long debt() {
    return debt;
  }

  /** The instant of the last entry, if any. */
  public Optional<Instant> lastEntryAt() {
    return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1).at());
  }

  /**
   * The balance at {@code at}, from the entries booked up to and including {@code at}; points whose
   * expiry is due by {@code at} count as expired even if no operation has booked it yet.
   */
  public Balance balanceAt(Instant at) {
    Replay r = replay(at);
    long available = -r.debt;
    long pending = 0;
    long expired = r.expired;
    for (int i = 0; i < r.lotCount; i++) {
      long rem = r.remaining[i];
      if (rem == 0) {
        continue;
      }
      LotState l = lots.get(i);
      if (r.expiredAt(l, at)) {
        expired += rem;
      } else if (l.availableAt > r.at) {
        pending += rem;
      } else {
        available += rem;
      }
    }
    return new Balance(at, available, pending, r.earned, r.redeemed, expired, r.reversed);
  }

  /**
   * The lots with points outstanding (not consumed, not expired) at {@code at}, with their
   * remaining points then.
   */
  public List<Lot> outstandingLotsAt(Instant at) {
    Replay r = replay(at);
    List<Lot> out = new ArrayList<>();
    for (int i = 0; i < r.lotCount; i++) {
      LotState l = lots.get(i);
      if (r.remaining[i] > 0 && !r.expiredAt(l, at)) {
        out.add(l.snapshot(r.remaining[i]));
      }
    }
    return out;
  }

  /**
   * When all outstanding points expire for inactivity if nothing happens after {@code at}, if the
   * policy does that.
   */
  public Optional<Instant> inactivityExpiryAfter(Instant at) {
    Replay r = replay(at);
    return r.lastActivity == null
        ? Optional.empty()
        : policy.expiry().inactivityExpiry(r.lastActivity, policy.zone());
  }

  /** The points owed (negative balance) at {@code at}. */
  public long debtAt(Instant at) {
    return replay(at).debt;
  }

  @Override
  public String toString() {
    return "ledger of "
        + entries.size()
        + " entries, "
        + lots.size()
        + " lots, debt "
        + debt
        + " ("
        + policy
        + ")";
  }

  // ---------------------------------------------------------------- internals

  private final class Replay {
    final long[] remaining = new long[lots.size()];
    int lotCount;
    long debt;
    long earned;
    long redeemed;
    long expired;
    long reversed;
    Instant lastActivity;
    long inactivityDeadline = NEVER;
    long at;

    boolean expiredAt(LotState l, Instant when) {
      long t = nanos(when);
      return l.expiresAt <= t || inactivityDeadline <= t;
    }
  }

  private Replay replay(Instant at) {
    Objects.requireNonNull(at, "at must not be null");
    Replay r = new Replay();
    r.at = nanos(at);
    for (LedgerEntry e : entries) {
      if (e.at().isAfter(at)) {
        break;
      }
      long p = e.points();
      if (e.createdLotIndex() >= 0) {
        int lot = e.createdLotIndex();
        r.remaining[lot] = p;
        r.lotCount = lot + 1;
        r.earned += p;
      }
      for (Allocation a : e.allocations()) {
        r.remaining[a.lot()] -= a.points();
      }
      r.debt += e.debtChange();
      switch (e.type()) {
        case EARN -> r.lastActivity = e.at();
        case REDEEM -> {
          r.redeemed -= p;
          r.lastActivity = e.at();
        }
        case EXPIRE -> r.expired -= p;
        case REVERSE -> r.reversed -= p;
        case ADJUST -> {
          if (p < 0) {
            r.reversed -= p;
          } else {
            r.lastActivity = e.at();
          }
        }
      }
    }
    if (r.lastActivity != null) {
      r.inactivityDeadline =
          policy
              .expiry()
              .inactivityExpiry(r.lastActivity, policy.zone())
              .map(ObjectLedger::nanos)
              .orElse(NEVER);
    }
    return r;
  }

  /** {@code t} in epoch nanoseconds (instants from 1677 to 2262). */
  private static long nanos(Instant t) {
    try {
      return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "instant must be between the years 1677 and 2262 but was: " + t, e);
    }
  }

  private static Instant instant(long nanos) {
    return Instant.ofEpochSecond(
        Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }

  private long policyExpiry(Instant at) {
    ExpiryPolicy expiry = policy.expiry();
    return days.memo(
        at,
        expiry,
        date -> {
          Optional<Instant> e = expiry.lotExpiry(date, policy.zone());
          return e.isPresent() ? nanos(e.get()) : NEVER;
        });
  }

  private void activity(Instant at) {
    lastActivity = at;
    if (expiresForInactivity) {
      inactivityDeadline =
          policy
              .expiry()
              .inactivityExpiry(at, policy.zone())
              .map(ObjectLedger::nanos)
              .orElse(NEVER);
    }
  }

  private Posting retried(String key) {
    Objects.requireNonNull(key, "idempotency key must not be null");
    if (key.isBlank() || key.equals(EXPIRY_KEY)) {
      throw new IllegalArgumentException(
          "idempotency key must not be blank or " + EXPIRY_KEY + " but was: '" + key + "'");
    }
    if (rejected != null) {
      InsufficientPointsException first = rejected.get(key);
      if (first != null) {
        throw new InsufficientPointsException(first);
      }
    }
    return postings.get(key);
  }

  private InsufficientPointsException reject(String key, InsufficientPointsException e) {
    if (rejected == null) {
      rejected = new HashMap<>();
    }
    rejected.put(key, e);
    return e;
  }

  private void checkInstant(Instant at) {
    Objects.requireNonNull(at, "at must not be null");
    if (nanos(at) < lastAt) {
      throw new IllegalArgumentException(
          "at must not be before the ledger's last operation at "
              + instant(lastAt)
              + " but was: "
              + at);
    }
  }

  private static void checkPositive(String field, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be positive but was: " + value);
    }
  }

  private Posting record(String key, Instant at, List<LedgerEntry> out, long shortfall) {
    Posting p = new Posting(key, out, shortfall);
    postings.put(key, p);
    lastAt = nanos(at);
    return p;
  }

  private LedgerEntry append(
      EntryType type,
      String key,
      Instant at,
      long points,
      String reason,
      String reference,
      List<Allocation> allocations,
      long debtChange) {
    LedgerEntry e =
        new LedgerEntry(
            entries.size(), type, at, points, reason, key, reference, -1, allocations, debtChange);
    entries.add(e);
    return e;
  }

  private LedgerEntry appendLot(
      EntryType type,
      String key,
      Instant at,
      long points,
      String reason,
      String reference,
      long expiresAt) {
    int id = lots.size();
    LotState lot =
        new LotState(
            id,
            entries.size(),
            at,
            Math.addExact(nanos(at), lockNanos),
            expiresAt,
            points,
            reference);
    lots.add(lot);
    List<Allocation> repay = List.of();
    long repaid = 0;
    if (debt > 0) {
      repaid = Math.min(debt, points);
      repay = List.of(Allocation.of(id, repaid));
      lot.remaining -= repaid;
      debt -= repaid;
    }
    if (expiresAt < nextLotExpiry && lot.remaining > 0) {
      nextLotExpiry = expiresAt;
    }
    LedgerEntry e =
        new LedgerEntry(
            entries.size(), type, at, points, reason, key, reference, id, repay, -repaid);
    entries.add(e);
    if (repaid > 0) {
      advanceFirstOpen();
    }
    return e;
  }

  private void advanceFirstOpen() {
    while (firstOpen < lots.size() && lots.get(firstOpen).remaining == 0) {
      firstOpen++;
    }
  }

  /**
   * Open lots (remaining > 0) except {@code skip}: the available ones at {@code at} and/or the
   * pending ones, in the policy's consumption order.
   */
  private List<LotState> orderedOpenLots(Instant at, boolean available, boolean pending, int skip) {
    List<LotState> out = new ArrayList<>();
    long t = nanos(at);
    for (int i = firstOpen; i < lots.size(); i++) {
      LotState l = lots.get(i);
      if (l.remaining == 0 || i == skip) {
        continue;
      }
      boolean isPending = l.availableAt > t;
      if (isPending ? pending : available) {
        out.add(l);
      }
    }
    if (policy.consumptionOrder() == ConsumptionOrder.SOONEST_EXPIRING_FIRST && out.size() > 1) {
      out.sort(
          (a, b) -> {
            int c = Long.compare(a.expiresAt, b.expiresAt); // NEVER sorts last
            return c != 0 ? c : Integer.compare(a.id, b.id);
          });
    }
    return out;
  }

  /** Takes {@code points} from {@code order} (which holds at least that many). */
  private List<Allocation> take(List<LotState> order, long points) {
    List<Allocation> allocations = new ArrayList<>(2);
    long left = points;
    for (LotState l : order) {
      if (left == 0) {
        break;
      }
      long t = Math.min(left, l.remaining);
      if (t > 0) {
        l.remaining -= t;
        left -= t;
        allocations.add(Allocation.of(l.id, t));
      }
    }
    if (left != 0) {
      throw new IllegalStateException("could not take " + points + " points: " + left + " left");
    }
    advanceFirstOpen();
    return allocations;
  }

  /**
   * The state of purchase {@code ref} (its lot, or NO_POINTS), or null if it never earned here:
   * from the purchase map, or, for a purchase booked under its own reference as key, from its
   * posting (the EARN entry of that key that references the purchase and created its lot).
   */
  private LotState purchaseState(String ref) {
    LotState s = purchases.get(ref);
    if (s != null) {
      return s;
    }
    Posting p = postings.get(ref);
    if (p == null) {
      return null;
    }
    List<LedgerEntry> es = p.entries();
    for (int i = es.size() - 1; i >= 0; i--) {
      LedgerEntry e = es.get(i);
      if (e.type() == EntryType.EARN
          && e.createdLotIndex() >= 0
          && ref.equals(e.referenceOrNull())
          && ref.equals(e.idempotencyKey())) {
        LotState lot = lots.get(e.createdLotIndex());
        return lot.purchaseAmount != null ? lot : null;
      }
    }
    return null;
  }

  /** Whether lots or inactivity may fall due at or before {@code t} (epoch nanos). */
  private boolean anythingDue(long t) {
    return inactivityDeadline <= t || nextLotExpiry <= t;
  }

  /**
   * The earliest instant, in epoch nanoseconds, at which points of this ledger may fall due (a
   * lot's expiry or the inactivity deadline), {@code Long.MAX_VALUE} if none; never later than the
   * next actual expiry, possibly earlier (then booking the due expiries then adds nothing). For
   * calendars of due dates over many ledgers.
   */
  public long nextDueEpochNanos() {
    return Math.min(inactivityDeadline, nextLotExpiry);
  }

  /** Books EXPIRE entries for everything due at or before {@code at}, at their expiry instants. */
  private void expireDue(Instant at, List<LedgerEntry> out) {
    long t = nanos(at);
    long deadline = inactivityDeadline;
    boolean inactive = deadline <= t;
    boolean lotsDue = nextLotExpiry <= t;
    if (!inactive && !lotsDue) {
      return;
    }
    if (lotsDue) {
      List<LotState> due = new ArrayList<>();
      for (int i = firstOpen; i < lots.size(); i++) {
        LotState l = lots.get(i);
        if (l.remaining > 0 && l.expiresAt <= t && (!inactive || l.expiresAt < deadline)) {
          due.add(l);
        }
      }
      due.sort(
          (a, b) -> {
            int c = Long.compare(a.expiresAt, b.expiresAt);
            return c != 0 ? c : Integer.compare(a.id, b.id);
          });
      int i = 0;
      while (i < due.size()) {
        long whenNanos = due.get(i).expiresAt;
        Instant when = instant(whenNanos);
        List<Allocation> allocations = new ArrayList<>();
        long total = 0;
        while (i < due.size() && due.get(i).expiresAt == whenNanos) {
          LotState l = due.get(i++);
          allocations.add(Allocation.of(l.id, l.remaining));
          total += l.remaining;
          l.reversed += l.remaining; // expired points of a purchase are not reversed again
          l.remaining = 0;
        }
        out.add(
            append(
                EntryType.EXPIRE,
                EXPIRY_KEY,
                when,
                -total,
                "points reached their expiry",
                null,
                allocations,
                0));
      }
    }
    if (inactive) {
      List<Allocation> allocations = new ArrayList<>();
      long total = 0;
      for (int i = firstOpen; i < lots.size(); i++) {
        LotState l = lots.get(i);
        if (l.remaining > 0) {
          allocations.add(Allocation.of(l.id, l.remaining));
          total += l.remaining;
          l.reversed += l.remaining; // expired points of a purchase are not reversed again
          l.remaining = 0;
        }
      }
      if (total > 0) {
        Instant when = instant(deadline);
        out.add(
            append(
                EntryType.EXPIRE,
                EXPIRY_KEY,
                when,
                -total,
                "all points expired after inactivity since " + lastActivity,
                null,
                allocations,
                0));
      }
      lastActivity = null;
      inactivityDeadline = NEVER;
    }
    advanceFirstOpen();
    nextLotExpiry = NEVER;
    for (int i = firstOpen; i < lots.size(); i++) {
      LotState l = lots.get(i);
      if (l.remaining > 0 && l.expiresAt < nextLotExpiry) {
        nextLotExpiry = l.expiresAt;
      }
    }
  }
}
