package io.crmkit.loyalty.account;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.core.transaction.TransactionId;
import io.crmkit.core.transaction.TransactionLine;
import io.crmkit.loyalty.internal.LoyaltyInternals;
import io.crmkit.loyalty.internal.time.LocalDays;
import io.crmkit.loyalty.ledger.CurrencyMismatchException;
import io.crmkit.loyalty.ledger.IdempotencyMismatchException;
import io.crmkit.loyalty.ledger.Ledger;
import io.crmkit.loyalty.ledger.LedgerPolicy;
import io.crmkit.loyalty.ledger.MoneyOutOfBoundsException;
import io.crmkit.loyalty.ledger.PointsOverflowException;
import io.crmkit.loyalty.ledger.Posting;
import io.crmkit.loyalty.ledger.RequestFingerprint;
import io.crmkit.loyalty.program.Earning;
import io.crmkit.loyalty.program.LoyaltyEventType;
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
 * A member's loyalty account: the points {@link Ledger}, the {@link TierTracker} (when the
 * programme has tiers), the tags and segments campaigns may target, and the counters earning rules
 * need (visits, points earned in the current local day and month, in the ledger policy's zone).
 *
 * <p>{@link #purchase} evaluates a purchase with a {@link Program}, books the points under the
 * transaction id as idempotency key and records the qualifying activity for the tier; a retried
 * transaction returns the first posting and changes nothing. Qualifying points are the points a
 * purchase earned; redeeming never lowers them, a refund does.
 *
 * <p>Every operation ({@link #purchase}, {@link #purchaseFast}, {@link #refund}, {@link #event}):
 *
 * <ul>
 *   <li>checks its idempotency key first: a retry — the same request under the same key, at any
 *       later time — returns the first result without evaluating anything again; the same key with
 *       another request is refused with {@link IdempotencyMismatchException} (see {@link
 *       RequestFingerprint});
 *   <li>is all or nothing: it validates and computes everything first, then books the ledger, the
 *       tier tracker and the cap counters together; when it throws, the account is as before, and a
 *       retry fails the same way;
 *   <li>never moves a clock by reading: {@link #tierAt}, {@link #tierIndexAt} and {@link #context}
 *       read the tier at any instant at or after the last recorded activity.
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
  private int month =
      Integer.MIN_VALUE; // year × 12 + month - 1 of the counted month (no object per purchase)
  private long earnedMonth;
  private LinkedHashMap<String, Held>
      held; // refunds waiting for their purchase, by refund id; null: none
  private HashSet<String>
      zeroPurchases; // ids of purchases of zero (booked without a purchase entry); null: none
  private ArrayList<AccountOperation>
      journal; // the operations that changed the account; null: not recorded
  private boolean
      own; // an account operation is calling the ledger (its calls are not recorded on their own)

  private static final LoyaltyInternals.LedgerAccess LEDGER = LoyaltyInternals.ledger();
  private static final LoyaltyInternals.TierAccess TIER = LoyaltyInternals.tier();
  private static final LoyaltyInternals.ContextAccess CONTEXTS = LoyaltyInternals.contexts();

  private LoyaltyAccount(CustomerId customerId, LedgerPolicy policy, TierProgram tiers) {
    this.customerId = Objects.requireNonNull(customerId, "customerId must not be null");
    this.ledger = Ledger.create(policy);
    this.zone = policy.zone();
    this.days = LocalDays.of(zone);
    this.tiers = tiers;
  }

  /** A new, empty account for {@code customerId} in a programme without tiers. */
  public static LoyaltyAccount open(CustomerId customerId, LedgerPolicy policy) {
    return new LoyaltyAccount(customerId, policy, null);
  }

  /** A new, empty account for {@code customerId} in a programme with {@code tiers}. */
  public static LoyaltyAccount open(CustomerId customerId, LedgerPolicy policy, TierProgram tiers) {
    return new LoyaltyAccount(
        customerId, policy, Objects.requireNonNull(tiers, "tiers must not be null"));
  }

  /**
   * Starts recording this new account's operations ({@link #operations}), to store them and rebuild
   * the account from them later ({@link #rebuild}); returns this account.
   *
   * @throws IllegalStateException if the account has booked anything already
   */
  public LoyaltyAccount recordingOperations() {
    if (journal != null) {
      return this;
    }
    if (ledger.size() > 0
        || ledger.operationCount() > 0
        || visits > 0
        || held != null
        || !tags.isEmpty()
        || !segments.isEmpty()) {
      throw new IllegalStateException(
          "account "
              + customerId
              + " must be new to record its operations but has "
              + ledger.operationCount()
              + " operations");
    }
    journal = new ArrayList<>();
    LEDGER.journal(
        ledger,
        op -> {
          if (!own) {
            journal.add(new AccountOperation.OnLedger(op));
          }
        });
    return this;
  }

  /** Whether this account records its operations (see {@link #recordingOperations}). */
  public boolean recordsOperations() {
    return journal != null;
  }

  /** The number of operations recorded (see {@link #recordingOperations}); 0 when not recording. */
  public int operationCount() {
    return journal == null ? 0 : journal.size();
  }

  /**
   * The operations recorded from position {@code from} (0: all) on, in order.
   *
   * @throws IllegalStateException if this account does not record its operations
   */
  public List<AccountOperation> operations(int from) {
    if (journal == null) {
      throw new IllegalStateException(
          "account "
              + customerId
              + " does not record its operations (see"
              + " recordingOperations())");
    }
    return List.copyOf(journal.subList(from, journal.size()));
  }

  /**
   * The account of {@code customerId} in {@code program} (without tiers) rebuilt from its recorded
   * {@code operations}: the same ledger (entries, lots, keys, balances), counters, held refunds,
   * tags and segments as the account they were recorded from, still recording.
   */
  public static LoyaltyAccount rebuild(
      CustomerId customerId, Program program, List<AccountOperation> operations) {
    return open(customerId, program.ledgerPolicy()).recordingOperations().replay(operations);
  }

  /**
   * The account of {@code customerId} in {@code program} with {@code tiers} rebuilt from its
   * recorded {@code operations}, like {@link #rebuild(CustomerId, Program, List)}; the tier tracker
   * records the same activity.
   */
  public static LoyaltyAccount rebuild(
      CustomerId customerId,
      Program program,
      TierProgram tiers,
      List<AccountOperation> operations) {
    return open(customerId, program.ledgerPolicy(), tiers).recordingOperations().replay(operations);
  }

  /**
   * Books recorded {@code operations} on this account, in order, as they were booked when recorded
   * (without evaluating any rule again), and returns this account. For an account opened like the
   * one they were recorded from (same ledger policy and tier programme) and recording.
   *
   * @throws IllegalStateException if this account does not record its operations
   */
  public LoyaltyAccount replay(List<AccountOperation> operations) {
    if (journal == null) {
      throw new IllegalStateException(
          "account " + customerId + " must record its operations to replay some");
    }
    for (AccountOperation op : Objects.requireNonNull(operations, "operations must not be null")) {
      if (op instanceof AccountOperation.Purchase p) {
        ownCall(
            () ->
                book(
                    p.purchase(),
                    p.at(),
                    days.date(p.at()),
                    p.points(),
                    p.amount(),
                    p.reason(),
                    p.request()));
        journal.add(p);
      } else if (op instanceof AccountOperation.Refund r) {
        settleRefund(r);
      } else if (op instanceof AccountOperation.Event e) {
        bookEvent(e, days.date(e.at()));
      } else if (op instanceof AccountOperation.Tags t) {
        setTags(t.tags());
      } else if (op instanceof AccountOperation.Segments g) {
        setSegments(g.segments());
      } else if (op instanceof AccountOperation.OnLedger l) {
        try {
          l.operation().bookOn(ledger); // recorded again by the ledger's journal
        } catch (io.crmkit.loyalty.ledger.InsufficientPointsException refused) {
          // refused as when it was recorded: the ledger remembers the refusal
        }
      } else {
        throw new IllegalArgumentException("unknown operation: " + op);
      }
    }
    return this;
  }

  /**
   * Runs {@code call} as part of an account operation: its ledger calls are not recorded on their
   * own.
   */
  private void ownCall(Runnable call) {
    boolean before = own;
    own = true;
    try {
      call.run();
    } finally {
      own = before;
    }
  }

  /** The member whose account this is. */
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

  /** The member's tags (what campaign rules target). */
  public Set<String> tags() {
    return tags;
  }

  /** The member's segments (what segment rules target). */
  public Set<String> segments() {
    return segments;
  }

  /** Sets the member's tags (what campaign rules target). */
  public void setTags(Set<String> value) {
    tags = Set.copyOf(value);
    if (journal != null) {
      journal.add(new AccountOperation.Tags(tags));
    }
  }

  /** Sets the member's segments (what segment rules target). */
  public void setSegments(Set<String> value) {
    segments = Set.copyOf(value);
    if (journal != null) {
      journal.add(new AccountOperation.Segments(segments));
    }
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
  long prefetch(Transaction purchase) {
    long x = visits + earnedDay + LEDGER.prefetch(ledger, purchase.id().value());
    TierTracker t = tracker;
    return t == null ? x : x + TIER.prefetch(t);
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
    return CONTEXTS.context(tierAt(at), tags, segments, visits, today, thisMonth);
  }

  /**
   * Evaluates and books {@code purchase} under {@code program}, with the applied rules as the
   * entry's reason; a retried transaction id returns the first posting without evaluating again (so
   * a late retry after later purchases is still a retry). A purchase of zero earns nothing but
   * still counts as a visit. Refunds held for this purchase ({@link #pendingRefunds}) are reversed
   * with it, at its instant.
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
   * @throws QualificationOverflowException if the tier's qualifying value would leave the {@code
   *     long} range
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
    booked(purchase, at, date, earning.points(), earning.reason(), request);
    return ledger.posting(key).orElseThrow();
  }

  /**
   * Like {@link #purchase} but without building the explanation or the {@link Posting}: the entry's
   * reason is "purchase" (the hot path of bulk earning and simulation). Returns whether the
   * purchase took effect: false for a retried transaction id, which changes nothing. The entries it
   * appended are the ledger's last ones (see {@link Ledger#entryPoints}). All or nothing, as {@link
   * #purchase}.
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
    booked(purchase, at, date, points, "purchase", request);
    return true;
  }

  /** Books a new purchase and records it. */
  private void booked(
      Transaction purchase, Instant at, LocalDate date, long points, String reason, long request) {
    if (journal == null) {
      book(purchase.id(), at, date, points, purchase.total(), reason, request);
      return;
    }
    ownCall(() -> book(purchase.id(), at, date, points, purchase.total(), reason, request));
    journal.add(
        new AccountOperation.Purchase(
            purchase.id(), at, points, purchase.total(), reason, request));
  }

  private static void checkPurchase(Program program, Transaction purchase) {
    Objects.requireNonNull(program, "program must not be null");
    Objects.requireNonNull(purchase, "purchase must not be null");
    if (!purchase.isPurchase()) {
      throw new IllegalArgumentException(
          "transaction " + purchase.id() + " must be a purchase but was a refund");
    }
    // the programme checks the currency and the money limits when it evaluates the purchase
  }

  /**
   * The fingerprint of a purchase request: amount, currency and lines (not the instant: a
   * redelivered purchase may carry a later one). Allocation-free: this runs for every purchase.
   */
  private static long purchaseRequest(Transaction tx) {
    long h =
        RequestFingerprint.mix(PURCHASE_REQUEST, RequestFingerprint.decimal(tx.total().amount()));
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
  private void book(
      TransactionId purchase,
      Instant at,
      LocalDate date,
      long points,
      Money total,
      String reason,
      long request) {
    String key = purchase.value();
    BigDecimal amount = total.amount();
    List<Held> settling = held == null ? List.of() : heldFor(key);
    BigDecimal refunded = BigDecimal.ZERO;
    long reversed = 0;
    for (Held h : settling) {
      if (!ledger.isNewKey(h.refund.refundId())) {
        throw new IllegalStateException(
            "refund "
                + h.refund.refundId()
                + " held for purchase "
                + key
                + " cannot be settled: its id was used on the ledger directly meanwhile");
      }
      refunded = refunded.add(h.refund.amount().amount());
    }
    if (!settling.isEmpty() && amount.signum() > 0) {
      // the points the settled refunds reverse: the ledger's cumulative target, from the purchase's
      // own lot
      reversed =
          BigDecimal.valueOf(points)
              .multiply(refunded.min(amount))
              .divide(amount, 0, ledger.policy().reversalRounding())
              .longValueExact();
    }
    TierTracker t = tracker;
    if (tiers != null) {
      if (t == null) {
        t = tiers.newTracker(at);
      }
      // one check of the purchase's net activity: the refunds settle at the same instant
      t.checkRecord(
          at, points - reversed, settling.isEmpty() ? amount : amount.subtract(refunded), 1);
    }
    if (amount.signum() > 0) {
      LEDGER.earnForPurchaseQuietly(
          ledger, key, at, purchase, total, points, reason, request); // validates first
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
      ledger.refund(
          r.refundId(), at, purchase, r.amount(), refundReason(r.refundId(), key), h.request);
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
   * <p>A refund whose purchase is not in the account yet is <em>held</em>: the result is {@link
   * RefundResult.Status#HELD}, the refund is listed in {@link #pendingRefunds}, and the purchase,
   * when it arrives, books its points and reverses them under the refund's id at once (so however
   * the two arrive, the account ends with the same points). Points of the purchase that expired
   * before the refund are not reversed again (see {@link Ledger#refund}).
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
      throw new IllegalArgumentException(
          "transaction " + refund.id() + " must be a refund but was a purchase");
    }
    program.checkAmounts(refund);
    String key = refund.id().value();
    TransactionId purchase = refund.refundOf().orElseThrow();
    String purchaseId = purchase.value();
    long request =
        RequestFingerprint.of("account refund").and(purchaseId).and(refund.total()).value();
    if (held != null && held.containsKey(key)) {
      checkNotHeld(key, request);
      return RefundResult.held(key, purchaseId);
    }
    Optional<Posting> first = ledger.retry(key, request);
    if (first.isPresent()) {
      return RefundResult.reversed(key, purchaseId, first.get());
    }
    return settleRefund(
        new AccountOperation.Refund(
            refund.id(), purchase, refund.timestamp(), refund.total(), request));
  }

  /** Holds or reverses a new refund, and records it. */
  private RefundResult settleRefund(AccountOperation.Refund r) {
    boolean before = own;
    own = true;
    try {
      RefundResult result = reverseOrHold(r);
      if (journal != null) {
        journal.add(r);
      }
      return result;
    } finally {
      own = before;
    }
  }

  private RefundResult reverseOrHold(AccountOperation.Refund r) {
    String key = r.refund().value();
    TransactionId purchase = r.purchase();
    String purchaseId = purchase.value();
    Instant at = r.at();
    BigDecimal amount = r.amount().amount();
    if (!ledger.hasPurchase(purchase)
        && (zeroPurchases == null || !zeroPurchases.contains(purchaseId))) {
      if (held == null) {
        held = new LinkedHashMap<>();
      }
      held.put(key, new Held(new PendingRefund(key, purchaseId, at, r.amount()), r.request()));
      return RefundResult.held(key, purchaseId);
    }
    TierTracker t = tracker;
    if (t != null) {
      // the reversal takes at most the purchase's points: checking that bound checks every smaller
      // one
      t.checkRecord(at, -ledger.purchasePoints(purchase), amount.negate(), 0);
    }
    Posting p =
        ledger.refund(key, at, purchase, r.amount(), refundReason(key, purchaseId), r.request());
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
  public Posting event(Program program, LoyaltyEventType event, String key, Instant at) {
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
    return bookEvent(
        new AccountOperation.Event(event, key, at, e.points(), e.reason(), request), date);
  }

  /** Books a new event's bonus (or its key alone) and records it. */
  private Posting bookEvent(AccountOperation.Event e, LocalDate date) {
    boolean before = own;
    own = true;
    try {
      Posting p;
      if (e.points() == 0) {
        p = ledger.expire(e.key(), e.at(), e.request());
      } else {
        p =
            ledger.earn(
                e.key(), e.at(), e.points(), e.reason(), e.request()); // validates, then books
        count(date, e.points());
      }
      if (journal != null) {
        journal.add(e);
      }
      return p;
    } finally {
      own = before;
    }
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
   * Records {@code value} of qualifying activity at {@code at} that no purchase of this account
   * brought: the qualifying value of an account merged into this one, or its negative when the
   * merge is undone. {@code value} is in the tier programme's metric units (qualifying points or
   * visits as whole numbers, spend in money units); the tier is recomputed at once, no point is
   * booked. Does nothing when the programme has no tiers. All or nothing, like {@link #purchase}.
   *
   * @throws IllegalArgumentException if {@code at} is before the last recorded tier activity, or a
   *     points or visits value is not a whole number
   * @throws QualificationOverflowException if the tier's qualifying value would leave the {@code
   *     long} range
   */
  public void recordQualifyingValue(Instant at, BigDecimal value) {
    Objects.requireNonNull(at, "at must not be null");
    Objects.requireNonNull(value, "value must not be null");
    if (tiers == null) {
      return;
    }
    long points = 0;
    BigDecimal spend = BigDecimal.ZERO;
    int visits = 0;
    try {
      switch (tiers.metric()) {
        case QUALIFYING_POINTS -> points = value.longValueExact();
        case SPEND -> spend = value;
        case VISITS -> visits = value.intValueExact();
        default ->
            throw new IllegalStateException("unknown qualification metric " + tiers.metric());
      }
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "qualifying value of "
              + tiers.metric()
              + " must be a whole number within range"
              + " but was: "
              + value,
          e);
    }
    TierTracker t = tracker == null ? tiers.newTracker(at) : tracker;
    t.checkRecord(at, points, spend, visits);
    tracker = t;
    t.record(at, points, spend, visits);
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
