package io.crmkit.lifecycle.stage;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the engine knows about a subject from the events applied so far, for guards to read.
 *
 * <ul>
 *   <li>{@code purchases}, {@code refunds}: counts of purchase and refund events (not negative);
 *   <li>{@code netSpend}: purchase amounts minus refund amounts, in {@code currency} (the currency
 *       of the first purchase or refund; empty before any);
 *   <li>{@code firstPurchase}, {@code lastPurchase}: instants of the first and last purchase;
 *   <li>{@code lastActivity}: the instant of the last interaction, purchase, refund or manual move,
 *       or the start of the lifecycle when none;
 *   <li>{@code lastChurnProbability}: the churn probability in [0, 1] of the last re-evaluation
 *       that carried one.
 * </ul>
 *
 * @since 0.1
 */
public final class LifecycleFacts {

  private final int purchases;
  private final int refunds;
  private final BigDecimal netSpend;
  private final Optional<Currency> currency;
  private final Optional<Instant> firstPurchase;
  private final Optional<Instant> lastPurchase;
  private final Instant lastActivity;
  private final OptionalDouble lastChurnProbability;

  /**
   * Checks the counts are not negative, no component is null, and the first purchase is not after
   * the last.
   */
  LifecycleFacts(
      int purchases,
      int refunds,
      BigDecimal netSpend,
      Optional<Currency> currency,
      Optional<Instant> firstPurchase,
      Optional<Instant> lastPurchase,
      Instant lastActivity,
      OptionalDouble lastChurnProbability) {
    if (purchases < 0) {
      throw new IllegalArgumentException("purchases must not be negative but was: " + purchases);
    }
    if (refunds < 0) {
      throw new IllegalArgumentException("refunds must not be negative but was: " + refunds);
    }
    Objects.requireNonNull(netSpend, "netSpend must not be null");
    Objects.requireNonNull(currency, "currency must not be null (use Optional.empty())");
    Objects.requireNonNull(firstPurchase, "firstPurchase must not be null (use Optional.empty())");
    Objects.requireNonNull(lastPurchase, "lastPurchase must not be null (use Optional.empty())");
    Objects.requireNonNull(lastActivity, "lastActivity must not be null");
    Objects.requireNonNull(
        lastChurnProbability, "lastChurnProbability must not be null (use OptionalDouble.empty())");
    if (firstPurchase.isPresent() != (purchases > 0)
        || lastPurchase.isPresent() != (purchases > 0)) {
      throw new IllegalArgumentException(
          "firstPurchase and lastPurchase must be present exactly when purchases > 0"
              + " but purchases was: "
              + purchases
              + ", firstPurchase: "
              + firstPurchase
              + ", lastPurchase: "
              + lastPurchase);
    }
    this.purchases = purchases;
    this.refunds = refunds;
    this.netSpend = netSpend;
    this.currency = currency;
    this.firstPurchase = firstPurchase;
    this.lastPurchase = lastPurchase;
    this.lastActivity = lastActivity;
    this.lastChurnProbability = lastChurnProbability;
  }

  /** Purchase events applied (a count). */
  public int purchases() {
    return purchases;
  }

  /** Refund events applied (a count). */
  public int refunds() {
    return refunds;
  }

  /** Purchase amounts minus refund amounts, in {@link #currency()}. */
  public BigDecimal netSpend() {
    return netSpend;
  }

  /** The currency of the first purchase or refund; empty before any. */
  public Optional<Currency> currency() {
    return currency;
  }

  /** The instant of the first purchase; empty before any. */
  public Optional<Instant> firstPurchase() {
    return firstPurchase;
  }

  /** The instant of the last purchase; empty before any. */
  public Optional<Instant> lastPurchase() {
    return lastPurchase;
  }

  /** The instant of the last interaction, purchase, refund or manual move, or the start. */
  public Instant lastActivity() {
    return lastActivity;
  }

  /** The churn probability in [0, 1] of the last re-evaluation that carried one. */
  public OptionalDouble lastChurnProbability() {
    return lastChurnProbability;
  }

  /** Equal when every component is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof LifecycleFacts that
        && purchases == that.purchases
        && refunds == that.refunds
        && netSpend.equals(that.netSpend)
        && currency.equals(that.currency)
        && firstPurchase.equals(that.firstPurchase)
        && lastPurchase.equals(that.lastPurchase)
        && lastActivity.equals(that.lastActivity)
        && lastChurnProbability.equals(that.lastChurnProbability);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        purchases,
        refunds,
        netSpend,
        currency,
        firstPurchase,
        lastPurchase,
        lastActivity,
        lastChurnProbability);
  }

  /** The facts of a subject without any event, started at {@code start}. */
  public static LifecycleFacts none(Instant start) {
    return new LifecycleFacts(
        0,
        0,
        BigDecimal.ZERO,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        start,
        OptionalDouble.empty());
  }

  /**
   * Whole days (of 24 hours) from {@link #lastActivity} to {@code at}; 0 when {@code at} is not
   * after it.
   */
  public long silentDaysAt(Instant at) {
    return at.isAfter(lastActivity) ? Duration.between(lastActivity, at).toDays() : 0;
  }

  LifecycleFacts after(LifecycleEvent event) {
    if (event instanceof LifecycleEvent.Purchase p) {
      Currency c = checkCurrency(p.id(), p.amount().currency());
      return new LifecycleFacts(
          purchases + 1,
          refunds,
          netSpend.add(p.amount().amount()),
          Optional.of(c),
          Optional.of(firstPurchase.orElse(p.at())),
          Optional.of(p.at()),
          p.at(),
          lastChurnProbability);
    }
    if (event instanceof LifecycleEvent.Refund r) {
      Currency c = checkCurrency(r.id(), r.amount().currency());
      return new LifecycleFacts(
          purchases,
          refunds + 1,
          netSpend.subtract(r.amount().amount()),
          Optional.of(c),
          firstPurchase,
          lastPurchase,
          r.at(),
          lastChurnProbability);
    }
    if (event instanceof LifecycleEvent.ReEvaluation e) {
      return e.churnProbability().isPresent()
          ? new LifecycleFacts(
              purchases,
              refunds,
              netSpend,
              currency,
              firstPurchase,
              lastPurchase,
              lastActivity,
              e.churnProbability())
          : this;
    }
    // interaction or manual move: activity only
    return withActivity(event.at());
  }

  private LifecycleFacts withActivity(Instant at) {
    return new LifecycleFacts(
        purchases,
        refunds,
        netSpend,
        currency,
        firstPurchase,
        lastPurchase,
        at,
        lastChurnProbability);
  }

  private Currency checkCurrency(String eventId, Currency c) {
    if (currency.isPresent() && !currency.get().equals(c)) {
      throw new IllegalArgumentException(
          "amount of event "
              + eventId
              + " must be in "
              + currency.get()
              + " like the earlier purchases but was in: "
              + c);
    }
    return c;
  }

  @Override
  public String toString() {
    return purchases
        + " purchases, "
        + refunds
        + " refunds, net spend "
        + netSpend.toPlainString()
        + currency.map(c -> " " + c.getCurrencyCode()).orElse("")
        + ", last activity "
        + lastActivity
        + (lastChurnProbability.isPresent() ? ", churn " + lastChurnProbability.getAsDouble() : "");
  }
}
