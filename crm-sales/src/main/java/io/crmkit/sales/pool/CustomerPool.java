package io.crmkit.sales.pool;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.team.MemberId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The customer pool (公海) and its owners: reps claim customers from the pool (first claim wins,
 * within their hold and daily claim caps), hold them protected, follow them up and win deals; a
 * customer untended for {@link PoolRules#followUpDays()} days or without a deal for {@link
 * PoolRules#dealDays()} days goes back to the pool when {@link #reclaim} runs. Transfers between
 * reps are recorded. Every day is an explicit calendar date (the caller's business day, in the zone
 * the company works in).
 *
 * <pre>{@code
 * CustomerPool pool = CustomerPool.inMemory(PoolRules.days(30, 90, 5).withCaps(200, 20));
 * pool.claim(CustomerId.of("42"), ann, LocalDate.of(2024, 3, 1));   // won: 42 held by ann ...
 * pool.claim(CustomerId.of("42"), bob, LocalDate.of(2024, 3, 1));   // lost: 42 held by ann ...
 * pool.reclaim(LocalDate.of(2024, 4, 1));                           // 42 back to the pool (NO_FOLLOW_UP)
 * }</pre>
 *
 * <p>Thread-safe when its repository is (each call is one atomic repository call, except {@link
 * #reclaim}, which takes back a customer only if it is unchanged since the plan was made).
 *
 * @since 0.1
 */
public final class CustomerPool {

  private final PoolRules rules;
  private final PoolRepository repository;

  private CustomerPool(PoolRules rules, PoolRepository repository) {
    this.rules = Objects.requireNonNull(rules, "rules must not be null");
    this.repository = Objects.requireNonNull(repository, "repository must not be null");
  }

  /** A pool under {@code rules} kept in {@code repository}. */
  public static CustomerPool of(PoolRules rules, PoolRepository repository) {
    return new CustomerPool(rules, repository);
  }

  /** A pool under {@code rules} kept in a new {@link InMemoryPoolRepository}. */
  public static CustomerPool inMemory(PoolRules rules) {
    return new CustomerPool(rules, InMemoryPoolRepository.create());
  }

  /** The rules. */
  public PoolRules rules() {
    return rules;
  }

  /** The repository. */
  public PoolRepository repository() {
    return repository;
  }

  /** This pool's repository under other rules (e.g. a new hold cap from tomorrow). */
  public CustomerPool withRules(PoolRules newRules) {
    return new CustomerPool(newRules, repository);
  }

  /**
   * {@code rep} claims {@code customer} from the pool on {@code day}: won, lost to the holder, or
   * over a cap.
   */
  public ClaimOutcome claim(CustomerId customer, MemberId rep, LocalDate day) {
    return repository.claim(customer, rep, day, rules);
  }

  /**
   * {@code customer} is given to {@code rep} on {@code day} for {@code reason}, within the rep's
   * hold cap.
   */
  public ClaimOutcome assign(CustomerId customer, MemberId rep, LocalDate day, String reason) {
    return repository.assign(customer, rep, day, reason, rules);
  }

  /**
   * {@code customer} goes from {@code from} to {@code to} on {@code day}, within {@code to}'s hold
   * cap.
   */
  public ClaimOutcome transfer(
      CustomerId customer, MemberId from, MemberId to, LocalDate day, String reason) {
    return repository.transfer(customer, from, to, day, reason, rules);
  }

  /** {@code rep} gives {@code customer} back to the pool; false if {@code rep} does not hold it. */
  public boolean release(CustomerId customer, MemberId rep, LocalDate day, String reason) {
    return repository.release(customer, rep, day, reason);
  }

  /**
   * A follow-up (call, visit, e-mail) of {@code customer} by {@code rep}; empty if {@code rep} does
   * not hold it.
   */
  public Optional<Ownership> followUp(CustomerId customer, MemberId rep, LocalDate day) {
    return repository.recordFollowUp(customer, rep, day);
  }

  /** A deal with {@code customer} by {@code rep}; empty if {@code rep} does not hold it. */
  public Optional<Ownership> deal(CustomerId customer, MemberId rep, LocalDate day) {
    return repository.recordDeal(customer, rep, day);
  }

  /** Who holds {@code customer}; empty if it is in the pool. */
  public Optional<Ownership> holder(CustomerId customer) {
    return repository.find(customer);
  }

  /** The customers {@code rep} holds, by customer id. */
  public List<Ownership> heldBy(MemberId rep) {
    return repository.heldBy(rep);
  }

  /** The reclaim plan for {@code day} over what is held now, without changing anything. */
  public ReclaimPlan plan(LocalDate day) {
    return ReclaimPlan.of(repository.held(), rules, day);
  }

  /**
   * The reminders due on {@code day}: customers returning to the pool within {@link
   * PoolRules#reminderDays()} days.
   */
  public List<Reminder> reminders(LocalDate day) {
    return plan(day).reminders();
  }

  /**
   * Returns every customer due on or before {@code day} to the pool and gives the plan as carried
   * out: its {@code reclaimed} are the customers taken back (a customer followed up, dealt with or
   * transferred while the plan was carried out is left alone). Idempotent: a second run on the same
   * day takes back nothing.
   */
  public ReclaimPlan reclaim(LocalDate day) {
    List<Ownership> held = repository.held();
    ReclaimPlan plan = ReclaimPlan.of(held, rules, day);
    Map<CustomerId, Ownership> byCustomer = new HashMap<>();
    held.forEach(o -> byCustomer.put(o.customer(), o));
    List<OwnershipEvent.Reclaimed> done = new ArrayList<>();
    for (OwnershipEvent.Reclaimed r : plan.reclaimed()) {
      if (repository.reclaim(byCustomer.get(r.customer()), r)) {
        done.add(r);
      }
    }
    return new ReclaimPlan(day, plan.kept(), done, plan.reminders());
  }

  /** The changes of {@code customer}'s holder, oldest first. */
  public List<OwnershipEvent> history(CustomerId customer) {
    return repository.history(customer);
  }

  /**
   * For example {@code "customer pool (pool rules: ...) in in-memory pool: 120 held, 340 events"}.
   */
  @Override
  public String toString() {
    return "customer pool (" + rules + ") in " + repository;
  }
}
