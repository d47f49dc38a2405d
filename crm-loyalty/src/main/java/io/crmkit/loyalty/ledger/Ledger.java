package io.crmkit.loyalty.ledger;

import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.TransactionId;
import io.crmkit.loyalty.internal.LoyaltyInternals;
import io.crmkit.loyalty.internal.time.LocalDays;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * The append-only points ledger of one loyalty account.
 *
 * <p>Every operation takes an idempotency key and an explicit instant: a retried key returns the
 * first {@link Posting} (an equal one) and has no second effect; the same key with another request
 * (see {@link RequestFingerprint}) is refused with {@link IdempotencyMismatchException}; instants
 * of new operations must not go back in time. Operations are all or nothing: one that throws books
 * nothing (a rejected redemption or adjustment only remembers its rejection for its retries).
 * Points are exact ({@link PointsOverflowException}); points of a purchase that expired are not
 * reversed again by its refund. Before each operation, the points whose expiry fell due are expired
 * (EXPIRE entries booked at their expiry instants), so expiry at a date gives the same answer
 * however often it runs. Earned points form {@link Lot lots}; redemptions consume available lots in
 * the policy's {@link ConsumptionOrder}; reversals of refunded purchases take points from the
 * purchase's own lot first, then from the other lots, and what stays uncovered is owed (negative
 * balance) or reported as a shortfall, as the {@link NegativeBalancePolicy} says.
 *
 * <p>Storage is columnar: entries, allocations and lots live in a few primitive arrays per ledger
 * (no object per entry or lot), so millions of accounts stay cheap to hold and to collect; {@link
 * LedgerEntry}, {@link Lot} and {@link Posting} values are built when asked for. Bulk readers can
 * use {@link #entryType}, {@link #entryPoints} and {@link #entryEpochNanos} instead.
 *
 * <p>Not thread-safe: an account's operations must be serialised, which {@code
 * io.crmkit.loyalty.account.LoyaltyAccountRepository} does. All points are whole points.
 *
 * @since 0.1
 */
public final class Ledger extends LedgerStore {

  /**
   * The idempotency key of EXPIRE entries booked because their expiry fell due (not an operation's
   * key).
   */
  public static final String EXPIRY_KEY = "expiry@due";

  // what the key index holds for a purchase that earned no points, and what a lookup finds for an
  // unknown key
  private static final long NO_POINTS = -1;
  private static final long MISSING = -2;

  static {
    LoyaltyInternals.register(
        new LoyaltyInternals.LedgerAccess() {
          @Override
          public long prefetch(Ledger ledger, String key) {
            return ledger.prefetch(key);
          }

          @Override
          public boolean earnForPurchaseQuietly(
              Ledger ledger,
              String key,
              Instant at,
              TransactionId purchase,
              Money amount,
              long points,
              String reason,
              long request) {
            return ledger.earnForPurchaseQuietly(
                key, at, purchase, amount, points, reason, request);
          }

          @Override
          public int expireDueQuietly(Ledger ledger, Instant at) {
            return ledger.expireDueQuietly(at);
          }

          @Override
          public void journal(Ledger ledger, Consumer<LedgerOperation> journal) {
            ledger.journal = Objects.requireNonNull(journal, "journal must not be null");
          }
        });
  }

  private final LedgerPolicy policy;
  private final boolean expiresForInactivity;
  private final long lockNanos;
  private final LocalDays days;
  private final ToLongFunction<LocalDate> expiryOf; // one function, not one per call
  private final KeyIndex index = new KeyIndex(this);
  private HashMap<Integer, BigDecimal>
      refunds; // lot -> cumulative refund of its purchase; null until the first
  private HashMap<String, Long> shortfalls; // null until the first capped reversal
  private HashMap<String, Rejection> rejected; // null until the first rejection
  private int operations;
  private int purchaseKeys;
  private int firstOpen; // no lot before it has points remaining
  private long debt;
  private long earnedTotal; // the points of all lot-creating entries: bounded by Long.MAX_VALUE
  // instants in epoch nanoseconds (see Nanos)
  private long lastAt = Nanos.NONE;
  private long lastActivity = Nanos.NONE;
  private long inactivityDeadline = Nanos.NEVER; // cached from lastActivity
  private long nextLotExpiry = Nanos.NEVER;
  private Consumer<LedgerOperation>
      journal; // told every operation that changed the ledger; null: none
  private boolean booking; // an operation is being booked for the journal

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

