package io.crmkit.loyalty.account;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.core.transaction.TransactionLine;
import io.crmkit.loyalty.calendar.LocalDays;
import io.crmkit.loyalty.ledger.CurrencyMismatchException;
import io.crmkit.loyalty.ledger.IdempotencyMismatchException;
import io.crmkit.loyalty.ledger.Ledger;
import io.crmkit.loyalty.ledger.LedgerPolicy;
import io.crmkit.loyalty.ledger.MoneyOutOfBoundsException;
import io.crmkit.loyalty.ledger.PointsOverflowException;
import io.crmkit.loyalty.ledger.Posting;
import io.crmkit.loyalty.ledger.RequestFingerprint;
import io.crmkit.loyalty.program.Earning;
import io.crmkit.loyalty.program.EventType;
import io.crmkit.loyalty.program.MemberContext;
import io.crmkit.loyalty.program.Program;
import io.crmkit.loyalty.tier.QualificationOverflowException;
import io.crmkit.loyalty.tier.TierProgram;
import io.crmkit.loyalty.tier.TierTracker;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A member's loyalty account: the points {@link Ledger}, the {@link TierTracker} (when the programme
 * has tiers), the tags and segments campaigns may target, and the counters earning rules need
 * (visits, points earned in the current local day and month, in the ledger policy's zone).
 *
 * <p>{@link #purchase} evaluates a purchase with a {@link Program}, books the points under the
 * transaction id as idempotency key and records the qualifying activity for the tier; a retried
 * transaction returns the first posting and changes nothing. Qualifying points are the points a
 * purchase earned; redeeming never lowers them, a refund does.
 *
 * <p>Every operation ({@link #purchase}, {@link #purchaseFast}, {@link #refund}, {@link #event}):
 * <ul>
 *   <li>checks its idempotency key first: a retry — the same request under the same key, at any
 *       later time — returns the first result without evaluating anything again; the same key with
 *       another request is refused with {@link IdempotencyMismatchException} (see
 *       {@link RequestFingerprint});
 *   <li>is all or nothing: it validates and computes everything first, then books the ledger, the
 *       tier tracker and the cap counters together; when it throws, the account is as before, and
 *       a retry fails the same way;
 *   <li>never moves a clock by reading: {@link #tierAt}, {@link #tierIndexAt} and
 *       {@link #context} read the tier at any instant at or after the last recorded activity.
 * </ul>
 *
 * <p>Not thread-safe: use it through a {@link LoyaltyAccountRepository}.
 *
 * @since 0.1
 */
public final class LoyaltyAccount {

  private final CustomerId customerId;
  private final Ledger ledger;
  private final ZoneId zone;
  private final LocalDays days;
  private final TierProgram tiers; // null: no tiers
  private TierTracker tracker;
  private String tierName; // the tier last returned by tierAt, and its Optional
  private Optional<String> tier;
  private Set<String> tags = Set.of();
  private Set<String> segments = Set.of();
  private long visits;
  private LocalDate day;
  private long earnedDay;
  private int month = Integer.MIN_VALUE; // year × 12 + month - 1 of the counted month (no object per purchase)
  private long earnedMonth;
  private LinkedHashMap<String, Held> held; // refunds waiting for their purchase, by refund id; null: none
  private HashSet<String> zeroPurchases; // ids of purchases of zero (booked without a purchase entry); null: none

  private LoyaltyAccount(CustomerId customerId, LedgerPolicy policy, Optional<TierProgram> tiers) {
    this.customerId = Objects.requireNonNull(customerId, "customerId must not be null");
    this.ledger = Ledger.create(policy);
    this.zone = policy.zone();
    this.days = LocalDays.of(zone);
    this.tiers = Objects.requireNonNull(tiers, "tiers must not be null (use Optional.empty())").orElse(null);
  }

  /** A new, empty account for {@code customerId}. */
  public static LoyaltyAccount open(CustomerId customerId, LedgerPolicy policy, Optional<TierProgram> tiers) {
    return new LoyaltyAccount(customerId, policy, tiers);
  }

  /** The customer who owns this account. */
  public CustomerId customerId() {
    return customerId;
  }

  /** The account's ledger (mutable: operate on it only while holding the account). */
  public Ledger ledger() {
    return ledger;
  }

  /** The number of purchases booked. */
  public long visits() {
    return visits;
  }

  /** The member's tags, as earning rules see them (an unmodifiable set). */
  public Set<String> tags() {
    return tags;
  }

  /** The member's segments, as earning rules see them (an unmodifiable set). */
  public Set<String> segments() {
    return segments;
  }

  /** Replaces the member's tags with a copy of {@code value}. */
  public void setTags(Set<String> value) {
    tags = Set.copyOf(value);
  }

  /** Replaces the member's segments with a copy of {@code value}. */
  public void setSegments(Set<String> value) {
    segments = Set.copyOf(value);
  }

  /** The tier at {@code at}, if the programme has tiers (the entry tier before any activity). */
  public Optional<String> tierAt(Instant at) {
    if (tiers == null) {
      return Optional.empty();
    }
    String name = tracker == null ? tiers.tiers().get(0).name() : tracker.tierName(at);
    if (!name.equals(tierName)) { // one Optional per tier change, not per purchase
      tierName = name;
      tier = Optional.of(name);
    }
    return tier;
  }

  /**
   * Reads what booking {@code purchase} on this account will use (the account, its ledger's
   * storage, its tier tracker) so that it is in the processor's cache when the purchase is booked,
   * and returns a value to be discarded; changes nothing. See {@link BulkEarning}.
   */
  public long prefetch(Transaction purchase) {
    long x = visits + earnedDay + ledger.prefetch(purchase.id().value());
    TierTracker t = tracker;
    return t == null ? x : x + t.prefetch();
  }

  /** The tier tracker, once the account has had qualifying activity. */
  public Optional<TierTracker> tierTracker() {
    return Optional.ofNullable(tracker);
  }

  /** What the earning rules see about this member for an earning at {@code at}. */
  public MemberContext context(Instant at) {
    return context(at, days.date(at));
  }

  private MemberContext context(Instant at, LocalDate d) {
    long today = d.equals(day) ? earnedDay : 0;
    long thisMonth = monthKey(d) == month ? earnedMonth : 0;
    return new MemberContext(tierAt(at), tags, segments, visits, today, thisMonth);
  }

  /**
   * Evaluates and books {@code purchase} under {@code program}, with the applied rules as the entry's
   * reason; a retried transaction id returns the first posting without evaluating again (so a late
   * retry after later purchases is still a retry). A purchase of zero earns nothing but still counts
   * as a visit. Refunds held for this purchase ({@link #pendingRefunds}) are reversed with it, at
   * its instant.
   *
   * <p>All or nothing: the purchase is validated and computed first (amounts within the programme's
   * {@link Program#moneyLimits}, points and tier values within range, instant not before the
   * account's last operation), then booked on the ledger, the tier tracker and the cap counters
   * together; when it throws, the account is unchanged and a retry fails the same way.
   *
   * @throws IdempotencyMismatchException if the transaction id was used for another request
   * @throws CurrencyMismatchException if the purchase is not in the programme's currency
   * @throws MoneyOutOfBoundsException if an amount is outside the programme's money limits
   * @throws PointsOverflowException if the points leave the {@code long} range
   * @throws QualificationOverflowException if the tier's qualifying value would leave the {@code long} range
   */
  public Posting purchase(Program program, Transaction purchase) {
    checkPurchase(program, purchase);
    String key = purchase.id().value();
    long request = purchaseRequest(purchase);
    Optional<Posting> first = ledger.retry(key, request);
    if (first.isPresent()) {
      return first.get();
    }
    checkNotHeld(key, request);
    Instant at = purchase.timestamp();
    LocalDate date = days.date(at);
    Earning earning = program.evaluate(purchase, context(at, date));
    book(key, at, date, earning.points(), purchase.total().amount(), earning.reason(), request);
    return ledger.posting(key).orElseThrow();
  }

  /**
   * Like {@link #purchase} but without building the explanation or the {@link Posting}: the entry's
   * reason is "purchase" (the hot path of bulk earning and simulation). Returns whether the
   * purchase took effect: false for a retried transaction id, which changes nothing. The entries it
   * appended are the ledger's last ones (see {@link Ledger#entryPoints}). All or nothing, as
   * {@link #purchase}.
   */
  public boolean purchaseFast(Program program, Transaction purchase) {
    checkPurchase(program, purchase);
    String key = purchase.id().value();
    long request = purchaseRequest(purchase);
    if (ledger.isRetry(key, request)) {
      return false;
    }
    checkNotHeld(key, request);
    Instant at = purchase.timestamp();
    LocalDate date = days.date(at);
    long points = program.points(purchase, context(at, date));
    book(key, at, date, points, purchase.total().amount(), "purchase", request);
    return true;
  }

  private static void checkPurchase(Program program, Transaction purchase) {
    Objects.requireNonNull(program, "program must not be null");
    Objects.requireNonNull(purchase, "purchase must not be null");
    if (!purchase.isPurchase()) {
      throw new IllegalArgumentException("transaction " + purchase.id() + " must be a purchase but was a refund");
    }
    // the programme checks the currency and the money limits when it evaluates the purchase
  }

  /**
   * The fingerprint of a purchase request: amount, currency and lines (not the instant: a
   * redelivered purchase may carry a later one). Allocation-free: this runs for every purchase.
   */
  private static long purchaseRequest(Transaction tx) {
    long h = RequestFingerprint.mix(PURCHASE_REQUEST, RequestFingerprint.decimal(tx.total().amount()));
    h = RequestFingerprint.mix(h, tx.total().currency().hashCode());
    List<TransactionLine> lines = tx.lines();
    for (int i = 0; i < lines.size(); i++) {
      TransactionLine line = lines.get(i);
      h = RequestFingerprint.mix(h, line.productId().hashCode());
      h = RequestFingerprint.mix(h, line.category().hashCode());
      h = RequestFingerprint.mix(h, RequestFingerprint.decimal(line.quantity()));
      h = RequestFingerprint.mix(h, RequestFingerprint.decimal(line.unitPrice().amount()));
    }
    return h;
  }

  private static final long PURCHASE_REQUEST = RequestFingerprint.of("account purchase").value();

  /**
   * Books a validated new purchase: checks what the ledger does not (the tier record, the refunds
   * held for it), then commits the ledger, the held refunds, the tier and the counters.
   */
  private void book(String key, Instant at, LocalDate date, long points, BigDecimal amount, String reason,
      long request) {
    List<Held> settling = held == null ? List.of() : heldFor(key);
    BigDecimal refunded = BigDecimal.ZERO;
    long reversed = 0;
    for (Held h : settling) {
      if (!ledger.isNewKey(h.refund.refundId())) {
        throw new IllegalStateException("refund " + h.refund.refundId() + " held for purchase " + key
            + " cannot be settled: its id was used on the ledger directly meanwhile");
      }
      refunded = refunded.add(h.refund.amount().amount());
    }
    if (!settling.isEmpty() && amount.signum() > 0) {
      // the points the settled refunds reverse: the ledger's cumulative target, from the purchase's own lot
      reversed = BigDecimal.valueOf(points).multiply(refunded.min(amount))
          .divide(amount, 0, ledger.policy().reversalRounding()).longValueExact();
    }
    TierTracker t = tracker;
    if (tiers != null) {
      if (t == null) {
        t = tiers.newTracker(at);
      }
      // one check of the purchase's net activity: the refunds settle at the same instant
      t.checkRecord(at, points - reversed, settling.isEmpty() ? amount : amount.subtract(refunded), 1);
    }
    if (amount.signum() > 0) {
      ledger.earnForPurchaseQuietly(key, at, key, amount, points, reason, request); // validates before booking
    } else {
      ledger.expire(key, at, request);
      if (zeroPurchases == null) {
        zeroPurchases = new HashSet<>();
      }
      zeroPurchases.add(key);
    }
    // from here on nothing can fail: every check is done
    for (Held h : settling) {
      PendingRefund r = h.refund;
      ledger.refund(r.refundId(), at, key, r.amount().amount(), refundReason(r.refundId(), key), h.request);
      held.remove(r.refundId());
    }
    if (held != null && held.isEmpty()) {
      held = null;
    }
    visits++;
    count(date, points);
    if (t != null) {
      tracker = t;
      t.record(at, points - reversed, settling.isEmpty() ? amount : amount.subtract(refunded), 1);
    }
  }

  private List<Held> heldFor(String purchaseId) {
    List<Held> out = null;
    for (Held h : held.values()) {
      if (h.refund.purchaseId().equals(purchaseId)) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(h);
      }
    }
    return out == null ? List.of() : out;
  }

  private static String refundReason(String refundId, String purchaseId) {
    return "refund " + refundId + " of " + purchaseId;
  }

  /**
   * Reverses the points of the purchase {@code refund} refunds, proportionally to the refunded
   * amount, and lowers the tier's qualifying activity by as much (the reversed points, the refunded
   * spend). A retried refund id returns the first result.
   *
   * <p>A refund whose purchase is not in the account yet is <em>held</em>: the result is
   * {@link RefundResult.Status#HELD}, the refund is listed in {@link #pendingRefunds}, and the
   * purchase, when it arrives, books its points and reverses them under the refund's id at once (so
   * however the two arrive, the account ends with the same points). Points of the purchase that
   * expired before the refund are not reversed again (see {@link Ledger#refund}).
   *
   * <p>All or nothing, as {@link #purchase}.
   *
   * @throws CurrencyMismatchException if the refund is not in the programme's currency (the
   *     purchase's, which {@link #purchase} checks)
   * @throws IdempotencyMismatchException if the refund id was used for another request
   * @throws MoneyOutOfBoundsException if the amount is outside the programme's money limits
   */
  public RefundResult refund(Program program, Transaction refund) {
    Objects.requireNonNull(program, "program must not be null");
    Objects.requireNonNull(refund, "refund must not be null");
    if (!refund.isRefund()) {
      throw new IllegalArgumentException("transaction " + refund.id() + " must be a refund but was a purchase");
    }
    program.checkAmounts(refund);
    String key = refund.id().value();
    String purchaseId = refund.refundOf().get().value();
    long request = RequestFingerprint.of("account refund").and(purchaseId).and(refund.total()).value();
    if (held != null && held.containsKey(key)) {
      checkNotHeld(key, request);
      return RefundResult.held(key, purchaseId);
    }
    Optional<Posting> first = ledger.retry(key, request);
    if (first.isPresent()) {
      return RefundResult.reversed(key, purchaseId, first.get());
    }
    Instant at = refund.timestamp();
    BigDecimal amount = refund.total().amount();
    if (!ledger.hasPurchase(purchaseId) && (zeroPurchases == null || !zeroPurchases.contains(purchaseId))) {
      if (held == null) {
        held = new LinkedHashMap<>();
      }
      held.put(key, new Held(new PendingRefund(key, purchaseId, at, refund.total()), request));
      return RefundResult.held(key, purchaseId);
    }
    TierTracker t = tracker;
    if (t != null) {
      // the reversal takes at most the purchase's points: checking that bound checks every smaller one
      t.checkRecord(at, -ledger.purchasePoints(purchaseId), amount.negate(), 0);
    }
    Posting p = ledger.refund(key, at, purchaseId, amount, refundReason(key, purchaseId), request);
    if (t != null) {
      t.record(at, p.points(), amount.negate(), 0);
    }
    return RefundResult.reversed(key, purchaseId, p);
  }

  /** The refunds held until their purchases arrive, in arrival order. */
  public List<PendingRefund> pendingRefunds() {
    if (held == null) {
      return List.of();
    }
    List<PendingRefund> out = new ArrayList<>(held.size());
    for (Held h : held.values()) {
      out.add(h.refund);
    }
    return List.copyOf(out);
  }

  /** A held refund with its request fingerprint. */
  private record Held(PendingRefund refund, long request) {}

  /** A key a held refund holds is taken: another request under it is a mismatch. */
  private void checkNotHeld(String key, long request) {
    if (held != null) {
      Held h = held.get(key);
      if (h != null && h.request != request) {
        throw new IdempotencyMismatchException(key, h.request, request);
      }
    }
  }

  /**
   * Books the bonus of member event {@code event} under {@code key}; when no rule rewards the event
   * the key is still recorded (a posting without entries), so a retry stays a retry. All or
   * nothing: a failed event (blank key, an instant before the last operation, points out of range)
   * changes neither the ledger nor the day and month counters of the caps.
   *
   * @throws IdempotencyMismatchException if {@code key} was used for another request
   */
  public Posting event(Program program, EventType event, String key, Instant at) {
    Objects.requireNonNull(program, "program must not be null");
    Objects.requireNonNull(event, "event must not be null");
    Objects.requireNonNull(at, "at must not be null");
    long request = RequestFingerprint.of("account event").and(event.name()).value();
    Optional<Posting> first = ledger.retry(key, request);
    if (first.isPresent()) {
      return first.get();
    }
    checkNotHeld(key, request);
    LocalDate date = days.date(at);
    Earning e = program.evaluateEvent(event, at, context(at, date));
    if (e.points() == 0) {
      return ledger.expire(key, at, request);
    }
    Posting p = ledger.earn(key, at, e.points(), e.reason(), Optional.empty(), request); // validates, then books
    count(date, e.points());
    return p;
  }

  private void count(LocalDate d, long points) {
    if (!d.equals(day)) {
      day = d;
      earnedDay = 0;
    }
    int m = monthKey(d);
    if (m != month) {
      month = m;
      earnedMonth = 0;
    }
    earnedDay += points;
    earnedMonth += points;
  }

  private static int monthKey(LocalDate d) {
    return d.getYear() * 12 + d.getMonthValue() - 1;
  }

  /**
   * The index (in the tier programme's order, from 0) of the tier at {@code at}, or -1 when the
   * programme has no tiers; like {@link #tierAt} without building an {@code Optional}.
   */
  public int tierIndexAt(Instant at) {
    if (tiers == null) {
      return -1;
    }
    return tracker == null ? 0 : tracker.tierIndex(at);
  }

  @Override
  public String toString() {
    return "account " + customerId + ": " + visits + " visits, " + ledger;
  }
}
