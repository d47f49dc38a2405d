package io.crmkit.loyalty.ledger;

import io.crmkit.loyalty.calendar.LocalDays;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The append-only points ledger of one loyalty account.
 *
 * <p>Every operation takes an idempotency key and an explicit instant: a retried key returns the
 * first {@link Posting} (an equal one) and has no second effect; the same key with another request
 * (see {@link RequestFingerprint}) is refused with {@link IdempotencyMismatchException}; instants of
 * new operations must not go back in time. Operations are all or nothing: one that throws books
 * nothing (a rejected redemption or adjustment only remembers its rejection for its retries). Points
 * are exact ({@link PointsOverflowException}); points of a purchase that expired are not reversed
 * again by its refund. Before each operation, the points whose expiry fell due are expired (EXPIRE
 * entries booked at their expiry instants), so expiry at a date gives the same answer however often
 * it runs. Earned points form {@link Lot lots}; redemptions consume available lots in the policy's
 * {@link ConsumptionOrder}; reversals of refunded purchases take points from the purchase's own lot
 * first, then from the other lots, and what stays uncovered is owed (negative balance) or reported
 * as a shortfall, as the {@link NegativeBalancePolicy} says.
 *
 * <p>Storage is columnar: entries, allocations and lots live in a few primitive arrays per ledger
 * (no object per entry or lot), so millions of accounts stay cheap to hold and to collect;
 * {@link LedgerEntry}, {@link Lot} and {@link Posting} values are built when asked for. Bulk
 * readers can use {@link #entryType}, {@link #entryPoints} and {@link #entryEpochNanos} instead.
 *
 * <p>Not thread-safe: an account's operations must be serialised, which
 * {@code io.crmkit.loyalty.account.LoyaltyAccountRepository} does. All points are whole points.
 *
 * @since 0.1
 */
public final class Ledger {

  // instants as epoch nanoseconds, so the hot path compares primitives
  private static final long NEVER = Long.MAX_VALUE;
  private static final long NONE = Long.MIN_VALUE;
  private static final EntryType[] TYPES = EntryType.values();
  /** The idempotency key of EXPIRE entries booked because their expiry fell due (not an operation's key). */
  public static final String EXPIRY_KEY = "expiry@due";

  // entries and lots share one array d (one allocation, one header to read when a purchase appends both):
  // entries from the front, lots from the back, the array doubled when they meet.
  // entries: entry i at d[E * i ..]: instant (epoch nanos), points, meta; meta packs the type
  // (bits 0-2), the created lot + 1 (bits 3-31) and the start of its allocations (bits 32-63)
  private static final int E = 3;
  private static final int MAX_LOTS = (1 << 28) - 1;
  // entry i's reason, idempotency key, reference (null: none) and, for an entry creating the lot of a
  // purchase, the purchase amount (else null) at str[S * i ..]
  private static final int S = 4;
  private Object[] str = new Object[S * 8];
  private long[] debtChanges; // null while every entry's debt change is zero
  private int n;
  // allocations as (lot, points) pairs: entry i's are [allocStart(i), allocStart(i + 1)); null until the first
  private long[] alloc;
  private int allocSize;
  // lots: lot j at d[lb(j) ..] (lb(j) = d.length - L * (j + 1)): the sequence of the entry that created it
  // (whose points and instant are the lot's), availableAt (that instant plus the lock period, kept so that
  // scans over open lots read one row per lot), expiresAt (NEVER: no expiry), remaining, points reversed so far
  private static final int L = 5;
  private static final int L_ENTRY = 0;
  private static final int L_AVAILABLE = 1;
  private static final int L_EXPIRES = 2;
  private static final int L_REMAINING = 3;
  private static final int L_REVERSED = 4; // points of the lot gone by reversal (its target) or by expiry
  private long[] d = new long[(E + L) * 8];
  private HashMap<Integer, BigDecimal> refunds; // lot -> cumulative refund of its purchase; created at the first
  // refund
  private int m;
  // one open-addressing map (linear probing, no removal) of two kinds of key: an operation's idempotency key ->
  // its entries (first entry << 32 | end entry), and a purchase reference -> the lot it earned, or NO_POINTS (a
  // purchase booked under its own reference as key with points is found through that posting instead: one map
  // entry, not two). Slot i: at slots[W * i] the key's hash << 32 | KEY_IN_ENTRY? | kind << 1 | 1 (0: empty), at
  // slots[W * i + 1] the value, and the key itself in keys[i] or, flagged KEY_IN_ENTRY, as the key of the
  // operation's own last entry; a probe reads the key's characters only when hash and kind agree. Slots are W
  // longs wide: the third holds an operation's request fingerprint (see RequestFingerprint).
  private static final int W = 3;
  private String[] keys; // created at the first key no entry holds
  private int mask = 15; // capacity - 1 (a power of two)
  private long[] slots = new long[W * 16];
  private int keyCount;
  private int operations;
  private int purchaseKeys;
  private static final int POSTING = 0;
  private static final int PURCHASE = 1;
  private HashMap<String, Long> shortfalls; // created at the first capped reversal
  private HashMap<String, Rejection> rejected; // created at the first rejection
  private static final long NO_POINTS = -1;
  private static final long MISSING = -2;

  private final LedgerPolicy policy;
  private final boolean expiresForInactivity;
  private final long lockNanos;
  private final LocalDays days;
  private final java.util.function.ToLongFunction<java.time.LocalDate> expiryOf; // one function, not one per call
  private int firstOpen;
  private long debt;
  private long earnedTotal; // the points of all lot-creating entries: bounded by Long.MAX_VALUE
  private long lastAt = NONE;
  private long lastActivity = NONE;
  private long inactivityDeadline = NEVER; // cached from lastActivity
  private long nextLotExpiry = NEVER;

  private Ledger(LedgerPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy must not be null");
    this.expiresForInactivity = policy.expiry() instanceof ExpiryPolicy.Inactivity;
    this.lockNanos = policy.lockPeriod().toNanos();
    this.days = LocalDays.of(policy.zone());
    this.expiryOf = this::expiryOn;
  }

  /** An empty ledger following {@code policy}. */
  public static Ledger create(LedgerPolicy policy) {
    return new Ledger(policy);
  }

  /** The rules this ledger books by. */
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
  public Posting earn(String key, Instant at, long points, String reason, Optional<Instant> expiresAt) {
    Objects.requireNonNull(expiresAt, "expiresAt must not be null (use Optional.empty())");
    return earn(key, at, points, reason, expiresAt, RequestFingerprint.of("earn").and(points)
        .and(expiresAt.isPresent() ? nanos(expiresAt.get()) : NEVER).value());
  }

  /**
   * Like {@link #earn(String, Instant, long, String, Optional)} with the fingerprint {@code request}
   * of the caller's own request (see {@link RequestFingerprint}): a retry of {@code key} with another
   * request throws {@link IdempotencyMismatchException}.
   */
  public Posting earn(String key, Instant at, long points, String reason, Optional<Instant> expiresAt,
      long request) {
    long first = retried(key, request);
    if (first != MISSING) {
      return posting(key, first);
    }
    long t = checkInstant(at);
    checkPositive("points", points);
    Objects.requireNonNull(reason, "reason must not be null");
    Objects.requireNonNull(expiresAt, "expiresAt must not be null (use Optional.empty())");
    checkEarning(points);
    if (expiresAt.isPresent() && !expiresAt.get().isAfter(at)) {
      throw new IllegalArgumentException("expiresAt must be after the earning instant " + at + " but was: "
          + expiresAt.get());
    }
    int start = n;
    expireDue(t);
    appendLot(EntryType.EARN, key, t, points, reason, null,
        expiresAt.isPresent() ? nanos(expiresAt.get()) : policyExpiry(at));
    activity(t);
    return recorded(key, t, start, 0, request);
  }

  /**
   * Earns {@code points} (zero or more) for the purchase {@code purchaseRef} of
   * {@code purchaseAmount} (in units of its currency, positive), remembered so that a refund can
   * reverse them proportionally.
   */
  public Posting earnForPurchase(String key, Instant at, String purchaseRef, BigDecimal purchaseAmount, long points,
      String reason) {
    return earnForPurchase(key, at, purchaseRef, purchaseAmount, points, reason,
        purchaseRequest(purchaseRef, purchaseAmount, points));
  }

  /**
   * Like {@link #earnForPurchase(String, Instant, String, BigDecimal, long, String)} with the
   * fingerprint {@code request} of the caller's own request (see {@link RequestFingerprint}).
   */
  public Posting earnForPurchase(String key, Instant at, String purchaseRef, BigDecimal purchaseAmount, long points,
      String reason, long request) {
    long first = retried(key, request);
    if (first != MISSING) {
      return posting(key, first);
    }
    int start = n;
    bookPurchase(key, at, purchaseRef, purchaseAmount, points, reason, request);
    return posting(key, (long) start << 32 | n);
  }

  private static long purchaseRequest(String purchaseRef, BigDecimal purchaseAmount, long points) {
    Objects.requireNonNull(purchaseRef, "purchaseRef must not be null");
    Objects.requireNonNull(purchaseAmount, "purchaseAmount must not be null");
    return RequestFingerprint.of("purchase").and(purchaseRef).and(purchaseAmount).and(points).value();
  }

  /**
   * Like {@link #earnForPurchase} without building the {@link Posting} (for bulk runs): returns
   * whether the operation took effect, false for a retried key (which has no second effect).
   */
  public boolean earnForPurchaseQuietly(String key, Instant at, String purchaseRef, BigDecimal purchaseAmount,
      long points, String reason) {
    return earnForPurchaseQuietly(key, at, purchaseRef, purchaseAmount, points, reason,
        purchaseRequest(purchaseRef, purchaseAmount, points));
  }

  /** Like {@link #earnForPurchaseQuietly(String, Instant, String, BigDecimal, long, String)} with the caller's request fingerprint. */
  public boolean earnForPurchaseQuietly(String key, Instant at, String purchaseRef, BigDecimal purchaseAmount,
      long points, String reason, long request) {
    if (retried(key, request) != MISSING) {
      return false;
    }
    bookPurchase(key, at, purchaseRef, purchaseAmount, points, reason, request);
    return true;
  }

  private void bookPurchase(String key, Instant at, String purchaseRef, BigDecimal purchaseAmount, long points,
      String reason, long request) {
    long t = checkInstant(at);
    Objects.requireNonNull(purchaseRef, "purchaseRef must not be null");
    Objects.requireNonNull(purchaseAmount, "purchaseAmount must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    if (purchaseAmount.signum() <= 0) {
      throw new IllegalArgumentException("purchaseAmount of " + purchaseRef + " must be positive but was: "
          + purchaseAmount);
    }
    if (!MoneyLimits.WIDEST.allows(purchaseAmount)) {
      MoneyLimits.WIDEST.check("purchaseAmount of " + purchaseRef, purchaseAmount);
    }
    if (points < 0) {
      throw new IllegalArgumentException("points of purchase " + purchaseRef + " must not be negative but was: "
          + points);
    }
    checkEarning(points);
    // a purchase booked under its own reference as key was looked up just now by the retry check
    if (purchaseLot(purchaseRef, !purchaseRef.equals(key)) != MISSING) {
      throw new IllegalArgumentException("purchase " + purchaseRef + " already earned points in this ledger");
    }
    int start = n;
    expireDue(t);
    long state = NO_POINTS;
    if (points > 0) {
      int id = appendLot(EntryType.EARN, key, t, points, reason, purchaseRef, policyExpiry(at));
      str[S * (n - 1) + 3] = purchaseAmount;
      state = id;
      activity(t); // only entries count as activity, so that a replay of the entries agrees
    }
    if (state == NO_POINTS || !key.equals(purchaseRef)) {
      put(PURCHASE, purchaseRef, state, 0);
      purchaseKeys++;
    }
    record(key, t, start, 0, request);
  }

  /**
   * Redeems {@code points} (positive) from the available lots in the policy's order.
   *
   * @throws InsufficientPointsException if fewer points are available; nothing is deducted, and a
   *     retry with the same key fails the same way (the first result)
   */
  public Posting redeem(String key, Instant at, long points, String reason) {
    return redeem(key, at, points, reason, RequestFingerprint.of("redeem").and(points).value());
  }

  /**
   * Like {@link #redeem(String, Instant, long, String)} with the fingerprint {@code request} of the
   * caller's own request (see {@link RequestFingerprint}): a retry of {@code key} with another request
   * throws {@link IdempotencyMismatchException}, a retry of a rejected one with the same request
   * fails the same way.
   */
  public Posting redeem(String key, Instant at, long points, String reason, long request) {
    long first = retried(key, request);
    if (first != MISSING) {
      return posting(key, first);
    }
    long t = checkInstant(at);
    checkPositive("points", points);
    Objects.requireNonNull(reason, "reason must not be null");
    int start = n;
    expireDue(t);
    int[] candidates = orderedOpenLots(t, true, false, -1);
    long available = -debt;
    for (int j : candidates) {
      available += d[lb(j) + L_REMAINING];
    }
    if (points > available) {
      keepDueExpiries(start);
      throw reject(key, request, new InsufficientPointsException("redemption '" + reason + "' (key " + key + ")",
          points, available));
    }
    int allocStart = allocSize;
    take(candidates, candidates.length, points);
    append(EntryType.REDEEM, key, t, -points, reason, null, allocStart, 0);
    activity(t);
    return recorded(key, t, start, 0, request);
  }

  /**
   * Reverses the points of purchase {@code purchaseRef} in proportion to the amount refunded so far
   * (cumulative refunds, capped at the purchase amount; the cumulative target is rounded with the
   * policy's reversal rounding, so partial refunds add up to a full reversal). An unknown purchase,
   * or one that earned no points, reverses nothing.
   */
  public Posting refund(String key, Instant at, String purchaseRef, BigDecimal refundedAmount, String reason) {
    Objects.requireNonNull(purchaseRef, "purchaseRef must not be null");
    Objects.requireNonNull(refundedAmount, "refundedAmount must not be null");
    return refund(key, at, purchaseRef, refundedAmount, reason,
        RequestFingerprint.of("refund").and(purchaseRef).and(refundedAmount).value());
  }

  /**
   * Like {@link #refund(String, Instant, String, BigDecimal, String)} with the fingerprint
   * {@code request} of the caller's own request (see {@link RequestFingerprint}).
   */
  public Posting refund(String key, Instant at, String purchaseRef, BigDecimal refundedAmount, String reason,
      long request) {
    long first = retried(key, request);
    if (first != MISSING) {
      return posting(key, first);
    }
    long t = checkInstant(at);
    Objects.requireNonNull(purchaseRef, "purchaseRef must not be null");
    Objects.requireNonNull(refundedAmount, "refundedAmount must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    if (refundedAmount.signum() < 0) {
      throw new IllegalArgumentException("refundedAmount of " + purchaseRef + " must not be negative but was: "
          + refundedAmount);
    }
    if (!MoneyLimits.WIDEST.allows(refundedAmount)) {
      MoneyLimits.WIDEST.check("refundedAmount of " + purchaseRef, refundedAmount);
    }
    int start = n;
    expireDue(t);
    long state = purchaseLot(purchaseRef, true);
    long shortfall = 0;
    if (state >= 0) {
      int p = (int) state;
      int b = lb(p);
      BigDecimal amount = (BigDecimal) str[S * (int) d[b + L_ENTRY] + 3];
      if (refunds == null) {
        refunds = new HashMap<>();
      }
      BigDecimal refunded = refunds.getOrDefault(p, BigDecimal.ZERO).add(refundedAmount).min(amount);
      refunds.put(p, refunded);
      long earned = d[E * (int) d[b + L_ENTRY] + 1]; // the points of the entry that created the lot
      // exact: one rounding of the rational earned × refunded / amount
      long target = BigDecimal.valueOf(earned).multiply(refunded)
          .divide(amount, 0, policy.reversalRounding()).longValueExact();
      target = Math.min(target, earned);
      long delta = target - d[b + L_REVERSED];
      if (delta > 0) {
        int[] available = orderedOpenLots(t, true, false, p);
        int[] pending = orderedOpenLots(t, false, true, p);
        int[] order = new int[available.length + pending.length + 1];
        int k = 0;
        if (d[b + L_REMAINING] > 0) {
          order[k++] = p;
        }
        System.arraycopy(available, 0, order, k, available.length);
        k += available.length;
        System.arraycopy(pending, 0, order, k, pending.length);
        k += pending.length;
        long coverable = 0;
        for (int i = 0; i < k; i++) {
          coverable += d[lb(order[i]) + L_REMAINING];
        }
        long covered = Math.min(delta, coverable);
        int allocStart = allocSize;
        take(order, k, covered);
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
          append(EntryType.REVERSE, key, t, -reversedNow, reason, purchaseRef, allocStart, debtChange);
        }
        // the target is reached either way: a capped shortfall is not reversed later
        d[lb(p) + L_REVERSED] = target; // not b: appending may have grown d
      }
    }
    return recorded(key, t, start, shortfall, request);
  }

  /**
   * An operator's correction of {@code points} (non-zero): positive creates a lot, negative takes
   * points from the lots (available first, then pending) and fails if the account has too few.
   */
  public Posting adjust(String key, Instant at, long points, String reason) {
    long request = RequestFingerprint.of("adjust").and(points).value();
    long first = retried(key, request);
    if (first != MISSING) {
      return posting(key, first);
    }
    long t = checkInstant(at);
    Objects.requireNonNull(reason, "reason must not be null");
    if (points == 0) {
      throw new IllegalArgumentException("points of an adjustment must not be zero");
    }
    int start = n;
    expireDue(t);
    if (points > 0) {
      checkEarning(points);
      appendLot(EntryType.ADJUST, key, t, points, reason, null, policyExpiry(at));
      activity(t);
    } else {
      int[] available = orderedOpenLots(t, true, false, -1);
      int[] pending = orderedOpenLots(t, false, true, -1);
      int[] order = Arrays.copyOf(available, available.length + pending.length);
      System.arraycopy(pending, 0, order, available.length, pending.length);
      long total = -debt;
      for (int j : order) {
        total += d[lb(j) + L_REMAINING];
      }
      if (-points > total) {
        keepDueExpiries(start);
        throw reject(key, request, new InsufficientPointsException("adjustment '" + reason + "' (key " + key + ")",
            -points, total));
      }
      int allocStart = allocSize;
      take(order, order.length, -points);
      append(EntryType.ADJUST, key, t, points, reason, null, allocStart, 0);
    }
    return recorded(key, t, start, 0, request);
  }

  /** Expires every point due at {@code at}; running it again at the same instant adds nothing. */
  public Posting expire(String key, Instant at) {
    return expire(key, at, RequestFingerprint.of("expire").value());
  }

  /**
   * Like {@link #expire(String, Instant)} with the fingerprint {@code request} of the caller's own
   * request: records {@code key} for a request that books nothing else (see {@link RequestFingerprint}).
   */
  public Posting expire(String key, Instant at, long request) {
    long first = retried(key, request);
    if (first != MISSING) {
      return posting(key, first);
    }
    long t = checkInstant(at);
    int start = n;
    expireDue(t);
    return recorded(key, t, start, 0, request);
  }

  /**
   * Books the expiry of every point due at {@code at} and returns the EXPIRE entries appended (empty
   * when nothing was due). Needs no idempotency key: running it again at the same instant adds
   * nothing. {@code at} must not be before the last operation.
   */
  public List<LedgerEntry> expireDue(Instant at) {
    int start = n;
    expireDueQuietly(at);
    return entries(start, n);
  }

  /**
   * Like {@link #expireDue(Instant)} without building the entries (for bulk runs): returns the
   * sequence of the first entry appended; the entries appended are those from it to {@link #size()}.
   */
  public int expireDueQuietly(Instant at) {
    long t = checkInstant(at);
    int start = n;
    expireDue(t);
    lastAt = t;
    return start;
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
    for (int j = firstOpen; j < m; j++) {
      int b = lb(j);
      long rem = d[b + L_REMAINING];
      if (rem > 0 && d[b + L_AVAILABLE] <= t && d[b + L_EXPIRES] > t) {
        available += rem;
      }
    }
    return available;
  }

  /**
   * The first result of the operation with {@code key} if it ran with the same request: for callers
   * that check for a retry before computing their operation (an account evaluates a purchase only
   * when it is new). Empty if {@code key} is new.
   *
   * @throws IdempotencyMismatchException if {@code key} ran with another request fingerprint
   * @throws InsufficientPointsException if {@code key} was rejected for too few points (its first failure)
   * @throws IllegalArgumentException if {@code key} is blank
   */
  public Optional<Posting> retry(String key, long request) {
    long op = retried(key, request);
    return op == MISSING ? Optional.empty() : Optional.of(posting(key, op));
  }

  /**
   * Whether {@code key} already ran with the same request: true for a retry (which the caller
   * answers from {@link #posting(String)} without a second effect), false for a new key.
   *
   * @throws IdempotencyMismatchException if {@code key} ran with another request fingerprint
   * @throws InsufficientPointsException if {@code key} was rejected for too few points (its first failure)
   * @throws IllegalArgumentException if {@code key} is blank
   */
  public boolean isRetry(String key, long request) {
    return retried(key, request) != MISSING;
  }

  /** Whether {@code key} is new: no operation ran or was rejected under it (checks nothing else). */
  public boolean isNewKey(String key) {
    return (rejected == null || !rejected.containsKey(key)) && find(POSTING, key) < 0;
  }

  /** Whether purchase {@code purchaseRef} was booked in this ledger (with or without points). */
  public boolean hasPurchase(String purchaseRef) {
    return purchaseLot(Objects.requireNonNull(purchaseRef, "purchaseRef must not be null"), true) != MISSING;
  }

  /** The points purchase {@code purchaseRef} earned (0 if none or unknown). */
  public long purchasePoints(String purchaseRef) {
    long lot = purchaseLot(Objects.requireNonNull(purchaseRef, "purchaseRef must not be null"), true);
    return lot < 0 ? 0 : d[E * (int) d[lb((int) lot) + L_ENTRY] + 1];
  }

  /** The points earned over the ledger's life (lot-creating entries), at most {@code Long.MAX_VALUE}. */
  public long lifetimeEarned() {
    return earnedTotal;
  }

  /** The first result of the operation with {@code key}, if it ran. */
  public Optional<Posting> posting(String key) {
    long op = get(POSTING, Objects.requireNonNull(key, "key must not be null"));
    return op == MISSING ? Optional.empty() : Optional.of(posting(key, op));
  }

  /** The number of operations (idempotency keys) that took effect; a retry does not change it. */
  public int operationCount() {
    return operations;
  }

  /**
   * Reads the parts of this ledger's storage the next operation with idempotency key {@code key}
   * will use (its map slot, the next entry and lot rows), so that they are in the processor's cache
   * when it runs, and returns a value of them to be discarded. Changes nothing. For bulk callers
   * that look a few operations ahead: the reads of several ledgers then wait for memory together
   * instead of one after the other.
   */
  public long prefetch(String key) {
    long x = n + m + slots[W * slot(tag(POSTING, key.hashCode()), mask)];
    int e = E * n;
    if (e < d.length) {
      x += d[e];
    }
    int l = d.length - L * (m + 1);
    if (l >= 0) {
      x += d[l];
    }
    return S * n < str.length && str[S * n] != null ? x + 1 : x;
  }

  /** The number of entries. */
  public int size() {
    return n;
  }

  /** The entries in order (an unmodifiable list). */
  public List<LedgerEntry> entries() {
    return entries(0, n);
  }

  /** The entry at position {@code sequence}. */
  public LedgerEntry entry(int sequence) {
    Objects.checkIndex(sequence, n);
    return materialise(sequence);
  }

  /** The type of the entry at position {@code sequence}, without building the entry. */
  public EntryType entryType(int sequence) {
    Objects.checkIndex(sequence, n);
    return TYPES[(int) (d[E * sequence + 2] & 7)];
  }

  /** The signed points of the entry at position {@code sequence}, without building the entry. */
  public long entryPoints(int sequence) {
    Objects.checkIndex(sequence, n);
    return d[E * sequence + 1];
  }

  /** The instant of the entry at position {@code sequence} in epoch nanoseconds, without building the entry. */
  public long entryEpochNanos(int sequence) {
    Objects.checkIndex(sequence, n);
    return d[E * sequence];
  }

  /** Snapshots of all lots, in lot order, with their current remaining points. */
  public List<Lot> lots() {
    List<Lot> out = new ArrayList<>(m);
    for (int j = 0; j < m; j++) {
      out.add(snapshot(j, d[lb(j) + L_REMAINING]));
    }
    return out;
  }

  /** The entries that took points from lot {@code lot}, in order. */
  public List<LedgerEntry> consumptionsOf(int lotId) {
    List<LedgerEntry> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int to = allocEnd(i);
      for (int a = allocStart(i); a < to; a++) {
        if (alloc[2 * a] == lotId) {
          out.add(materialise(i));
          break;
        }
      }
    }
    return out;
  }

  /** The sum of all entries' points: available plus pending plus what is due to expire but not yet booked. */
  public long sumOfEntries() {
    long sum = 0;
    for (int i = 0; i < n; i++) {
      sum += d[E * i + 1];
    }
    return sum;
  }

  /** The points owed by the account (a negative balance), zero or more. */
  public long debt() {
    return debt;
  }

  /** The instant of the last entry, if any. */
  public Optional<Instant> lastEntryAt() {
    return n == 0 ? Optional.empty() : Optional.of(instant(d[E * (n - 1)]));
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
    for (int j = 0; j < r.lotCount; j++) {
      long rem = r.remaining[j];
      if (rem == 0) {
        continue;
      }
      if (r.expired(j)) {
        expired += rem;
      } else if (d[lb(j) + L_AVAILABLE] > r.at) {
        pending += rem;
      } else {
        available += rem;
      }
    }
    return new Balance(at, available, pending, r.earned, r.redeemed, expired, r.reversed);
  }

  /** The lots with points outstanding (not consumed, not expired) at {@code at}, with their remaining points then. */
  public List<Lot> outstandingLotsAt(Instant at) {
    Replay r = replay(at);
    List<Lot> out = new ArrayList<>();
    for (int j = 0; j < r.lotCount; j++) {
      if (r.remaining[j] > 0 && !r.expired(j)) {
        out.add(snapshot(j, r.remaining[j]));
      }
    }
    return out;
  }

  /** When all outstanding points expire for inactivity if nothing happens after {@code at}, if the policy does that. */
  public Optional<Instant> inactivityExpiryAfter(Instant at) {
    Replay r = replay(at);
    return r.lastActivity == NONE ? Optional.empty()
        : policy.expiry().inactivityExpiry(instant(r.lastActivity), policy.zone());
  }

  /** The points owed (negative balance) at {@code at}. */
  public long debtAt(Instant at) {
    return replay(at).debt;
  }

  /**
   * The earliest instant, in epoch nanoseconds, at which points of this ledger may fall due (a lot's
   * expiry or the inactivity deadline), {@code Long.MAX_VALUE} if none; never later than the next
   * actual expiry, possibly earlier (then booking the due expiries then adds nothing). For
   * calendars of due dates over many ledgers.
   */
  public long nextDueEpochNanos() {
    return Math.min(inactivityDeadline, nextLotExpiry);
  }

  @Override
  public String toString() {
    return "ledger of " + n + " entries, " + m + " lots, debt " + debt + " (" + policy + ")";
  }

  // ---------------------------------------------------------------- values built on demand

  private Posting posting(String key, long op) {
    int from = (int) (op >>> 32);
    int to = (int) op;
    long shortfall = 0;
    if (shortfalls != null) {
      Long s = shortfalls.get(key);
      shortfall = s == null ? 0 : s;
    }
    return new Posting(key, entries(from, to), shortfall);
  }

  private List<LedgerEntry> entries(int from, int to) {
    if (from == to) {
      return List.of();
    }
    if (to - from == 1) {
      return List.of(materialise(from));
    }
    LedgerEntry[] out = new LedgerEntry[to - from];
    for (int i = from; i < to; i++) {
      out[i - from] = materialise(i);
    }
    return List.of(out);
  }

  private LedgerEntry materialise(int i) {
    int b = E * i;
    long meta = d[b + 2];
    int from = allocStart(i);
    int to = allocEnd(i);
    List<Allocation> allocations;
    if (from == to) {
      allocations = List.of();
    } else {
      Allocation[] as = new Allocation[to - from];
      for (int a = from; a < to; a++) {
        as[a - from] = Allocation.of((int) alloc[2 * a], alloc[2 * a + 1]);
      }
      allocations = List.of(as);
    }
    return new LedgerEntry(i, TYPES[(int) (meta & 7)], instant(d[b]), d[b + 1], (String) str[S * i],
        (String) str[S * i + 1], (String) str[S * i + 2], createdLot(meta), allocations,
        debtChanges == null ? 0 : debtChanges[i]);
  }

  private Lot snapshot(int j, long remaining) {
    int b = lb(j);
    int seq = (int) d[b + L_ENTRY];
    long expires = d[b + L_EXPIRES];
    return new Lot(j, seq, instant(d[E * seq]), instant(d[b + L_AVAILABLE]),
        expires == NEVER ? Optional.empty() : Optional.of(instant(expires)), d[E * seq + 1], remaining,
        Optional.ofNullable((String) str[S * seq + 2]));
  }

  private static int createdLot(long meta) {
    return (int) ((meta & 0xFFFF_FFFFL) >>> 3) - 1;
  }

  private int allocStart(int i) {
    return (int) (d[E * i + 2] >>> 32);
  }

  private int allocEnd(int i) {
    return i + 1 < n ? allocStart(i + 1) : allocSize;
  }

  // ---------------------------------------------------------------- internals

  /** The state of the entries up to an instant, replayed from the columns. */
  private final class Replay {
    final long[] remaining = new long[m];
    int lotCount;
    long debt;
    long earned;
    long redeemed;
    long expired;
    long reversed;
    long lastActivity = NONE;
    long inactivityDeadline = NEVER;
    long at;

    boolean expired(int j) {
      return d[lb(j) + L_EXPIRES] <= at || inactivityDeadline <= at;
    }
  }

  private Replay replay(Instant at) {
    Objects.requireNonNull(at, "at must not be null");
    Replay r = new Replay();
    r.at = nanos(at);
    for (int i = 0; i < n; i++) {
      int b = E * i;
      long t = d[b];
      if (t > r.at) {
        break;
      }
      long p = d[b + 1];
      long meta = d[b + 2];
      int created = createdLot(meta);
      if (created >= 0) {
        r.remaining[created] = p;
        r.lotCount = created + 1;
        r.earned += p;
      }
      int to = allocEnd(i);
      for (int a = allocStart(i); a < to; a++) {
        r.remaining[(int) alloc[2 * a]] -= alloc[2 * a + 1];
      }
      if (debtChanges != null) {
        r.debt += debtChanges[i];
      }
      switch (TYPES[(int) (meta & 7)]) {
        case EARN -> r.lastActivity = t;
        case REDEEM -> {
          r.redeemed -= p;
          r.lastActivity = t;
        }
        case EXPIRE -> r.expired -= p;
        case REVERSE -> r.reversed -= p;
        case ADJUST -> {
          if (p < 0) {
            r.reversed -= p;
          } else {
            r.lastActivity = t;
          }
        }
      }
    }
    if (r.lastActivity != NONE) {
      r.inactivityDeadline = policy.expiry().inactivityExpiry(instant(r.lastActivity), policy.zone())
          .map(Ledger::nanos).orElse(NEVER);
    }
    return r;
  }

  /** {@code t} in epoch nanoseconds (instants from 1677 to 2262). */
  private static long nanos(Instant t) {
    try {
      return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("instant must be between the years 1677 and 2262 but was: " + t, e);
    }
  }

  private static Instant instant(long nanos) {
    return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }

  private long policyExpiry(Instant at) {
    return days.memo(at, policy.expiry(), expiryOf);
  }

  /** The policy's expiry (epoch nanos, NEVER if none) of points earned on {@code date}. */
  private long expiryOn(java.time.LocalDate date) {
    Optional<Instant> e = policy.expiry().lotExpiry(date, policy.zone());
    return e.isPresent() ? nanos(e.get()) : NEVER;
  }

  private void activity(long t) {
    lastActivity = t;
    if (expiresForInactivity) {
      inactivityDeadline = policy.expiry().inactivityExpiry(instant(t), policy.zone()).map(Ledger::nanos)
          .orElse(NEVER);
    }
  }

  /**
   * The first result (entry range) of {@code key}, or MISSING; rethrows a rejected key's first
   * failure; throws IdempotencyMismatchException when the key's first request differs.
   */
  private long retried(String key, long request) {
    checkKey(key);
    if (rejected != null) {
      Rejection first = rejected.get(key);
      if (first != null) {
        if (first.request != request) {
          throw new IdempotencyMismatchException(key, first.request, request);
        }
        throw new InsufficientPointsException(first.failure);
      }
    }
    int i = find(POSTING, key);
    if (i < 0) {
      return MISSING;
    }
    long firstRequest = slots[W * i + 2];
    if (firstRequest != request) {
      throw new IdempotencyMismatchException(key, firstRequest, request);
    }
    return slots[W * i + 1];
  }

  private static void checkKey(String key) {
    Objects.requireNonNull(key, "idempotency key must not be null");
    if (key.isBlank() || key.equals(EXPIRY_KEY)) {
      throw new IllegalArgumentException("idempotency key must not be blank or " + EXPIRY_KEY + " but was: '" + key
          + "'");
    }
  }

  /** A rejected operation's failure and request, returned again to its retries. */
  private record Rejection(InsufficientPointsException failure, long request) implements java.io.Serializable {}

  private InsufficientPointsException reject(String key, long request, InsufficientPointsException e) {
    if (rejected == null) {
      rejected = new HashMap<>();
    }
    rejected.put(key, new Rejection(e, request));
    return e;
  }

  /**
   * Checks that earning {@code points} more keeps every sum of this ledger's points within the
   * {@code long} range: the lifetime earned points bound every balance, so they may not exceed
   * {@code Long.MAX_VALUE}.
   */
  private void checkEarning(long points) {
    if (points > Long.MAX_VALUE - earnedTotal) {
      throw new PointsOverflowException("earning " + points + " points on a ledger that has earned " + earnedTotal
          + " would take its lifetime earned points beyond " + Long.MAX_VALUE);
    }
  }

  /** The due expiries a rejected operation booked stay booked: time moves to the last of them. */
  private void keepDueExpiries(int start) {
    if (n > start) {
      lastAt = d[E * (n - 1)];
    }
  }

  private long checkInstant(Instant at) {
    Objects.requireNonNull(at, "at must not be null");
    long t = nanos(at);
    if (t < lastAt) {
      throw new IllegalArgumentException("at must not be before the ledger's last operation at " + instant(lastAt)
          + " but was: " + at);
    }
    return t;
  }

  private static void checkPositive(String field, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be positive but was: " + value);
    }
  }

  private void record(String key, long t, int start, long shortfall, long request) {
    put(POSTING, key, (long) start << 32 | n, request);
    operations++;
    if (shortfall > 0) {
      if (shortfalls == null) {
        shortfalls = new HashMap<>();
      }
      shortfalls.put(key, shortfall);
    }
    lastAt = t;
  }

  private Posting recorded(String key, long t, int start, long shortfall, long request) {
    record(key, t, start, shortfall, request);
    return posting(key, (long) start << 32 | n);
  }

  /** Appends an entry whose allocations are those added since {@code allocStart}. */
  private void append(EntryType type, String key, long t, long points, String reason, String reference,
      int allocStart, long debtChange) {
    appendEntry(type, key, t, points, reason, reference, -1, allocStart, debtChange);
  }

  private void appendEntry(EntryType type, String key, long t, long points, String reason, String reference,
      int createdLot, int allocStart, long debtChange) {
    if (E * (n + 1) + L * m > d.length) {
      grow();
    }
    if (S * n == str.length) {
      str = Arrays.copyOf(str, 2 * str.length);
      if (debtChanges != null) {
        debtChanges = Arrays.copyOf(debtChanges, str.length / S);
      }
    }
    int b = E * n;
    d[b] = t;
    d[b + 1] = points;
    d[b + 2] = (long) allocStart << 32 | (long) (createdLot + 1) << 3 | type.ordinal();
    str[S * n] = reason;
    str[S * n + 1] = key;
    str[S * n + 2] = reference;
    if (debtChange != 0) {
      if (debtChanges == null) {
        debtChanges = new long[str.length / S];
      }
      debtChanges[n] = debtChange;
    }
    n++;
  }

  /** The start of lot {@code j}'s fields in {@code d}. */
  private int lb(int j) {
    return d.length - L * (j + 1);
  }

  /** Doubles {@code d}: the entries stay at the front, the lots move to the new back. */
  private void grow() {
    long[] bigger = new long[2 * d.length];
    System.arraycopy(d, 0, bigger, 0, E * n);
    System.arraycopy(d, d.length - L * m, bigger, bigger.length - L * m, L * m);
    d = bigger;
  }

  /** Appends a lot-creating entry and its lot (which first repays any debt); returns the lot's id. */
  private int appendLot(EntryType type, String key, long t, long points, String reason, String reference,
      long expiresAt) {
    if (m == MAX_LOTS) {
      throw new IllegalStateException("a ledger holds at most " + MAX_LOTS + " lots");
    }
    int id = m;
    earnedTotal += points; // checked by the caller (checkEarning)
    if (E * (n + 1) + L * (m + 1) > d.length) { // room for the lot and the entry that creates it
      grow();
    }
    int b = lb(id);
    d[b + L_ENTRY] = n;
    d[b + L_AVAILABLE] = Math.addExact(t, lockNanos);
    d[b + L_EXPIRES] = expiresAt;
    d[b + L_REMAINING] = points;
    d[b + L_REVERSED] = 0;
    m++;
    int allocStart = allocSize;
    long repaid = 0;
    if (debt > 0) {
      repaid = Math.min(debt, points);
      addAllocation(id, repaid);
      d[b + L_REMAINING] -= repaid;
      debt -= repaid;
    }
    if (expiresAt < nextLotExpiry && d[b + L_REMAINING] > 0) {
      nextLotExpiry = expiresAt;
    }
    appendEntry(type, key, t, points, reason, reference, id, allocStart, -repaid);
    if (repaid > 0) {
      advanceFirstOpen();
    }
    return id;
  }

  private void addAllocation(int lotId, long points) {
    if (alloc == null) {
      alloc = new long[2 * 4];
    } else if (2 * allocSize == alloc.length) {
      alloc = Arrays.copyOf(alloc, 2 * alloc.length);
    }
    alloc[2 * allocSize] = lotId;
    alloc[2 * allocSize + 1] = points;
    allocSize++;
  }

  private void advanceFirstOpen() {
    while (firstOpen < m && d[lb(firstOpen) + L_REMAINING] == 0) {
      firstOpen++;
    }
  }

  /**
   * Open lots (remaining > 0) except {@code skip}: the available ones at {@code t} and/or the pending
   * ones, in the policy's consumption order.
   */
  private int[] orderedOpenLots(long t, boolean available, boolean pending, int skip) {
    int[] out = new int[m - firstOpen];
    int k = 0;
    for (int j = firstOpen; j < m; j++) {
      int b = lb(j);
      if (d[b + L_REMAINING] == 0 || j == skip) {
        continue;
      }
      boolean isPending = d[b + L_AVAILABLE] > t;
      if (isPending ? pending : available) {
        out[k++] = j;
      }
    }
    if (policy.consumptionOrder() == ConsumptionOrder.SOONEST_EXPIRING_FIRST) {
      sortBySoonestExpiry(out, k);
    }
    return k == out.length ? out : Arrays.copyOf(out, k);
  }

  /** Sorts the first {@code k} lot ids by expiry (NEVER last), then id; stable insertion sort. */
  private void sortBySoonestExpiry(int[] ids, int k) {
    for (int i = 1; i < k; i++) {
      int x = ids[i];
      long ex = d[lb(x) + L_EXPIRES];
      int j = i - 1;
      while (j >= 0 && (d[lb(ids[j]) + L_EXPIRES] > ex || (d[lb(ids[j]) + L_EXPIRES] == ex && ids[j] > x))) {
        ids[j + 1] = ids[j];
        j--;
      }
      ids[j + 1] = x;
    }
  }

  /** Takes {@code points} from the first {@code k} lots of {@code order} (which hold at least that many). */
  private void take(int[] order, int k, long points) {
    long left = points;
    for (int i = 0; i < k && left > 0; i++) {
      int b = lb(order[i]);
      long t = Math.min(left, d[b + L_REMAINING]);
      if (t > 0) {
        d[b + L_REMAINING] -= t;
        left -= t;
        addAllocation(order[i], t);
      }
    }
    if (left != 0) {
      throw new IllegalStateException("could not take " + points + " points: " + left + " left");
    }
    advanceFirstOpen();
  }

  /**
   * The lot purchase {@code ref} earned, NO_POINTS if it earned none, or MISSING if it never earned
   * here: from the purchase map, or, for a purchase booked under its own reference as key, from its
   * posting (the EARN entry of that key that references the purchase and created its lot).
   */
  private long purchaseLot(String ref, boolean byPosting) {
    long s = purchaseKeys == 0 ? MISSING : get(PURCHASE, ref);
    if (s != MISSING || !byPosting) {
      return s;
    }
    long op = get(POSTING, ref);
    if (op == MISSING) {
      return MISSING;
    }
    int from = (int) (op >>> 32);
    for (int i = (int) op - 1; i >= from; i--) {
      long meta = d[E * i + 2];
      int created = createdLot(meta);
      if ((meta & 7) == EntryType.EARN.ordinal() && created >= 0 && ref.equals(str[S * i + 2])
          && ref.equals(str[S * i + 1])) {
        return str[S * i + 3] != null ? created : MISSING;
      }
    }
    return MISSING;
  }

  /** Books EXPIRE entries for everything due at or before {@code t}, at their expiry instants. */
  private void expireDue(long t) {
    long deadline = inactivityDeadline;
    boolean inactive = deadline <= t;
    boolean lotsDue = nextLotExpiry <= t;
    if (!inactive && !lotsDue) {
      return;
    }
    if (lotsDue) {
      int[] due = new int[m - firstOpen];
      int k = 0;
      for (int j = firstOpen; j < m; j++) {
        int b = lb(j);
        long ex = d[b + L_EXPIRES];
        if (d[b + L_REMAINING] > 0 && ex <= t && (!inactive || ex < deadline)) {
          due[k++] = j;
        }
      }
      sortBySoonestExpiry(due, k);
      int i = 0;
      while (i < k) {
        long when = d[lb(due[i]) + L_EXPIRES];
        int allocStart = allocSize;
        long total = 0;
        while (i < k && d[lb(due[i]) + L_EXPIRES] == when) {
          int b = lb(due[i]);
          long rem = d[b + L_REMAINING];
          addAllocation(due[i], rem);
          total += rem;
          d[b + L_REMAINING] = 0;
          d[b + L_REVERSED] += rem; // expired points of a purchase are not reversed again
          i++;
        }
        append(EntryType.EXPIRE, EXPIRY_KEY, when, -total, "points reached their expiry", null, allocStart, 0);
      }
    }
    if (inactive) {
      int allocStart = allocSize;
      long total = 0;
      for (int j = firstOpen; j < m; j++) {
        int b = lb(j);
        long rem = d[b + L_REMAINING];
        if (rem > 0) {
          addAllocation(j, rem);
          total += rem;
          d[b + L_REMAINING] = 0;
          d[b + L_REVERSED] += rem;
        }
      }
      if (total > 0) {
        append(EntryType.EXPIRE, EXPIRY_KEY, deadline, -total,
            "all points expired after inactivity since " + instant(lastActivity), null, allocStart, 0);
      }
      lastActivity = NONE;
      inactivityDeadline = NEVER;
    }
    advanceFirstOpen();
    nextLotExpiry = NEVER;
    for (int j = firstOpen; j < m; j++) {
      int b = lb(j);
      if (d[b + L_REMAINING] > 0 && d[b + L_EXPIRES] < nextLotExpiry) {
        nextLotExpiry = d[b + L_EXPIRES];
      }
    }
  }

  /** The slot of {@code key} of {@code kind} in the map, or -1. */
  private int find(int kind, String key) {
    long tag = tag(kind, key.hashCode());
    int mask = this.mask;
    for (int i = slot(tag, mask); ; i = (i + 1) & mask) {
      long sl = slots[W * i];
      if (sl == 0) {
        return -1;
      }
      if ((sl & ~KEY_IN_ENTRY) == tag && key.equals(keyAt(i, sl))) {
        return i;
      }
    }
  }

  /** The value of {@code key} of {@code kind} in the map, or MISSING. */
  private long get(int kind, String key) {
    int i = find(kind, key);
    return i < 0 ? MISSING : slots[W * i + 1];
  }

  /**
   * Maps {@code key} of {@code kind}, not yet in the map, to {@code value} (and, for an operation,
   * its request fingerprint). An operation's key that its own last entry holds is not stored again
   * (the slot is flagged KEY_IN_ENTRY): most operations write no key at all.
   */
  private void put(int kind, String key, long value, long request) {
    if (4 * (keyCount + 1) > 3 * (mask + 1)) { // load factor 3/4
      growKeys();
    }
    long tag = tag(kind, key.hashCode());
    int mask = this.mask;
    int i = slot(tag, mask);
    while (slots[W * i] != 0) {
      i = (i + 1) & mask;
    }
    int end = (int) value;
    if (kind == POSTING && end > (int) (value >>> 32) && key.equals(str[S * (end - 1) + 1])) {
      tag |= KEY_IN_ENTRY;
    } else {
      if (keys == null) {
        keys = new String[mask + 1];
      }
      keys[i] = key;
    }
    slots[W * i] = tag;
    slots[W * i + 1] = value;
    slots[W * i + 2] = request;
    keyCount++;
  }

  /** The key in slot {@code i} whose tag is {@code sl}. */
  private String keyAt(int i, long sl) {
    if ((sl & KEY_IN_ENTRY) != 0) {
      return (String) str[S * ((int) slots[W * i + 1] - 1) + 1];
    }
    return keys[i];
  }

  private void growKeys() {
    String[] oldKeys = keys;
    long[] oldSlots = slots;
    int oldCapacity = mask + 1;
    mask = 2 * oldCapacity - 1;
    slots = new long[W * (mask + 1)];
    keys = oldKeys == null ? null : new String[mask + 1];
    for (int j = 0; j < oldCapacity; j++) {
      long tag = oldSlots[W * j];
      if (tag != 0) {
        int i = slot(tag, mask);
        while (slots[W * i] != 0) {
          i = (i + 1) & mask;
        }
        if ((tag & KEY_IN_ENTRY) == 0) {
          keys[i] = oldKeys[j];
        }
        slots[W * i] = tag;
        slots[W * i + 1] = oldSlots[W * j + 1];
        slots[W * i + 2] = oldSlots[W * j + 2];
      }
    }
  }

  private static final long KEY_IN_ENTRY = 4;

  private static long tag(int kind, int hash) {
    return (long) hash << 32 | kind << 1 | 1;
  }

  /** The first slot to probe: from the hash only, so both kinds of the same string share their probe (one cache line). */
  private static int slot(long tag, int mask) {
    int h = (int) (tag >>> 32) * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }
}