  /**
   * A ledger following {@code policy} with {@code operations} booked in order: the same entries,
   * lots, keys, rejections and balances as the ledger they were recorded from (see {@link
   * LedgerOperation}). Operations that were refused are refused again, which is their effect.
   */
  public static Ledger replay(LedgerPolicy policy, List<LedgerOperation> operations) {
    Ledger l = new Ledger(policy);
    for (LedgerOperation op : Objects.requireNonNull(operations, "operations must not be null")) {
      try {
        op.bookOn(l);
      } catch (InsufficientPointsException refused) {
        // refused as when it was recorded: the refusal is remembered
      }
    }
    return l;
  }

  /** The policy this ledger follows. */
  public LedgerPolicy policy() {
    return policy;
  }

  // ---------------------------------------------------------------- operations

  /**
   * Earns {@code points} (positive) not linked to a purchase, e.g. an event bonus; they expire by
   * the policy.
   */
  public Posting earn(String key, Instant at, long points, String reason) {
    return earn(
        key,
        at,
        points,
        reason,
        RequestFingerprint.of("earn").and(points).and(Nanos.NEVER).value());
  }

  /**
   * Like {@link #earn(String, Instant, long, String)} with the fingerprint {@code request} of the
   * caller's own request (see {@link RequestFingerprint}): a retry of {@code key} with another
   * request throws {@link IdempotencyMismatchException}.
   */
  public Posting earn(String key, Instant at, long points, String reason, long request) {
    if (journal != null && !booking) {
      return journaled(new LedgerOperation.Earn(key, at, points, reason, request));
    }
    return earn(key, at, points, reason, Nanos.NEVER, request);
  }

  /**
   * Earns {@code points} (positive) that expire at {@code expiresAt} instead of the policy's expiry
   * (promotional points); {@code expiresAt} must be after {@code at}.
   */
  public Posting earnExpiringAt(
      String key, Instant at, long points, String reason, Instant expiresAt) {
    Objects.requireNonNull(expiresAt, "expiresAt must not be null");
    long until = Nanos.of(expiresAt);
    return earnExpiringAt(
        key,
        at,
        points,
        reason,
        expiresAt,
        RequestFingerprint.of("earn").and(points).and(until).value());
  }

  /**
   * Like {@link #earnExpiringAt(String, Instant, long, String, Instant)} with the fingerprint
   * {@code request} of the caller's own request (see {@link RequestFingerprint}).
   */
  public Posting earnExpiringAt(
      String key, Instant at, long points, String reason, Instant expiresAt, long request) {
    Objects.requireNonNull(expiresAt, "expiresAt must not be null");
    if (journal != null && !booking) {
      return journaled(
          new LedgerOperation.EarnExpiring(key, at, points, reason, expiresAt, request));
    }
    return earn(key, at, points, reason, Nanos.of(expiresAt), request);
  }

  /** Earns, expiring at {@code expiresAt} (epoch nanoseconds) or, if NEVER, by the policy. */
  private Posting earn(
      String key, Instant at, long points, String reason, long expiresAt, long request) {
    long first = retried(key, request);
    if (first != MISSING) {
      return posting(key, first);
    }
    long t = checkInstant(at);
    checkPositive("points", points);
    Objects.requireNonNull(reason, "reason must not be null");
    checkEarning(points);
    if (expiresAt != Nanos.NEVER && expiresAt <= t) {
      throw new IllegalArgumentException(
          "expiresAt must be after the earning instant "
              + at
              + " but was: "
              + Nanos.instant(expiresAt));
    }
    int start = entryCount();
    expireDue(t);
    appendLot(
        EntryType.EARN,
        key,
        t,
        points,
        reason,
        null,
        null,
        expiresAt != Nanos.NEVER ? expiresAt : policyExpiry(at));
    activity(t);
    return recorded(key, t, start, 0, request);
  }

  /**
   * Earns {@code points} (zero or more) for {@code purchase} of {@code amount} (positive),
   * remembered so that a refund can reverse them proportionally.
   */
  public Posting earnForPurchase(
      String key, Instant at, TransactionId purchase, Money amount, long points, String reason) {
    return earnForPurchase(
        key, at, purchase, amount, points, reason, purchaseRequest(purchase, amount, points));
  }

