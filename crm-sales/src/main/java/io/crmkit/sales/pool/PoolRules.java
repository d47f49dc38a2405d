package io.crmkit.sales.pool;

import io.crmkit.core.team.MemberId;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The rules of the customer pool (公海): an owned customer returns to the pool {@code followUpDays}
 * days after its last follow-up or {@code dealDays} days after its last deal, whichever comes
 * first; its owner is reminded from {@code reminderDays} days before that date; a rep may hold at
 * most {@code holdCap} customers (or the rep's entry in {@code holdCaps}) and claim at most {@code
 * dailyClaimCap} customers from the pool per calendar day. All day counts are whole calendar days;
 * caps are numbers of customers.
 *
 * @param followUpDays N: days without a follow-up after which the customer returns to the pool, at
 *     least 1
 * @param dealDays M: days without a deal after which the customer returns to the pool, at least 1
 * @param reminderDays K: days before the return on which the owner is reminded, 0 (no reminder) to
 *     {@code min(N, M) - 1}
 * @param holdCap customers a rep may hold unless {@code holdCaps} names the rep, at least 0
 * @param dailyClaimCap customers a rep may claim from the pool per day, at least 0
 * @param holdCaps per-rep hold caps overriding {@code holdCap}, each at least 0
 * @since 0.1
 */
public record PoolRules(
    int followUpDays,
    int dealDays,
    int reminderDays,
    int holdCap,
    int dailyClaimCap,
    Map<MemberId, Integer> holdCaps) {

  /** Default hold cap of {@link #days}: 200 customers per rep. */
  public static final int DEFAULT_HOLD_CAP = 200;

  /** Default daily claim cap of {@link #days}: 20 customers per rep and day. */
  public static final int DEFAULT_DAILY_CLAIM_CAP = 20;

  /** Validates every field; see the type's description for the ranges. */
  public PoolRules {
    if (followUpDays < 1) {
      throw new IllegalArgumentException(
          "followUpDays must be at least 1 but was: " + followUpDays);
    }
    if (dealDays < 1) {
      throw new IllegalArgumentException("dealDays must be at least 1 but was: " + dealDays);
    }
    if (reminderDays < 0 || reminderDays >= Math.min(followUpDays, dealDays)) {
      throw new IllegalArgumentException(
          "reminderDays must be in [0, "
              + (Math.min(followUpDays, dealDays) - 1)
              + "] (below followUpDays and dealDays) but was: "
              + reminderDays);
    }
    if (holdCap < 0) {
      throw new IllegalArgumentException("holdCap must not be negative but was: " + holdCap);
    }
    if (dailyClaimCap < 0) {
      throw new IllegalArgumentException(
          "dailyClaimCap must not be negative but was: " + dailyClaimCap);
    }
    Objects.requireNonNull(holdCaps, "holdCaps must not be null (use Map.of() for none)");
    TreeMap<MemberId, Integer> copy = new TreeMap<>();
    holdCaps.forEach(
        (rep, cap) -> {
          Objects.requireNonNull(rep, "holdCaps must not contain a null rep");
          Objects.requireNonNull(cap, "hold cap of " + rep + " must not be null");
          if (cap < 0) {
            throw new IllegalArgumentException(
                "hold cap of " + rep + " must not be negative but was: " + cap);
          }
          copy.put(rep, cap);
        });
    holdCaps = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * Rules returning a customer after {@code followUpDays} days without a follow-up or {@code
   * dealDays} days without a deal, reminding {@code reminderDays} days before, with the default
   * caps ({@value #DEFAULT_HOLD_CAP} held, {@value #DEFAULT_DAILY_CLAIM_CAP} claims a day).
   */
  public static PoolRules days(int followUpDays, int dealDays, int reminderDays) {
    return new PoolRules(
        followUpDays, dealDays, reminderDays, DEFAULT_HOLD_CAP, DEFAULT_DAILY_CLAIM_CAP, Map.of());
  }

  /**
   * These rules with a hold cap of {@code newHoldCap} customers and a daily claim cap of {@code
   * newDailyClaimCap}.
   */
  public PoolRules withCaps(int newHoldCap, int newDailyClaimCap) {
    return new PoolRules(
        followUpDays, dealDays, reminderDays, newHoldCap, newDailyClaimCap, holdCaps);
  }

  /** These rules with {@code rep}'s own hold cap of {@code cap} customers. */
  public PoolRules withHoldCap(MemberId rep, int cap) {
    Objects.requireNonNull(rep, "rep must not be null");
    Map<MemberId, Integer> m = new TreeMap<>(holdCaps);
    m.put(rep, cap);
    return new PoolRules(followUpDays, dealDays, reminderDays, holdCap, dailyClaimCap, m);
  }

  /** How many customers {@code rep} may hold: the rep's own cap, else {@link #holdCap()}. */
  public int holdCapOf(MemberId rep) {
    Objects.requireNonNull(rep, "rep must not be null");
    return holdCaps.getOrDefault(rep, holdCap);
  }

  /**
   * For example {@code "pool rules: back after 30 days without follow-up or 90 without deal,
   * reminder 5 days before; hold 200, claim 20/day"}.
   */
  @Override
  public String toString() {
    return "pool rules: back after "
        + followUpDays
        + " days without follow-up or "
        + dealDays
        + " without deal, reminder "
        + reminderDays
        + " days before; hold "
        + holdCap
        + ", claim "
        + dailyClaimCap
        + "/day"
        + (holdCaps.isEmpty() ? "" : ", own hold caps " + holdCaps);
  }
}
