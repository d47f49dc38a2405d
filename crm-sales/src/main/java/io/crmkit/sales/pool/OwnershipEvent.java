package io.crmkit.sales.pool;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.team.MemberId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A recorded change of who holds a customer: claimed from the pool, assigned, transferred between
 * reps, released by its owner or reclaimed by the pool. Every event names the customer and the day.
 *
 * @since 0.1
 */
public sealed interface OwnershipEvent {

  /** The customer whose holder changed. */
  CustomerId customer();

  /** The day of the change. */
  LocalDate day();

  /** {@code rep} claimed {@code customer} from the pool on {@code day}. */
  record Claimed(CustomerId customer, MemberId rep, LocalDate day) implements OwnershipEvent {
    /** Validates that no field is null. */
    public Claimed {
      Objects.requireNonNull(customer, "customer must not be null");
      Objects.requireNonNull(rep, "rep must not be null");
      Objects.requireNonNull(day, "day must not be null");
    }

    @Override
    public String toString() {
      return day + " " + rep + " claimed " + customer;
    }
  }

  /**
   * {@code customer} was given to {@code rep} on {@code day} (lead assignment or an administrator)
   * for {@code reason}.
   */
  record Assigned(CustomerId customer, MemberId rep, LocalDate day, String reason)
      implements OwnershipEvent {
    /** Validates that no field is null. */
    public Assigned {
      Objects.requireNonNull(customer, "customer must not be null");
      Objects.requireNonNull(rep, "rep must not be null");
      Objects.requireNonNull(day, "day must not be null");
      Objects.requireNonNull(reason, "reason must not be null (use \"\" for none)");
    }

    @Override
    public String toString() {
      return day
          + " "
          + customer
          + " assigned to "
          + rep
          + (reason.isEmpty() ? "" : " (" + reason + ")");
    }
  }

  /** {@code customer} went from {@code from} to {@code to} on {@code day} for {@code reason}. */
  record Transferred(CustomerId customer, MemberId from, MemberId to, LocalDate day, String reason)
      implements OwnershipEvent {
    /** Validates that no field is null. */
    public Transferred {
      Objects.requireNonNull(customer, "customer must not be null");
      Objects.requireNonNull(from, "from must not be null");
      Objects.requireNonNull(to, "to must not be null");
      Objects.requireNonNull(day, "day must not be null");
      Objects.requireNonNull(reason, "reason must not be null (use \"\" for none)");
    }

    @Override
    public String toString() {
      return day
          + " "
          + customer
          + " transferred from "
          + from
          + " to "
          + to
          + (reason.isEmpty() ? "" : " (" + reason + ")");
    }
  }

  /** {@code rep} gave {@code customer} back to the pool on {@code day} for {@code reason}. */
  record Released(CustomerId customer, MemberId rep, LocalDate day, String reason)
      implements OwnershipEvent {
    /** Validates that no field is null. */
    public Released {
      Objects.requireNonNull(customer, "customer must not be null");
      Objects.requireNonNull(rep, "rep must not be null");
      Objects.requireNonNull(day, "day must not be null");
      Objects.requireNonNull(reason, "reason must not be null (use \"\" for none)");
    }

    @Override
    public String toString() {
      return day
          + " "
          + rep
          + " released "
          + customer
          + (reason.isEmpty() ? "" : " (" + reason + ")");
    }
  }

  /**
   * The pool took {@code customer} back from {@code rep}; {@code day} is the due day (not the day
   * the reclaim ran), so running reclaim later records the same event.
   */
  record Reclaimed(CustomerId customer, MemberId rep, LocalDate day, ReclaimReason reason)
      implements OwnershipEvent {
    /** Validates that no field is null. */
    public Reclaimed {
      Objects.requireNonNull(customer, "customer must not be null");
      Objects.requireNonNull(rep, "rep must not be null");
      Objects.requireNonNull(day, "day must not be null");
      Objects.requireNonNull(reason, "reason must not be null");
    }

    @Override
    public String toString() {
      return day + " " + customer + " back to the pool from " + rep + " (" + reason + ")";
    }
  }
}