  /**
   * Like {@link #earnForPurchase(String, Instant, TransactionId, Money, long, String)} with the
   * fingerprint {@code request} of the caller's own request (see {@link RequestFingerprint}).
   */
  public Posting earnForPurchase(
      String key,
      Instant at,
      TransactionId purchase,
      Money amount,
      long points,
      String reason,
      long request) {
    if (journal != null && !booking) {
      return journaled(
          new LedgerOperation.EarnForPurchase(key, at, purchase, amount, points, reason, request));
    }
    long first = retried(key, request);
    if (first != MISSING) {
      return posting(key, first);
    }
    int start = entryCount();
    bookPurchase(key, at, purchase, amount, points, reason, request);
    return posting(key, (long) start << 32 | entryCount());
  }

  private static long purchaseRequest(TransactionId purchase, Money amount, long points) {
    Objects.requireNonNull(purchase, "purchase must not be null");
    Objects.requireNonNull(amount, "amount must not be null");
    return RequestFingerprint.of("purchase").and(purchase.value()).and(amount).and(points).value();
  }

  /**
   * Like earnForPurchase without building the Posting: false for a retried key (no second effect).
   */
  private boolean earnForPurchaseQuietly(
      String key,
      Instant at,
      TransactionId purchase,
      Money amount,
      long points,
      String reason,
      long request) {
    if (retried(key, request) != MISSING) {
      return false;
    }
    bookPurchase(key, at, purchase, amount, points, reason, request);
    return true;
  }

