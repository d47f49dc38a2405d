package io.crmkit.service.assignment;

import io.crmkit.core.assignment.AssignmentEngine;
import io.crmkit.core.assignment.AssignmentOutcome;
import io.crmkit.core.assignment.AssignmentPolicy;
import io.crmkit.core.assignment.AssignmentRepository;
import io.crmkit.core.assignment.Condition;
import io.crmkit.core.assignment.InMemoryAssignmentRepository;
import io.crmkit.core.assignment.Move;
import io.crmkit.core.assignment.Rebalance;
import io.crmkit.core.assignment.Rule;
import io.crmkit.core.assignment.Strategy;
import io.crmkit.core.team.AttributeKey;
import io.crmkit.core.team.Member;
import io.crmkit.core.team.MemberId;
import io.crmkit.service.sla.Ticket;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Ticket assignment on crm-core's {@link AssignmentEngine}, with seed 004's shop rule as the
 * standard policy: <em>tickets are assigned by shop to agents, and when an agent is off duty that
 * agent's shops go to the agents at work</em> — and back when the agent returns.
 *
 * <p>{@link #byShop(Collection, Clock)} is the policy {@code sticky owner; rule 1: shop=…; least
 * loaded; rule 2: anyone; least loaded}: a ticket goes to an agent at work who covers its shop
 * ({@link Member#shops()}), else to the least loaded agent at work. Going off duty moves the
 * agent's open tickets to the agents at work; coming back brings them back ({@link
 * Rebalance#MOVE_OPEN_ITEMS}). {@link #coverage()} shows who takes each shop's tickets now.
 * Thread-safe (the engine's lock).
 *
 * @since 0.1
 */
public final class TicketAssignment {

  private final AssignmentEngine engine;
  private final List<Member> agents;

  private TicketAssignment(AssignmentEngine engine) {
    this.engine = engine;
    this.agents = engine.members();
  }

  /** Seed 004's shop rule over {@code agents}, assignments in memory. */
  public static TicketAssignment byShop(Collection<Member> agents, Clock clock) {
    return byShop(agents, clock, new InMemoryAssignmentRepository());
  }

  /** Seed 004's shop rule over {@code agents}, assignments in {@code repository}. */
  public static TicketAssignment byShop(
      Collection<Member> agents, Clock clock, AssignmentRepository repository) {
    return of(AssignmentEngine.of(agents, shopPolicy(), clock, repository));
  }

  /** Ticket assignment on an engine with any policy (skills, language, territory …). */
  public static TicketAssignment of(AssignmentEngine engine) {
    return new TicketAssignment(Objects.requireNonNull(engine, "engine must not be null"));
  }

  /**
   * The shop policy: sticky owner; rule 1: same shop, least loaded; rule 2: anyone, least loaded.
   */
  public static AssignmentPolicy shopPolicy() {
    return AssignmentPolicy.of(
            Rule.of(Strategy.LEAST_LOADED, Condition.sameAttribute(AttributeKey.SHOP)),
            Rule.anyone(Strategy.LEAST_LOADED))
        .withStickyOwner();
  }

  /** The engine underneath. */
  public AssignmentEngine engine() {
    return engine;
  }

  /** Assigns {@code ticket} (by its id, customer and attributes, e.g. its shop). */
  public AssignmentOutcome assign(Ticket ticket) {
    return engine.assign(Objects.requireNonNull(ticket, "ticket must not be null").toWorkItem());
  }

  /**
   * {@code ticket} with its agent set by {@link #assign(Ticket)}; unchanged when nobody could take
   * it.
   */
  public Ticket assigned(Ticket ticket) {
    return assign(ticket).assignment().map(a -> ticket.assignedTo(a.member())).orElse(ticket);
  }

  /** Frees the agent of {@code ticket} (resolved or closed); whether it was held. */
  public boolean done(Ticket ticket) {
    return engine.release(ticket.id());
  }

  /** {@code agent} goes off duty: their open tickets go to the agents at work. */
  public List<Move> offDuty(MemberId agent) {
    return engine.offDuty(agent, Rebalance.MOVE_OPEN_ITEMS);
  }

  /** {@code agent} is back: the tickets moved away from them come back. */
  public List<Move> backOnDuty(MemberId agent) {
    return engine.onDuty(agent, Rebalance.MOVE_OPEN_ITEMS);
  }

  /**
   * Who takes each shop's new tickets now, by shop: the shop's agents on duty, or — when all of
   * them are off — every agent on duty (the least loaded of them gets the next ticket).
   */
  public SortedMap<String, List<MemberId>> coverage() {
    TreeMap<String, List<MemberId>> homes = new TreeMap<>();
    List<MemberId> atWork = new ArrayList<>();
    for (Member a : agents) {
      boolean on = engine.isOnDuty(a.id());
      if (on) {
        atWork.add(a.id());
      }
      for (String shop : a.shops()) {
        List<MemberId> list = homes.computeIfAbsent(shop, s -> new ArrayList<>());
        if (on) {
          list.add(a.id());
        }
      }
    }
    TreeMap<String, List<MemberId>> out = new TreeMap<>();
    homes.forEach((shop, on) -> out.put(shop, List.copyOf(on.isEmpty() ? atWork : on)));
    return out;
  }

  /** For example {@code "TicketAssignment[AssignmentEngine[...]]"}. */
  @Override
  public String toString() {
    return "TicketAssignment[" + engine + "]";
  }
}
