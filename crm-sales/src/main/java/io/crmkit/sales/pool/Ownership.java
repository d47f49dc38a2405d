package io.crmkit.sales.pool;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.team.MemberId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A customer held by a rep: {@code owner} holds {@code customer} since the day {@code since}; the
 * last follow-up and the last deal were on {@code lastFollowUp} and {@code lastDeal} (both on or
 * after {@code since}: taking a customer starts both clocks). While held, the customer is
 * protected: no other rep can claim it. Immutable.
 *
 * @param customer the customer held
 * @param owner the rep holding it
 * @param since the day the rep took it (claim, assignment or transfer)
 * @param lastFollowUp the day of the last follow-up, or {@code since}
 * @param lastDeal the day of the last deal, or {@code since}
 * @since 0.1
 */
public record Ownership(
    CustomerId customer,
    MemberId owner,
    LocalDate since,
    LocalDate lastFollowUp,
    LocalDate lastDeal) {

  /** Validates that no field is null and that both last days are on or after {@code since}. */
  public Ownership {
    Objects.requireNonNull(customer, "customer must not be null");
    Objects.requireNonNull(owner, "owner of customer " + customer + " must not be null");
    Objects.requireNonNull(since, "since of customer " + customer + " must not be null");
    Objects.requireNonNull(
        lastFollowUp, "lastFollowUp of customer " + customer + " must not be null");
    Objects.requireNonNull(lastDeal, "lastDeal of customer " + customer + " must not be null");
    if (lastFollowUp.isBefore(since)) {
      throw new IllegalArgumentException(
          "lastFollowUp of customer "
              + customer
              + " must be on or after since "
              + since
              + " but was: "
              + lastFollowUp);
    }
    if (lastDeal.isBefore(since)) {
      throw new IllegalArgumentException(
          "lastDeal of customer "
              + customer
              + " must be on or after since "
              + since
              + " but was: "
              + lastDeal);
    }
  }

  /** {@code customer} taken by {@code owner} on {@code day}: both clocks start that day. */
  public static Ownership taken(CustomerId customer, MemberId owner, LocalDate day) {
    return new Ownership(customer, owner, day, day, day);
  }

  /**
   * This ownership after a follow-up on {@code day}: the later of the two days counts (replays in
   * any order agree).
   */
  public Ownership withFollowUp(LocalDate day) {
    Objects.requireNonNull(day, "day must not be null");
    return day.isAfter(lastFollowUp) ? new Ownership(customer, owner, since, day, lastDeal) : this;
  }

  /** This ownership after a deal on {@code day}: the later of the two days counts. */
  public Ownership withDeal(LocalDate day) {
    Objects.requireNonNull(day, "day must not be null");
    return day.isAfter(lastDeal) ? new Ownership(customer, owner, since, lastFollowUp, day) : this;
  }

  /**
   * The day this customer returns to the pool under {@code rules}: the earlier of the two
   * deadlines.
   */
  public LocalDate dueDate(PoolRules rules) {
    return ReclaimReason.dueDate(lastFollowUp.toEpochDay(), lastDeal.toEpochDay(), rules);
  }

  /**
   * Why this customer returns to the pool under {@code rules}: the deadline that comes first
   * (follow-up on a tie).
   */
  public ReclaimReason reclaimReason(PoolRules rules) {
    return ReclaimReason.of(lastFollowUp.toEpochDay(), lastDeal.toEpochDay(), rules);
  }

  /**
   * For example {@code "42 held by ann since 2024-03-01 (follow-up 2024-03-10, deal 2024-03-01)"}.
   */
  @Override
  public String toString() {
    return customer
        + " held by "
        + owner
        + " since "
        + since
        + " (follow-up "
        + lastFollowUp
        + ", deal "
        + lastDeal
        + ")";
  }
}