  private void bookPurchase(
      String key,
      Instant at,
      TransactionId purchase,
      Money amount,
      long points,
      String reason,
      long request) {
    long t = checkInstant(at);
    Objects.requireNonNull(purchase, "purchase must not be null");
    Objects.requireNonNull(amount, "amount must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    String ref = purchase.value();
    BigDecimal value = amount.amount();
    if (value.signum() <= 0) {
      throw new IllegalArgumentException(
          "amount of purchase " + ref + " must be positive but was: " + amount);
    }
    if (!MoneyLimits.WIDEST.allows(value)) {
      MoneyLimits.WIDEST.check("amount of purchase " + ref, value);
    }
    if (points < 0) {
      throw new IllegalArgumentException(
          "points of purchase " + ref + " must not be negative but was: " + points);
    }
    checkEarning(points);
    // a purchase booked under its own reference as key was looked up just now by the retry check
    if (purchaseLot(ref, !ref.equals(key)) != MISSING) {
      throw new IllegalArgumentException(
          "purchase " + ref + " already earned points in this ledger");
    }
    int start = entryCount();
    expireDue(t);
    long lot = NO_POINTS;
    if (points > 0) {
      lot = appendLot(EntryType.EARN, key, t, points, reason, ref, amount, policyExpiry(at));
      activity(t); // only entries count as activity, so that a replay of the entries agrees
    }
    if (lot == NO_POINTS || !key.equals(ref)) {
      index.put(KeyIndex.PURCHASE, ref, lot, 0);
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
   * caller's own request (see {@link RequestFingerprint}): a retry of {@code key} with another
   * request throws {@link IdempotencyMismatchException}, a retry of a rejected one with the same
   * request fails the same way.
   */
  public Posting redeem(String key, Instant at, long points, String reason, long request) {
    if (journal != null && !booking) {
      return journaled(new LedgerOperation.Redeem(key, at, points, reason, request));
    }
    long first = retried(key, request);
    if (first != MISSING) {
      return posting(key, first);
    }
    long t = checkInstant(at);
    checkPositive("points", points);
    Objects.requireNonNull(reason, "reason must not be null");
    int start = entryCount();
    expireDue(t);
    int[] candidates = orderedOpenLots(t, true, false, -1);
    long available = -debt + remainingOf(candidates, candidates.length);
    if (points > available) {
      keepDueExpiries(start);
      throw reject(
          key,
          request,
          new InsufficientPointsException(
              "redemption '" + reason + "' (key " + key + ")", points, available));
    }
    int allocStart = allocCount();
    take(candidates, candidates.length, points);
    append(EntryType.REDEEM, key, t, -points, reason, null, null, -1, allocStart, 0);
    activity(t);
    return recorded(key, t, start, 0, request);
  }

  /**
   * Reverses the points of {@code purchase} in proportion to the amount refunded so far (cumulative
   * refunds, capped at the purchase amount; the cumulative target is rounded with the policy's
   * reversal rounding, so partial refunds add up to a full reversal). An unknown purchase, or one
   * that earned no points, reverses nothing.
   *
   * @throws CurrencyMismatchException if {@code refunded} is not in the purchase's currency
   */
  public Posting refund(
      String key, Instant at, TransactionId purchase, Money refunded, String reason) {
    Objects.requireNonNull(purchase, "purchase must not be null");
    Objects.requireNonNull(refunded, "refunded must not be null");
    return refund(
        key,
        at,
        purchase,
        refunded,
        reason,
        RequestFingerprint.of("refund").and(purchase.value()).and(refunded).value());
  }

  /**
   * Like {@link #refund(String, Instant, TransactionId, Money, String)} with the fingerprint {@code
   * request} of the caller's own request (see {@link RequestFingerprint}).
   */
  public Posting refund(
      String key, Instant at, TransactionId purchase, Money refunded, String reason, long request) {
    if (journal != null && !booking) {
      return journaled(new LedgerOperation.Refund(key, at, purchase, refunded, reason, request));
    }
    long first = retried(key, request);
    if (first != MISSING) {
      return posting(key, first);
    }
    long t = checkInstant(at);
    Objects.requireNonNull(purchase, "purchase must not be null");
    Objects.requireNonNull(refunded, "refunded must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    String ref = purchase.value();
    BigDecimal value = refunded.amount();
    if (value.signum() < 0) {
      throw new IllegalArgumentException(
          "refunded amount of " + ref + " must not be negative but was: " + refunded);
    }
    if (!MoneyLimits.WIDEST.allows(value)) {
      MoneyLimits.WIDEST.check("refunded amount of " + ref, value);
    }
    long lot = purchaseLot(ref, true);
    if (lot >= 0) {
      Money amount = purchaseAmount(lotEntry((int) lot));
      if (!amount.currency().equals(refunded.currency())) {
        throw new CurrencyMismatchException(
            "refund of purchase " + ref, amount.currency(), refunded.currency());
      }
    }
    int start = entryCount();
    expireDue(t);
    long shortfall = lot >= 0 ? reverse((int) lot, key, t, ref, value, reason) : 0;
    return recorded(key, t, start, shortfall, request);
  }

  /**
   * Reverses purchase lot {@code p} up to the points its cumulative refund calls for; returns the
   * points that could not be reversed and are not owed either (the shortfall).
   */
  private long reverse(
      int p, String key, long t, String ref, BigDecimal refundedNow, String reason) {
    BigDecimal amount = purchaseAmount(lotEntry(p)).amount();
    if (refunds == null) {
      refunds = new HashMap<>();
    }
    BigDecimal refunded = refunds.getOrDefault(p, BigDecimal.ZERO).add(refundedNow).min(amount);
    refunds.put(p, refunded);
    long earned = lotPoints(p);
    // exact: one rounding of the rational earned × refunded / amount
    long target =
        Math.min(
            BigDecimal.valueOf(earned)
                .multiply(refunded)
                .divide(amount, 0, policy.reversalRounding())
                .longValueExact(),
            earned);
    long delta = target - reversed(p);
    if (delta <= 0) {
      return 0;
    }
    // the purchase's own lot first, then the other available lots, then the pending ones
    int[] available = orderedOpenLots(t, true, false, p);
    int[] pending = orderedOpenLots(t, false, true, p);
    int[] order = new int[available.length + pending.length + 1];
    int k = 0;
    if (remaining(p) > 0) {
      order[k++] = p;
    }
    System.arraycopy(available, 0, order, k, available.length);
    k += available.length;
    System.arraycopy(pending, 0, order, k, pending.length);
    k += pending.length;
    long covered = Math.min(delta, remainingOf(order, k));
    int allocStart = allocCount();
    take(order, k, covered);
    long uncovered = delta - covered;
    long debtChange = 0;
    long shortfall = 0;
    if (uncovered > 0 && policy.negativeBalance() == NegativeBalancePolicy.ALLOW_NEGATIVE) {
      debtChange = uncovered;
    } else {
      shortfall = uncovered;
    }
    long reversedNow = covered + debtChange;
    if (reversedNow > 0) {
      debt += debtChange;
      append(
          EntryType.REVERSE, key, t, -reversedNow, reason, ref, null, -1, allocStart, debtChange);
    }
    setReversed(
        p, target); // the target is reached either way: a capped shortfall is not reversed later
    return shortfall;
  }

  /**
   * An operator's correction of {@code points} (non-zero): positive creates a lot, negative takes
   * points from the lots (available first, then pending) and fails if the account has too few.
   */
  public Posting adjust(String key, Instant at, long points, String reason) {
    if (journal != null && !booking) {
      return journaled(new LedgerOperation.Adjust(key, at, points, reason));
    }
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
    int start = entryCount();
    expireDue(t);
    if (points > 0) {
      checkEarning(points);
      appendLot(EntryType.ADJUST, key, t, points, reason, null, null, policyExpiry(at));
      activity(t);
    } else {
      int[] available = orderedOpenLots(t, true, false, -1);
      int[] pending = orderedOpenLots(t, false, true, -1);
      int[] order = Arrays.copyOf(available, available.length + pending.length);
      System.arraycopy(pending, 0, order, available.length, pending.length);
      long total = -debt + remainingOf(order, order.length);
      if (-points > total) {
        keepDueExpiries(start);
        throw reject(
            key,
            request,
            new InsufficientPointsException(
                "adjustment '" + reason + "' (key " + key + ")", -points, total));
      }
      int allocStart = allocCount();
      take(order, order.length, -points);
      append(EntryType.ADJUST, key, t, points, reason, null, null, -1, allocStart, 0);
    }
    return recorded(key, t, start, 0, request);
  }

  /**
   * Expires every point due at {@code at} under {@code key}; running it again at the same instant
   * adds nothing.
   */
  public Posting expire(String key, Instant at) {
    return expire(key, at, RequestFingerprint.of("expire").value());
  }

  /**
   * Like {@link #expire(String, Instant)} with the fingerprint {@code request} of the caller's own
   * request: records {@code key} for a request that books nothing else (see {@link
   * RequestFingerprint}).
   */
  public Posting expire(String key, Instant at, long request) {
    if (journal != null && !booking) {
      return journaled(new LedgerOperation.Expire(key, at, request));
    }
    long first = retried(key, request);
    if (first != MISSING) {
      return posting(key, first);
    }
    long t = checkInstant(at);
    int start = entryCount();
    expireDue(t);
    return recorded(key, t, start, 0, request);
  }

  /**
   * Books the expiry of every point due at {@code at} and returns the EXPIRE entries appended
   * (empty when nothing was due). Needs no idempotency key: running it again at the same instant
   * adds nothing. {@code at} must not be before the last operation.
   */
  public List<LedgerEntry> expireDue(Instant at) {
    if (journal != null && !booking) {
      return journaled(new LedgerOperation.ExpireDue(at)).entries();
    }
    int start = expireDueQuietly(at);
    return entries(start, entryCount());
  }

  /**
   * Like expireDue(Instant) without building the entries: the sequence of the first entry appended.
   */
  private int expireDueQuietly(Instant at) {
    long t = checkInstant(at);
    int start = entryCount();
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
    long t = Nanos.of(at);
    if (t < lastAt) {
      return balanceAt(at).available();
    }
    long available = -debt;
    if (inactivityDeadline <= t) {
      return available;
    }
    for (int j = firstOpen; j < lotCount(); j++) {
      long rem = remaining(j);
      if (rem > 0 && availableAt(j) <= t && expiresAt(j) > t) {
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
   * @throws InsufficientPointsException if {@code key} was rejected for too few points (its first
   *     failure)
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
   * @throws InsufficientPointsException if {@code key} was rejected for too few points (its first
   *     failure)
   * @throws IllegalArgumentException if {@code key} is blank
   */
  public boolean isRetry(String key, long request) {
    return retried(key, request) != MISSING;
  }

  /**
   * Whether {@code key} is new: no operation ran or was rejected under it (checks nothing else).
   */
  public boolean isNewKey(String key) {
    return (rejected == null || !rejected.containsKey(key))
        && index.find(KeyIndex.POSTING, key) < 0;
  }

  /** Whether {@code purchase} was booked in this ledger (with or without points). */
  public boolean hasPurchase(TransactionId purchase) {
    return purchaseLot(Objects.requireNonNull(purchase, "purchase must not be null").value(), true)
        != MISSING;
  }

  /** The points {@code purchase} earned (0 if none or unknown). */
  public long purchasePoints(TransactionId purchase) {
    long lot =
        purchaseLot(Objects.requireNonNull(purchase, "purchase must not be null").value(), true);
    return lot < 0 ? 0 : lotPoints((int) lot);
  }

  /**
   * The points earned over the ledger's life (lot-creating entries), at most {@code
   * Long.MAX_VALUE}.
   */
  public long lifetimeEarned() {
    return earnedTotal;
  }

  /** The first result of the operation with {@code key}, if it ran. */
  public Optional<Posting> posting(String key) {
    long op =
        index.get(KeyIndex.POSTING, Objects.requireNonNull(key, "key must not be null"), MISSING);
    return op == MISSING ? Optional.empty() : Optional.of(posting(key, op));
  }

  /** The number of operations (idempotency keys) that took effect; a retry does not change it. */
  public int operationCount() {
    return operations;
  }

  /** The number of entries. */
  public int size() {
    return entryCount();
  }

  /** The entries in order (an unmodifiable list). */
  public List<LedgerEntry> entries() {
    return entries(0, entryCount());
  }

  /** The entry at position {@code sequence} (from 0). */
  public LedgerEntry entry(int sequence) {
    Objects.checkIndex(sequence, entryCount());
    return entryAt(sequence);
  }

  /** The type of the entry at position {@code sequence}, without building the entry. */
  public EntryType entryType(int sequence) {
    Objects.checkIndex(sequence, entryCount());
    return type(sequence);
  }

  /** The signed points of the entry at position {@code sequence}, without building the entry. */
  public long entryPoints(int sequence) {
    Objects.checkIndex(sequence, entryCount());
    return points(sequence);
  }

  /**
   * The instant of the entry at position {@code sequence} in epoch nanoseconds, without building
   * the entry.
   */
  public long entryEpochNanos(int sequence) {
    Objects.checkIndex(sequence, entryCount());
    return at(sequence);
  }

  /** Snapshots of all lots, in lot order, with their current remaining points. */
  public List<Lot> lots() {
    return lotValues();
  }

  /** The entries that took points from lot {@code lotId}, in order. */
  public List<LedgerEntry> consumptionsOf(int lotId) {
    List<LedgerEntry> out = new ArrayList<>();
    for (int i = 0; i < entryCount(); i++) {
      int to = allocEnd(i);
      for (int a = allocStart(i); a < to; a++) {
        if (allocLot(a) == lotId) {
          out.add(entryAt(i));
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
    for (int i = 0; i < entryCount(); i++) {
      sum += points(i);
    }
    return sum;
  }

  /** The points owed by the account (a negative balance), zero or more. */
  public long debt() {
    return debt;
  }

  /** The instant of the last entry, if any. */
  public Optional<Instant> lastEntryAt() {
    int n = entryCount();
    return n == 0 ? Optional.empty() : Optional.of(Nanos.instant(at(n - 1)));
  }

  /**
   * The balance at {@code at}, from the entries booked up to and including {@code at}; points whose
   * expiry is due by {@code at} count as expired even if no operation has booked it yet.
   */
  public Balance balanceAt(Instant at) {
    return replay(at).balance(at);
  }

  /**
   * The lots with points outstanding (not consumed, not expired) at {@code at}, with their
   * remaining points then.
   */
  public List<Lot> outstandingLotsAt(Instant at) {
    return replay(at).outstandingLots();
  }

  /**
   * When all outstanding points expire for inactivity if nothing happens after {@code at}, if the
   * policy does that.
   */
  public Optional<Instant> inactivityExpiryAfter(Instant at) {
    return replay(at).inactivityExpiry();
  }

  /** The points owed (negative balance) at {@code at}. */
  public long debtAt(Instant at) {
    return replay(at).debt();
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

  @Override
  public String toString() {
    return "ledger of "
        + entryCount()
        + " entries, "
        + lotCount()
        + " lots, debt "
        + debt
        + " ("
        + policy
        + ")";
  }

  /**
   * Books {@code op} and tells the journal if it changed the ledger: took effect (a new key), was
   * refused for the first time (remembered), or moved the clock (due expiries). Retries change
   * nothing.
   */
  private Posting journaled(LedgerOperation op) {
    int before = operations;
    int refusedBefore = rejected == null ? 0 : rejected.size();
    booking = true;
    Posting p;
    try {
      p = op.bookOn(this);
    } catch (InsufficientPointsException e) {
      if (rejected != null && rejected.size() > refusedBefore) {
        journal.accept(op);
      }
      throw e;
    } finally {
      booking = false;
    }
    if (operations > before || op instanceof LedgerOperation.ExpireDue) {
      journal.accept(op);
    }
    return p;
  }

  private AsOfReplay replay(Instant at) {
    Objects.requireNonNull(at, "at must not be null");
    return new AsOfReplay(this, policy, Nanos.of(at));
  }

  /**
   * Reads what the next operation under {@code key} will use (its key slot, the next entry and lot
   * rows), so that they are in the processor's cache when it runs, and returns a value to discard;
   * changes nothing. Bulk callers looking a few operations ahead make the reads of several ledgers
   * wait for memory together instead of one after the other.
   */
  private long prefetch(String key) {
    return prefetchRows() + index.prefetch(KeyIndex.POSTING, key);
  }

  private Posting posting(String key, long op) {
    long shortfall = 0;
    if (shortfalls != null) {
      Long s = shortfalls.get(key);
      shortfall = s == null ? 0 : s;
    }
    return new Posting(key, entries((int) (op >>> 32), (int) op), shortfall);
  }

  // ---------------------------------------------------------------- the rules' steps

  private long policyExpiry(Instant at) {
    return days.memo(at, policy.expiry(), expiryOf);
  }

  /** The policy's expiry (epoch nanos, NEVER if none) of points earned on {@code date}. */
  private long expiryOn(LocalDate date) {
    Optional<Instant> e = policy.expiry().lotExpiry(date, policy.zone());
    return e.isPresent() ? Nanos.of(e.get()) : Nanos.NEVER;
  }

  private void activity(long t) {
    lastActivity = t;
    if (expiresForInactivity) {
      inactivityDeadline =
          policy
              .expiry()
              .inactivityExpiry(Nanos.instant(t), policy.zone())
              .map(Nanos::of)
              .orElse(Nanos.NEVER);
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
    int slot = index.find(KeyIndex.POSTING, key);
    if (slot < 0) {
      return MISSING;
    }
    long firstRequest = index.request(slot);
    if (firstRequest != request) {
      throw new IdempotencyMismatchException(key, firstRequest, request);
    }
    return index.value(slot);
  }

  private static void checkKey(String key) {
    Objects.requireNonNull(key, "idempotency key must not be null");
    if (key.isBlank() || key.equals(EXPIRY_KEY)) {
      throw new IllegalArgumentException(
          "idempotency key must not be blank or " + EXPIRY_KEY + " but was: '" + key + "'");
    }
  }

  /** A rejected operation's failure and request, returned again to its retries. */
  private record Rejection(InsufficientPointsException failure, long request) {}

  private InsufficientPointsException reject(
      String key, long request, InsufficientPointsException e) {
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
      throw new PointsOverflowException(
          "earning "
              + points
              + " points on a ledger that has earned "
              + earnedTotal
              + " would take its lifetime earned points beyond "
              + Long.MAX_VALUE);
    }
  }

  /** The due expiries a rejected operation booked stay booked: time moves to the last of them. */
  private void keepDueExpiries(int start) {
    int n = entryCount();
    if (n > start) {
      lastAt = at(n - 1);
    }
  }

  private long checkInstant(Instant at) {
    Objects.requireNonNull(at, "at must not be null");
    long t = Nanos.of(at);
    if (t < lastAt) {
      throw new IllegalArgumentException(
          "at must not be before the ledger's last operation at "
              + Nanos.instant(lastAt)
              + " but was: "
              + at);
    }
    return t;
  }

  private static void checkPositive(String field, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be positive but was: " + value);
    }
  }

  /** Records operation {@code key}: its entries are those from {@code start}. */
  private void record(String key, long t, int start, long shortfall, long request) {
    index.put(KeyIndex.POSTING, key, (long) start << 32 | entryCount(), request);
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
    return posting(key, (long) start << 32 | entryCount());
  }

  /**
   * Appends a lot-creating entry and its lot (which first repays any debt); returns the lot's id.
   */
  private int appendLot(
      EntryType type,
      String key,
      long t,
      long points,
      String reason,
      String reference,
      Money purchaseAmount,
      long expiresAt) {
    earnedTotal += points; // checked by the caller (checkEarning)
    int lot = addLot(Math.addExact(t, lockNanos), expiresAt, points);
    int allocStart = allocCount();
    long repaid = Math.min(debt, points);
    if (repaid > 0) {
      addAllocation(lot, repaid);
      setRemaining(lot, points - repaid);
      debt -= repaid;
    }
    if (expiresAt < nextLotExpiry && remaining(lot) > 0) {
      nextLotExpiry = expiresAt;
    }
    append(type, key, t, points, reason, reference, purchaseAmount, lot, allocStart, -repaid);
    if (repaid > 0) {
      advanceFirstOpen();
    }
    return lot;
  }

  private void advanceFirstOpen() {
    while (firstOpen < lotCount() && remaining(firstOpen) == 0) {
      firstOpen++;
    }
  }

  /** The points remaining in the first {@code k} lots of {@code lots}. */
  private long remainingOf(int[] lots, int k) {
    long sum = 0;
    for (int i = 0; i < k; i++) {
      sum += remaining(lots[i]);
    }
    return sum;
  }

  /**
   * Open lots (remaining > 0) except {@code skip}: the available ones at {@code t} and/or the
   * pending ones, in the policy's consumption order.
   */
  private int[] orderedOpenLots(long t, boolean available, boolean pending, int skip) {
    int m = lotCount();
    int[] out = new int[m - firstOpen];
    int k = 0;
    for (int j = firstOpen; j < m; j++) {
      if (remaining(j) == 0 || j == skip) {
        continue;
      }
      boolean isPending = availableAt(j) > t;
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
      long ex = expiresAt(x);
      int j = i - 1;
      while (j >= 0 && (expiresAt(ids[j]) > ex || (expiresAt(ids[j]) == ex && ids[j] > x))) {
        ids[j + 1] = ids[j];
        j--;
      }
      ids[j + 1] = x;
    }
  }

  /**
   * Takes {@code points} from the first {@code k} lots of {@code order} (which hold at least that
   * many).
   */
  private void take(int[] order, int k, long points) {
    long left = points;
    for (int i = 0; i < k && left > 0; i++) {
      int lot = order[i];
      long t = Math.min(left, remaining(lot));
      if (t > 0) {
        setRemaining(lot, remaining(lot) - t);
        left -= t;
        addAllocation(lot, t);
      }
    }
    if (left != 0) {
      throw new IllegalStateException("could not take " + points + " points: " + left + " left");
    }
    advanceFirstOpen();
  }

  /**
   * The lot purchase {@code ref} earned, NO_POINTS if it earned none, or MISSING if it never earned
   * here: from the key index, or, for a purchase booked under its own reference as key, from its
   * posting (the EARN entry of that key that references the purchase and created its lot).
   */
  private long purchaseLot(String ref, boolean byPosting) {
    long s = purchaseKeys == 0 ? MISSING : index.get(KeyIndex.PURCHASE, ref, MISSING);
    if (s != MISSING || !byPosting) {
      return s;
    }
    long op = index.get(KeyIndex.POSTING, ref, MISSING);
    if (op == MISSING) {
      return MISSING;
    }
    int from = (int) (op >>> 32);
    for (int i = (int) op - 1; i >= from; i--) {
      int created = createdLot(i);
      if (typeOrdinal(i) == EntryType.EARN.ordinal()
          && created >= 0
          && ref.equals(reference(i))
          && ref.equals(key(i))) {
        return purchaseAmount(i) != null ? created : MISSING;
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
    int m = lotCount();
    if (lotsDue) {
      int[] due = new int[m - firstOpen];
      int k = 0;
      for (int j = firstOpen; j < m; j++) {
        long ex = expiresAt(j);
        if (remaining(j) > 0 && ex <= t && (!inactive || ex < deadline)) {
          due[k++] = j;
        }
      }
      sortBySoonestExpiry(due, k);
      int i = 0;
      while (i < k) {
        long when = expiresAt(due[i]);
        int allocStart = allocCount();
        long total = 0;
        while (i < k && expiresAt(due[i]) == when) {
          total += expireLot(due[i]);
          i++;
        }
        append(
            EntryType.EXPIRE,
            EXPIRY_KEY,
            when,
            -total,
            "points reached their expiry",
            null,
            null,
            -1,
            allocStart,
            0);
      }
    }
    if (inactive) {
      int allocStart = allocCount();
      long total = 0;
      for (int j = firstOpen; j < m; j++) {
        if (remaining(j) > 0) {
          total += expireLot(j);
        }
      }
      if (total > 0) {
        append(
            EntryType.EXPIRE,
            EXPIRY_KEY,
            deadline,
            -total,
            "all points expired after inactivity since " + Nanos.instant(lastActivity),
            null,
            null,
            -1,
            allocStart,
            0);
      }
      lastActivity = Nanos.NONE;
      inactivityDeadline = Nanos.NEVER;
    }
    advanceFirstOpen();
    nextLotExpiry = Nanos.NEVER;
    for (int j = firstOpen; j < m; j++) {
      if (remaining(j) > 0 && expiresAt(j) < nextLotExpiry) {
        nextLotExpiry = expiresAt(j);
      }
    }
  }

  /**
   * Expires what remains of lot {@code j} (an allocation of the next entry); returns the points.
   */
  private long expireLot(int j) {
    long rem = remaining(j);
    addAllocation(j, rem);
    setRemaining(j, 0);
    setReversed(j, reversed(j) + rem); // expired points of a purchase are not reversed again
    return rem;
  }
}
