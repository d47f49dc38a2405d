package io.crmkit.loyalty.account;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.loyalty.calendar.LocalDays;
import io.crmkit.loyalty.ledger.Ledger;
import io.crmkit.loyalty.ledger.LedgerPolicy;
import io.crmkit.loyalty.ledger.Posting;
import io.crmkit.loyalty.program.Earning;
import io.crmkit.loyalty.program.EventType;
import io.crmkit.loyalty.program.MemberContext;
import io.crmkit.loyalty.program.Program;
import io.crmkit.loyalty.tier.TierProgram;
import io.crmkit.loyalty.tier.TierTracker;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * <p>Not thread-safe: use it through a {@link LoyaltyAccountRepository}.
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

  public Set<String> tags() {
    return tags;
  }

  public Set<String> segments() {
    return segments;
  }

  public void setTags(Set<String> value) {
    tags = Set.copyOf(value);
  }

  public void setSegments(Set<String> value) {
    segments = Set.copyOf(value);
  }

  /** The tier at {@code at}, if the programme has tiers (the entry tier before any activity). */
  public Optional<String> tierAt(Instant at) {
    if (tiers == null) {
      return Optional.empty();
    }
    String name = tracker == null ? tiers.tiers().get(0).name() : tracker.tierName(at);
    if (name != tierName) { // one Optional per tier change, not per purchase
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
   * reason; a retried transaction id returns the first posting. A purchase of zero earns nothing but
   * still counts as a visit.
   */
  public Posting purchase(Program program, Transaction purchase) {
    checkPurchase(program, purchase);
    String key = purchase.id().value();
    Instant at = purchase.timestamp();
    Earning earning = program.evaluate(purchase, context(at));
    long points = earning.points();
    BigDecimal amount = purchase.total().amount();
    int before = ledger.operationCount();
    Posting p = amount.signum() > 0
        ? ledger.earnForPurchase(key, at, key, amount, points, earning.reason())
        : ledger.expire(key, at);
    if (ledger.operationCount() != before) {
      booked(at, days.date(at), points, amount);
    }
    return p; // for a retry, the first result, without a second effect
  }

  /**
   * Like {@link #purchase} but without building the explanation or the {@link Posting}: the entry's
   * reason is "purchase" (the hot path of bulk earning and simulation). Returns whether the
   * purchase took effect: false for a retried transaction id, which changes nothing. The entries it
   * appended are the ledger's last ones (see {@link Ledger#entryPoints}).
   */
  public boolean purchaseFast(Program program, Transaction purchase) {
    checkPurchase(program, purchase);
    String key = purchase.id().value();
    Instant at = purchase.timestamp();
    BigDecimal amount = purchase.total().amount();
    LocalDate date = days.date(at);
    long points = program.points(purchase, context(at, date));
    boolean booked;
    if (amount.signum() > 0) {
      booked = ledger.earnForPurchaseQuietly(key, at, key, amount, points, "purchase");
    } else {
      int before = ledger.operationCount();
      ledger.expire(key, at);
      booked = ledger.operationCount() != before;
    }
    if (booked) {
      booked(at, date, points, amount);
    }
    return booked;
  }

  private static void checkPurchase(Program program, Transaction purchase) {
    Objects.requireNonNull(program, "program must not be null");
    Objects.requireNonNull(purchase, "purchase must not be null");
    if (!purchase.isPurchase()) {
      throw new IllegalArgumentException("transaction " + purchase.id() + " must be a purchase but was a refund");
    }
  }

  /** Counts a booked purchase: a visit, the day's and month's points, the tier's qualifying activity. */
  private void booked(Instant at, LocalDate date, long points, BigDecimal amount) {
    visits++;
    count(date, points);
    if (tiers != null) {
      if (tracker == null) {
        tracker = tiers.newTracker(at);
      }
      tracker.record(at, points, amount, 1);
    }
  }

  /**
   * Reverses the points of the purchase {@code refund} refunds, proportionally, and lowers the
   * qualifying activity by as much; a retried refund id returns the first posting.
   */
  public Posting refund(Transaction refund) {
    Objects.requireNonNull(refund, "refund must not be null");
    if (!refund.isRefund()) {
      throw new IllegalArgumentException("transaction " + refund.id() + " must be a refund but was a purchase");
    }
    String key = refund.id().value();
    Optional<Posting> first = ledger.posting(key);
    if (first.isPresent()) {
      return first.get();
    }
    Posting p = ledger.refund(key, refund.timestamp(), refund.refundOf().get().value(), refund.total().amount(),
        "refund " + refund.id() + " of " + refund.refundOf().get());
    if (tiers != null && tracker != null) {
      tracker.record(refund.timestamp(), p.points(), refund.total().amount().negate(), 0);
    }
    return p;
  }

  /**
   * Books the bonus of member event {@code event} under {@code key}; when no rule rewards the event
   * the key is still recorded (a posting without entries), so a retry stays a retry.
   */
  public Posting event(Program program, EventType event, String key, Instant at) {
    Optional<Posting> first = ledger.posting(key);
    if (first.isPresent()) {
      return first.get();
    }
    Earning e = program.evaluateEvent(event, at, context(at));
    if (e.points() == 0) {
      return ledger.expire(key, at);
    }
    count(at, e.points());
    return ledger.earn(key, at, e.points(), e.reason());
  }

  private void count(Instant at, long points) {
    count(days.date(at), points);
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
