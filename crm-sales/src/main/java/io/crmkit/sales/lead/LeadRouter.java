package io.crmkit.sales.lead;

import io.crmkit.core.assignment.Assignment;
import io.crmkit.core.assignment.AssignmentEngine;
import io.crmkit.core.assignment.AssignmentOutcome;
import io.crmkit.core.assignment.AssignmentPolicy;
import io.crmkit.core.assignment.ItemId;
import io.crmkit.core.assignment.Move;
import io.crmkit.core.assignment.Rebalance;
import io.crmkit.core.assignment.WorkItem;
import io.crmkit.core.team.Member;
import io.crmkit.core.team.MemberId;
import io.crmkit.sales.pool.CustomerPool;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Lead assignment for sales, on crm-core's {@link AssignmentEngine}: a lead (a {@link WorkItem}
 * naming its customer, with territory, language and product attributes) goes to a rep by the
 * policy's rules, and its customer goes to that rep in the {@link CustomerPool}. A rep's capacity
 * is the pool's hold cap ({@link io.crmkit.sales.pool.PoolRules#holdCapOf}), its load the customers
 * it holds; a lead for a customer someone holds goes to the holder (protected); with a sticky
 * policy a returning customer goes back to the rep who held it last, if available.
 *
 * <pre>{@code
 * LeadRouter router = LeadRouter.of(reps, AssignmentPolicy.of(
 *         Rule.of(Strategy.LEAST_LOADED, Condition.sameAttribute(AttributeKey.TERRITORY)),
 *         Rule.anyone(Strategy.LEAST_LOADED)).withStickyOwner(),
 *     pool, clock, ZoneId.of("Europe/Berlin"));
 * router.route(WorkItem.builder("lead-1").customer(CustomerId.of("acme")).territory("EU").build());
 * // assigned: lead-1 -> ann at ... (rule 1: territory=EU; least loaded of 3)
 * }</pre>
 *
 * <p>Thread-safe; deterministic given the same reps, policy, pool state, clock readings and calls.
 *
 * @since 0.1
 */
public final class LeadRouter {

  private final AssignmentEngine engine;
  private final PoolAssignmentRepository leads;
  private final Clock clock;

  private LeadRouter(AssignmentEngine engine, PoolAssignmentRepository leads, Clock clock) {
    this.engine = engine;
    this.leads = leads;
    this.clock = clock;
  }

  /**
   * A router over {@code reps} (their capacities replaced by the pool's hold caps) by {@code
   * policy}, keeping customers in {@code pool}; days are the clock's dates in {@code zone}.
   */
  public static LeadRouter of(
      Collection<Member> reps,
      AssignmentPolicy policy,
      CustomerPool pool,
      Clock clock,
      ZoneId zone) {
    return of(reps, policy, PoolAssignmentRepository.of(pool, zone), clock);
  }

  /**
   * A router over {@code reps} keeping leads in {@code leads}, which several routers (one per
   * process, say) may share.
   */
  public static LeadRouter of(
      Collection<Member> reps,
      AssignmentPolicy policy,
      PoolAssignmentRepository leads,
      Clock clock) {
    Objects.requireNonNull(reps, "reps must not be null");
    Objects.requireNonNull(leads, "leads must not be null");
    List<Member> capped =
        reps.stream()
            .map(
                m ->
                    m.withCapacity(
                        leads
                            .pool()
                            .rules()
                            .holdCapOf(
                                Objects.requireNonNull(m, "reps must not contain null").id())))
            .toList();
    return new LeadRouter(AssignmentEngine.of(capped, policy, clock, leads), leads, clock);
  }

  /**
   * Assigns {@code lead} (which must name its customer) to a rep, with the explanation of the
   * choice. A lead whose customer someone holds goes to the holder whatever their load or duty
   * ({@link AssignmentOutcome.AlreadyAssigned}, explained {@code "protected: ..."}); an open lead
   * keeps its rep.
   */
  public AssignmentOutcome route(WorkItem lead) {
    Objects.requireNonNull(lead, "lead must not be null");
    if (lead.customer().isEmpty()) {
      throw new IllegalArgumentException(
          "lead " + lead.id() + " must name its customer but names none");
    }
    Optional<Assignment> held = leads.assignToHolder(lead, clock.instant());
    if (held.isPresent()) {
      return new AssignmentOutcome.AlreadyAssigned(held.get());
    }
    AssignmentOutcome out = engine.assign(lead);
    if (out.assignment().isEmpty()) {
      // claimed by someone between the two steps
      Optional<Assignment> late = leads.assignToHolder(lead, clock.instant());
      if (late.isPresent()) {
        return new AssignmentOutcome.AlreadyAssigned(late.get());
      }
    }
    return out;
  }

  /**
   * Closes {@code lead} (converted or disqualified); its customer stays held. Whether it was open.
   */
  public boolean close(ItemId lead) {
    return engine.release(lead);
  }

  /**
   * Takes {@code rep} off duty; with {@link Rebalance#MOVE_OPEN_ITEMS} its open leads' customers
   * are transferred.
   */
  public List<Move> offDuty(MemberId rep, Rebalance rebalance) {
    return engine.offDuty(rep, rebalance);
  }

  /**
   * Brings {@code rep} back on duty; with {@link Rebalance#MOVE_OPEN_ITEMS} its covered leads'
   * customers come back.
   */
  public List<Move> onDuty(MemberId rep, Rebalance rebalance) {
    return engine.onDuty(rep, rebalance);
  }

  /** The engine. */
  public AssignmentEngine engine() {
    return engine;
  }

  /** The leads' repository. */
  public PoolAssignmentRepository leads() {
    return leads;
  }

  /** For example {@code "lead router: AssignmentEngine[...]"}. */
  @Override
  public String toString() {
    return "lead router: " + engine;
  }
}
