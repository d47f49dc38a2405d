package io.crmkit.sales.pool;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.team.MemberId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where the pool keeps who holds which customer and the history of every change. Each method is
 * atomic: of two claims racing for one customer exactly one wins, and a rep's hold and daily claim
 * caps hold under any number of threads (take the decision with {@link PoolDecisions} inside a lock
 * or a database transaction). {@link InMemoryPoolRepository} is the in-memory implementation; test
 * your own against {@code PoolRepositoryContract} in crm-sales' test-jar.
 *
 * @since 0.1
 */
public interface PoolRepository {

  /** Who holds {@code customer}; empty if it is in the pool. */
  Optional<Ownership> find(CustomerId customer);

  /** Every held customer, sorted by customer id. */
  List<Ownership> held();

  /** The customers {@code rep} holds, sorted by customer id. */
  List<Ownership> heldBy(MemberId rep);

  /** How many customers {@code rep} holds. */
  int countHeldBy(MemberId rep);

  /** How many customers {@code rep} claimed from the pool on {@code day}. */
  int claimsOn(MemberId rep, LocalDate day);

  /**
   * Atomically claims {@code customer} for {@code rep} on {@code day} as {@link
   * PoolDecisions#claim} decides; on a win, stores the ownership, counts the claim and records
   * {@link OwnershipEvent.Claimed}.
   */
  ClaimOutcome claim(CustomerId customer, MemberId rep, LocalDate day, PoolRules rules);

  /**
   * Atomically assigns {@code customer} to {@code rep} as {@link PoolDecisions#assign} decides; on
   * a win, stores it and records {@link OwnershipEvent.Assigned} with {@code reason}.
   */
  ClaimOutcome assign(
      CustomerId customer, MemberId rep, LocalDate day, String reason, PoolRules rules);

  /**
   * Atomically transfers {@code customer} from {@code from} to {@code to} as {@link
   * PoolDecisions#transfer} decides; on a win, stores it and records {@link
   * OwnershipEvent.Transferred}.
   */
  ClaimOutcome transfer(
      CustomerId customer,
      MemberId from,
      MemberId to,
      LocalDate day,
      String reason,
      PoolRules rules);

  /**
   * Atomically returns {@code customer} to the pool if {@code rep} holds it, recording {@link
   * OwnershipEvent.Released}; false (and nothing recorded) otherwise.
   */
  boolean release(CustomerId customer, MemberId rep, LocalDate day, String reason);

  /**
   * Atomically records a follow-up by {@code rep} on {@code day}; the new ownership, or empty if
   * {@code rep} does not hold it.
   */
  Optional<Ownership> recordFollowUp(CustomerId customer, MemberId rep, LocalDate day);

  /**
   * Atomically records a deal by {@code rep} on {@code day}; the new ownership, or empty if {@code
   * rep} does not hold it.
   */
  Optional<Ownership> recordDeal(CustomerId customer, MemberId rep, LocalDate day);

  /**
   * Atomically returns {@code event}'s customer to the pool if it is still held exactly as {@code
   * expected} (no follow-up, deal or transfer since), recording {@code event}; false otherwise.
   */
  boolean reclaim(Ownership expected, OwnershipEvent.Reclaimed event);

  /** The changes of {@code customer}'s holder, oldest first. */
  List<OwnershipEvent> history(CustomerId customer);

  /** Every recorded change, in the order recorded. */
  List<OwnershipEvent> events();
}
