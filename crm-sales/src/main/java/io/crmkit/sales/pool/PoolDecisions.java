package io.crmkit.sales.pool;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.team.MemberId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The decisions of the pool as pure functions, for {@link PoolRepository} implementations to call
 * inside their atomic section (a lock, a database transaction): given what is held now and the
 * rep's counts, the outcome of a claim, an assignment or a transfer. Each returns {@link
 * ClaimOutcome.Won} with the new ownership to store, or the refusal; the implementation stores the
 * ownership only on {@code Won}. A claim or assignment of a customer someone holds is {@link
 * ClaimOutcome.Lost} to that holder, and a transfer of a customer nobody holds is {@link
 * ClaimOutcome.NotHeld}: the implementation answers those itself, before calling these.
 *
 * @since 0.1
 */
public final class PoolDecisions {

  private PoolDecisions() {}

  /**
   * Claiming {@code customer}, which nobody holds, from the pool: refused at {@code rep}'s hold cap
   * ({@code held} customers) or daily claim cap ({@code claimedToday} claims on {@code day}), else
   * won.
   */
  public static ClaimOutcome claim(
      CustomerId customer,
      MemberId rep,
      int held,
      int claimedToday,
      LocalDate day,
      PoolRules rules) {
    check(customer, rep, day, rules);
    int cap = rules.holdCapOf(rep);
    if (held >= cap) {
      return new ClaimOutcome.OverHoldCap(rep, held, cap);
    }
    if (claimedToday >= rules.dailyClaimCap()) {
      return new ClaimOutcome.OverDailyCap(rep, day, claimedToday, rules.dailyClaimCap());
    }
    return new ClaimOutcome.Won(Ownership.taken(customer, rep, day));
  }

  /**
   * Assigning {@code customer}, which nobody holds, to {@code rep} (lead assignment, an
   * administrator): refused at the rep's hold cap ({@code held} customers), else won; the daily
   * claim cap does not apply.
   */
  public static ClaimOutcome assign(
      CustomerId customer, MemberId rep, int held, LocalDate day, PoolRules rules) {
    check(customer, rep, day, rules);
    int cap = rules.holdCapOf(rep);
    if (held >= cap) {
      return new ClaimOutcome.OverHoldCap(rep, held, cap);
    }
    return new ClaimOutcome.Won(Ownership.taken(customer, rep, day));
  }

  /**
   * Transferring the customer held as {@code current} from {@code from} to {@code to} (holding
   * {@code toHeld} customers): lost to the holder if it is not {@code from}, refused at {@code
   * to}'s hold cap, else won, both clocks restarting on {@code day}.
   *
   * @throws IllegalArgumentException if {@code from} equals {@code to}
   */
  public static ClaimOutcome transfer(
      Ownership current, MemberId from, MemberId to, int toHeld, LocalDate day, PoolRules rules) {
    Objects.requireNonNull(current, "current must not be null");
    check(current.customer(), to, day, rules);
    Objects.requireNonNull(from, "from must not be null");
    if (from.equals(to)) {
      throw new IllegalArgumentException("to must differ from from but both were: " + from);
    }
    if (!current.owner().equals(from)) {
      return new ClaimOutcome.Lost(current);
    }
    int cap = rules.holdCapOf(to);
    if (toHeld >= cap) {
      return new ClaimOutcome.OverHoldCap(to, toHeld, cap);
    }
    return new ClaimOutcome.Won(Ownership.taken(current.customer(), to, day));
  }

  private static void check(CustomerId customer, MemberId rep, LocalDate day, PoolRules rules) {
    Objects.requireNonNull(customer, "customer must not be null");
    Objects.requireNonNull(rep, "rep must not be null");
    Objects.requireNonNull(day, "day must not be null");
    Objects.requireNonNull(rules, "rules must not be null");
  }
}
