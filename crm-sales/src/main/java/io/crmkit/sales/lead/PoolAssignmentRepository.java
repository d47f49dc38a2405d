package io.crmkit.sales.lead;

import io.crmkit.core.assignment.Assignment;
import io.crmkit.core.assignment.AssignmentRepository;
import io.crmkit.core.assignment.ClaimResult;
import io.crmkit.core.assignment.ItemId;
import io.crmkit.core.assignment.WorkItem;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.team.MemberId;
import io.crmkit.sales.pool.ClaimOutcome;
import io.crmkit.sales.pool.CustomerPool;
import io.crmkit.sales.pool.Ownership;
import io.crmkit.sales.pool.OwnershipEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The assignment engine's repository for leads, kept in the {@link CustomerPool}: assigning a lead
 * gives its customer to the rep in the pool ({@link CustomerPool#assign}, atomic, within the rep's
 * hold cap), so a rep's open count is the number of customers the rep holds and the capacity is the
 * hold cap. A lead for a customer someone holds is assigned to the holder (the customer is
 * protected: {@code "protected: acme held by ann since 2024-03-01"}); moving a lead transfers its
 * customer; the sticky owner of a returning customer is the rep who held it last. A lead stays open
 * while its rep holds its customer ({@link #release} closes it, the customer stays held). Days are
 * the assignment instants' dates in {@code zone}. Thread-safe: one lock, around the pool's own.
 *
 * @since 0.1
 */
public final class PoolAssignmentRepository implements AssignmentRepository {

  private final CustomerPool pool;
  private final ZoneId zone;
  private final Map<ItemId, Assignment> leads = new LinkedHashMap<>();

  private PoolAssignmentRepository(CustomerPool pool, ZoneId zone) {
    this.pool = Objects.requireNonNull(pool, "pool must not be null");
    this.zone = Objects.requireNonNull(zone, "zone must not be null");
  }

  /** Leads kept in {@code pool}, on the dates of {@code zone}. */
  public static PoolAssignmentRepository of(CustomerPool pool, ZoneId zone) {
    return new PoolAssignmentRepository(pool, zone);
  }

  /** The pool. */
  public CustomerPool pool() {
    return pool;
  }

  /**
   * Gives the lead's customer to the assignment's rep: {@link ClaimResult#CLAIMED} if the pool
   * assigned it; {@link ClaimResult#MEMBER_FULL} at the rep's hold cap (or {@code capacity}
   * customers, whichever is lower); {@link ClaimResult#ALREADY_ASSIGNED} if the lead is open, or if
   * someone holds the customer, the lead then being assigned to that holder.
   *
   * @throws IllegalArgumentException if the lead names no customer
   */
  @Override
  public synchronized ClaimResult claim(Assignment assignment, int capacity) {
    Objects.requireNonNull(assignment, "assignment must not be null");
    checkCapacity(capacity);
    CustomerId customer = customerOf(assignment);
    if (open(assignment.itemId()).isPresent()) {
      return ClaimResult.ALREADY_ASSIGNED;
    }
    if (pool.repository().countHeldBy(assignment.member()) >= capacity) {
      return ClaimResult.MEMBER_FULL;
    }
    ClaimOutcome out =
        pool.assign(customer, assignment.member(), day(assignment), assignment.explanation());
    if (out instanceof ClaimOutcome.Won) {
      leads.put(assignment.itemId(), assignment);
      return ClaimResult.CLAIMED;
    }
    if (out instanceof ClaimOutcome.Lost lost) {
      toHolder(assignment.item(), lost.holder(), assignment.assignedAt());
      return ClaimResult.ALREADY_ASSIGNED;
    }
    return ClaimResult.MEMBER_FULL;
  }

  /**
   * The lead's open assignment, or, if someone holds its customer, a new assignment of the lead to
   * the holder (whatever the holder's load or duty: the customer is theirs); empty otherwise.
   */
  synchronized Optional<Assignment> assignToHolder(WorkItem lead, Instant at) {
    Optional<Assignment> open = open(lead.id());
    if (open.isPresent()) {
      return open;
    }
    CustomerId customer =
        lead.customer()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "lead " + lead.id() + " must name its customer but names none"));
    return pool.holder(customer).map(h -> toHolder(lead, h, at));
  }

  private Assignment toHolder(WorkItem lead, Ownership holder, Instant at) {
    Assignment a =
        Assignment.of(
            lead,
            holder.owner(),
            at,
            "protected: "
                + holder.customer()
                + " held by "
                + holder.owner()
                + " since "
                + holder.since());
    leads.put(lead.id(), a);
    return a;
  }

  /**
   * Transfers the lead's customer to the replacement's rep: {@link ClaimResult#CLAIMED} if the pool
   * transferred it, {@link ClaimResult#MEMBER_FULL} at the new rep's hold cap, {@link
   * ClaimResult#NOT_ASSIGNED} if the lead is not open.
   */
  @Override
  public synchronized ClaimResult move(Assignment replacement, int capacity) {
    Objects.requireNonNull(replacement, "replacement must not be null");
    checkCapacity(capacity);
    Optional<Assignment> old = open(replacement.itemId());
    if (old.isEmpty()) {
      return ClaimResult.NOT_ASSIGNED;
    }
    MemberId from = old.get().member();
    if (from.equals(replacement.member())) {
      leads.put(replacement.itemId(), replacement);
      return ClaimResult.CLAIMED;
    }
    if (pool.repository().countHeldBy(replacement.member()) >= capacity) {
      return ClaimResult.MEMBER_FULL;
    }
    CustomerId customer = customerOf(replacement);
    ClaimOutcome out =
        pool.transfer(
            customer, from, replacement.member(), day(replacement), replacement.explanation());
    if (out instanceof ClaimOutcome.Won) {
      // every other open lead of the customer follows it
      for (Map.Entry<ItemId, Assignment> e : leads.entrySet()) {
        Assignment a = e.getValue();
        if (!e.getKey().equals(replacement.itemId())
            && a.member().equals(from)
            && customer.equals(customerOf(a))) {
          e.setValue(replacement.forItem(a.item()));
        }
      }
      leads.put(replacement.itemId(), replacement);
      return ClaimResult.CLAIMED;
    }
    return out instanceof ClaimOutcome.OverHoldCap
        ? ClaimResult.MEMBER_FULL
        : ClaimResult.NOT_ASSIGNED;
  }

  /**
   * Closes the lead (converted or disqualified); its customer stays with its holder. Whether it was
   * open.
   */
  @Override
  public synchronized boolean release(ItemId item) {
    boolean wasOpen = open(Objects.requireNonNull(item, "item must not be null")).isPresent();
    leads.remove(item);
    return wasOpen;
  }

  /** The lead's assignment while its rep holds its customer. */
  @Override
  public synchronized Optional<Assignment> find(ItemId item) {
    return open(Objects.requireNonNull(item, "item must not be null"));
  }

  /** The open leads of {@code rep}, oldest first. */
  @Override
  public synchronized List<Assignment> openOf(MemberId member) {
    Objects.requireNonNull(member, "member must not be null");
    return openLeads().stream().filter(a -> a.member().equals(member)).toList();
  }

  /** The open leads held in cover for {@code member}, oldest first. */
  @Override
  public synchronized List<Assignment> coveredFor(MemberId member) {
    Objects.requireNonNull(member, "member must not be null");
    return openLeads().stream().filter(a -> a.coveringFor().equals(Optional.of(member))).toList();
  }

  /** The number of customers {@code member} holds in the pool (not only through leads). */
  @Override
  public int openCount(MemberId member) {
    return pool.repository().countHeldBy(member);
  }

  /** The rep who held {@code customer} last (now, or before it went back to the pool). */
  @Override
  public Optional<MemberId> lastOwner(CustomerId customer) {
    Optional<Ownership> now = pool.holder(customer);
    if (now.isPresent()) {
      return Optional.of(now.get().owner());
    }
    List<OwnershipEvent> history = pool.history(customer);
    for (int i = history.size() - 1; i >= 0; i--) {
      Optional<MemberId> rep = taker(history.get(i));
      if (rep.isPresent()) {
        return rep;
      }
    }
    return Optional.empty();
  }

  /** The number of open leads. */
  @Override
  public synchronized int size() {
    return openLeads().size();
  }

  private static Optional<MemberId> taker(OwnershipEvent e) {
    if (e instanceof OwnershipEvent.Claimed c) {
      return Optional.of(c.rep());
    }
    if (e instanceof OwnershipEvent.Assigned a) {
      return Optional.of(a.rep());
    }
    if (e instanceof OwnershipEvent.Transferred t) {
      return Optional.of(t.to());
    }
    return Optional.empty();
  }

  private List<Assignment> openLeads() {
    List<Assignment> out = new ArrayList<>();
    for (Assignment a : leads.values()) {
      if (holds(a)) {
        out.add(a);
      }
    }
    out.sort(Comparator.comparing(Assignment::assignedAt));
    return out;
  }

  private Optional<Assignment> open(ItemId item) {
    Assignment a = leads.get(item);
    return a != null && holds(a) ? Optional.of(a) : Optional.empty();
  }

  private boolean holds(Assignment a) {
    return pool.holder(customerOf(a)).map(o -> o.owner().equals(a.member())).orElse(false);
  }

  private static void checkCapacity(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must be >= 0 customers but was: " + capacity);
    }
  }

  private static CustomerId customerOf(Assignment a) {
    return a.item()
        .customer()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "lead " + a.itemId() + " must name its customer but names none"));
  }

  private LocalDate day(Assignment a) {
    return LocalDate.ofInstant(a.assignedAt(), zone);
  }

  /** For example {@code "leads in customer pool (...): 12 open"}. */
  @Override
  public synchronized String toString() {
    return "leads in " + pool + ": " + openLeads().size() + " open";
  }
}
