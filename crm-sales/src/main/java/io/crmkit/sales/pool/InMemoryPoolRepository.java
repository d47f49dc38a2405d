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
import java.util.TreeMap;

/**
 * The in-memory {@link PoolRepository}: every method runs under one lock, so each is atomic and
 * they are linearisable. Thread-safe; for tests, tools and single-process applications.
 *
 * @since 0.1
 */
public final class InMemoryPoolRepository implements PoolRepository {

  private record RepDay(MemberId rep, LocalDate day) {}

  private final Object lock = new Object();
  private final TreeMap<CustomerId, Ownership> held = new TreeMap<>();
  private final Map<MemberId, TreeMap<CustomerId, Ownership>> byOwner = new HashMap<>();
  private final Map<RepDay, Integer> claims = new HashMap<>();
  private final List<OwnershipEvent> events = new ArrayList<>();
  private final Map<CustomerId, List<OwnershipEvent>> histories = new HashMap<>();

  private InMemoryPoolRepository() {}

  /** An empty repository: every customer is in the pool. */
  public static InMemoryPoolRepository create() {
    return new InMemoryPoolRepository();
  }

  @Override
  public Optional<Ownership> find(CustomerId customer) {
    Objects.requireNonNull(customer, "customer must not be null");
    synchronized (lock) {
      return Optional.ofNullable(held.get(customer));
    }
  }

  @Override
  public List<Ownership> held() {
    synchronized (lock) {
      return List.copyOf(held.values());
    }
  }

  @Override
  public List<Ownership> heldBy(MemberId rep) {
    Objects.requireNonNull(rep, "rep must not be null");
    synchronized (lock) {
      TreeMap<CustomerId, Ownership> m = byOwner.get(rep);
      return m == null ? List.of() : List.copyOf(m.values());
    }
  }

  @Override
  public int countHeldBy(MemberId rep) {
    Objects.requireNonNull(rep, "rep must not be null");
    synchronized (lock) {
      return countOf(rep);
    }
  }

  @Override
  public int claimsOn(MemberId rep, LocalDate day) {
    RepDay key =
        new RepDay(
            Objects.requireNonNull(rep, "rep must not be null"),
            Objects.requireNonNull(day, "day must not be null"));
    synchronized (lock) {
      return claims.getOrDefault(key, 0);
    }
  }

  @Override
  public ClaimOutcome claim(CustomerId customer, MemberId rep, LocalDate day, PoolRules rules) {
    Objects.requireNonNull(customer, "customer must not be null");
    synchronized (lock) {
      Ownership current = held.get(customer);
      if (current != null) {
        return new ClaimOutcome.Lost(current);
      }
      RepDay key = new RepDay(rep, day);
      ClaimOutcome out =
          PoolDecisions.claim(customer, rep, countOf(rep), claims.getOrDefault(key, 0), day, rules);
      if (out instanceof ClaimOutcome.Won won) {
        put(won.ownership());
        claims.merge(key, 1, Integer::sum);
        record(new OwnershipEvent.Claimed(customer, rep, day));
      }
      return out;
    }
  }

  @Override
  public ClaimOutcome assign(
      CustomerId customer, MemberId rep, LocalDate day, String reason, PoolRules rules) {
    Objects.requireNonNull(customer, "customer must not be null");
    Objects.requireNonNull(reason, "reason must not be null (use \"\" for none)");
    synchronized (lock) {
      Ownership current = held.get(customer);
      if (current != null) {
        return new ClaimOutcome.Lost(current);
      }
      ClaimOutcome out = PoolDecisions.assign(customer, rep, countOf(rep), day, rules);
      if (out instanceof ClaimOutcome.Won won) {
        put(won.ownership());
        record(new OwnershipEvent.Assigned(customer, rep, day, reason));
      }
      return out;
    }
  }

