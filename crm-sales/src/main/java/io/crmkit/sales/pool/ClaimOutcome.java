package io.crmkit.sales.pool;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.team.MemberId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The outcome of taking a customer: claiming it from the pool, being assigned it or receiving it by
 * transfer. Exactly one of {@link Won}, {@link Lost}, {@link NotHeld}, {@link OverHoldCap} and
 * {@link OverDailyCap}.
 *
 * @since 0.1
 */
public sealed interface ClaimOutcome {

  /** Whether the rep now holds the customer. */
  default boolean won() {
    return this instanceof Won;
  }

  /** The rep holds the customer now, as {@code ownership}. */
  record Won(Ownership ownership) implements ClaimOutcome {
    /** Validates that the ownership is not null. */
    public Won {
      Objects.requireNonNull(ownership, "ownership must not be null");
    }

    @Override
    public String toString() {
      return "won: " + ownership;
    }
  }

  /**
   * Someone holds the customer already (first claim wins; for a transfer: not the rep it was to
   * come from): {@code holder} says who and since when. Also the outcome when the claiming rep
   * holds it already.
   */
  record Lost(Ownership holder) implements ClaimOutcome {
    /** Validates that the holder is not null. */
    public Lost {
      Objects.requireNonNull(holder, "holder must not be null");
    }

    @Override
    public String toString() {
      return "lost: " + holder;
    }
  }

  /** A transfer of {@code customer}, which nobody holds (it is in the pool). */
  record NotHeld(CustomerId customer) implements ClaimOutcome {
    /** Validates that the customer is not null. */
    public NotHeld {
      Objects.requireNonNull(customer, "customer must not be null");
    }

    @Override
    public String toString() {
      return "refused: " + customer + " is in the pool, held by nobody";
    }
  }

  /** {@code rep} holds {@code held} customers, as many as its {@code cap} allows. */
  record OverHoldCap(MemberId rep, int held, int cap) implements ClaimOutcome {
    /** Validates that the rep is not null and {@code held >= cap >= 0}. */
    public OverHoldCap {
      Objects.requireNonNull(rep, "rep must not be null");
      if (cap < 0 || held < cap) {
        throw new IllegalArgumentException(
            "held must be at least cap >= 0 but held was: " + held + " and cap: " + cap);
      }
    }

    @Override
    public String toString() {
      return "refused: " + rep + " holds " + held + " customers, cap " + cap;
    }
  }

  /**
   * {@code rep} claimed {@code claimed} customers on {@code day}, as many as the daily {@code cap}
   * allows.
   */
  record OverDailyCap(MemberId rep, LocalDate day, int claimed, int cap) implements ClaimOutcome {
    /** Validates that no field is null and {@code claimed >= cap >= 0}. */
    public OverDailyCap {
      Objects.requireNonNull(rep, "rep must not be null");
      Objects.requireNonNull(day, "day must not be null");
      if (cap < 0 || claimed < cap) {
        throw new IllegalArgumentException(
            "claimed must be at least cap >= 0 but claimed was: " + claimed + " and cap: " + cap);
      }
    }

    @Override
    public String toString() {
      return "refused: "
          + rep
          + " claimed "
          + claimed
          + " customers on "
          + day
          + ", cap "
          + cap
          + " a day";
    }
  }
}