  @Override
  public ClaimOutcome transfer(
      CustomerId customer,
      MemberId from,
      MemberId to,
      LocalDate day,
      String reason,
      PoolRules rules) {
    Objects.requireNonNull(customer, "customer must not be null");
    Objects.requireNonNull(reason, "reason must not be null (use \"\" for none)");
    synchronized (lock) {
      Ownership current = held.get(customer);
      if (current == null) {
        return new ClaimOutcome.NotHeld(customer);
      }
      Objects.requireNonNull(to, "to must not be null");
      ClaimOutcome out = PoolDecisions.transfer(current, from, to, countOf(to), day, rules);
      if (out instanceof ClaimOutcome.Won won) {
        remove(current);
        put(won.ownership());
        record(new OwnershipEvent.Transferred(customer, from, to, day, reason));
      }
      return out;
    }
  }

  @Override
  public boolean release(CustomerId customer, MemberId rep, LocalDate day, String reason) {
    Objects.requireNonNull(customer, "customer must not be null");
    OwnershipEvent.Released event = new OwnershipEvent.Released(customer, rep, day, reason);
    synchronized (lock) {
      Ownership current = held.get(customer);
      if (current == null || !current.owner().equals(rep)) {
        return false;
      }
      remove(current);
      record(event);
      return true;
    }
  }

  @Override
  public Optional<Ownership> recordFollowUp(CustomerId customer, MemberId rep, LocalDate day) {
    Objects.requireNonNull(day, "day must not be null");
    return update(customer, rep, o -> o.withFollowUp(day));
  }

  @Override
  public Optional<Ownership> recordDeal(CustomerId customer, MemberId rep, LocalDate day) {
    Objects.requireNonNull(day, "day must not be null");
    return update(customer, rep, o -> o.withDeal(day));
  }

  private Optional<Ownership> update(
      CustomerId customer, MemberId rep, java.util.function.UnaryOperator<Ownership> change) {
    Objects.requireNonNull(customer, "customer must not be null");
    Objects.requireNonNull(rep, "rep must not be null");
    synchronized (lock) {
      Ownership current = held.get(customer);
      if (current == null || !current.owner().equals(rep)) {
        return Optional.empty();
      }
      Ownership next = change.apply(current);
      held.put(customer, next);
      byOwner.get(rep).put(customer, next);
      return Optional.of(next);
    }
  }

  @Override
  public boolean reclaim(Ownership expected, OwnershipEvent.Reclaimed event) {
    Objects.requireNonNull(expected, "expected must not be null");
    Objects.requireNonNull(event, "event must not be null");
    if (!event.customer().equals(expected.customer()) || !event.rep().equals(expected.owner())) {
      throw new IllegalArgumentException(
          "event must be of "
              + expected.customer()
              + " held by "
              + expected.owner()
              + " but was: "
              + event);
    }
    synchronized (lock) {
      if (!expected.equals(held.get(expected.customer()))) {
        return false;
      }
      remove(expected);
      record(event);
      return true;
    }
  }

  @Override
  public List<OwnershipEvent> history(CustomerId customer) {
    Objects.requireNonNull(customer, "customer must not be null");
    synchronized (lock) {
      return List.copyOf(histories.getOrDefault(customer, List.of()));
    }
  }

  @Override
  public List<OwnershipEvent> events() {
    synchronized (lock) {
      return List.copyOf(events);
    }
  }

  private int countOf(MemberId rep) {
    TreeMap<CustomerId, Ownership> m = byOwner.get(rep);
    return m == null ? 0 : m.size();
  }

  private void put(Ownership o) {
    held.put(o.customer(), o);
    byOwner.computeIfAbsent(o.owner(), k -> new TreeMap<>()).put(o.customer(), o);
  }

  private void remove(Ownership o) {
    held.remove(o.customer());
    TreeMap<CustomerId, Ownership> m = byOwner.get(o.owner());
    m.remove(o.customer());
    if (m.isEmpty()) {
      byOwner.remove(o.owner());
    }
  }

  private void record(OwnershipEvent e) {
    events.add(e);
    histories.computeIfAbsent(e.customer(), c -> new ArrayList<>()).add(e);
  }

  /** For example {@code "in-memory pool: 120 held, 340 events"}. */
  @Override
  public String toString() {
    synchronized (lock) {
      return "in-memory pool: " + held.size() + " held, " + events.size() + " events";
    }
  }
}
