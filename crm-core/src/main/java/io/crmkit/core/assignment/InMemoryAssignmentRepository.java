package io.crmkit.core.assignment;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.team.MemberId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A thread-safe {@link AssignmentRepository} in memory; every operation holds one lock.
 *
 * @since 0.1
 */
public final class InMemoryAssignmentRepository implements AssignmentRepository {

  private final Map<ItemId, Assignment> open = new HashMap<>();
  private final Map<MemberId, LinkedHashMap<ItemId, Assignment>> byMember = new HashMap<>();
  private final Map<MemberId, LinkedHashMap<ItemId, Assignment>> byHome = new HashMap<>();

  /**
   * By the customer id's text: String's equality is an intrinsic, the record's generic one is slow
   * here.
   */
  private final Map<String, MemberId> lastOwner = new HashMap<>();

  /** An empty repository. */
  public InMemoryAssignmentRepository() {}

  @Override
  public synchronized ClaimResult claim(Assignment assignment, int capacity) {
    Objects.requireNonNull(assignment, "assignment must not be null");
    checkCapacity(capacity);
    if (open.putIfAbsent(assignment.itemId(), assignment) != null) {
      return ClaimResult.ALREADY_ASSIGNED;
    }
    LinkedHashMap<ItemId, Assignment> mine = byMember.get(assignment.member());
    if ((mine == null ? 0 : mine.size()) >= capacity) {
      open.remove(assignment.itemId());
      return ClaimResult.MEMBER_FULL;
    }
    if (mine == null) {
      mine = new LinkedHashMap<>();
      byMember.put(assignment.member(), mine);
    }
    mine.put(assignment.itemId(), assignment);
    indexCoverAndOwner(assignment);
    return ClaimResult.CLAIMED;
  }

  @Override
  public synchronized ClaimResult move(Assignment replacement, int capacity) {
    Objects.requireNonNull(replacement, "replacement must not be null");
    checkCapacity(capacity);
    Assignment old = open.get(replacement.itemId());
    if (old == null) {
      return ClaimResult.NOT_ASSIGNED;
    }
    if (!old.member().equals(replacement.member()) && openCount(replacement.member()) >= capacity) {
      return ClaimResult.MEMBER_FULL;
    }
    remove(old);
    put(replacement);
    return ClaimResult.CLAIMED;
  }

  @Override
  public synchronized boolean release(ItemId item) {
    Assignment old = open.get(Objects.requireNonNull(item, "item must not be null"));
    if (old == null) {
      return false;
    }
    remove(old);
    return true;
  }

  @Override
  public synchronized Optional<Assignment> find(ItemId item) {
    return Optional.ofNullable(open.get(Objects.requireNonNull(item, "item must not be null")));
  }

  @Override
  public synchronized List<Assignment> openOf(MemberId member) {
    LinkedHashMap<ItemId, Assignment> m =
        byMember.get(Objects.requireNonNull(member, "member must not be null"));
    return m == null ? List.of() : List.copyOf(m.values());
  }

  @Override
  public synchronized List<Assignment> coveredFor(MemberId member) {
    LinkedHashMap<ItemId, Assignment> m =
        byHome.get(Objects.requireNonNull(member, "member must not be null"));
    return m == null ? List.of() : List.copyOf(m.values());
  }

  @Override
  public synchronized int openCount(MemberId member) {
    LinkedHashMap<ItemId, Assignment> m =
        byMember.get(Objects.requireNonNull(member, "member must not be null"));
    return m == null ? 0 : m.size();
  }

  @Override
  public synchronized Optional<MemberId> lastOwner(CustomerId customer) {
    return Optional.ofNullable(
        lastOwner.get(Objects.requireNonNull(customer, "customer must not be null").value()));
  }

  @Override
  public synchronized int size() {
    return open.size();
  }

  private void put(Assignment a) {
    open.put(a.itemId(), a);
    byMember.computeIfAbsent(a.member(), k -> new LinkedHashMap<>()).put(a.itemId(), a);
    indexCoverAndOwner(a);
  }

  private void indexCoverAndOwner(Assignment a) {
    if (a.coveringFor().isPresent()) {
      byHome.computeIfAbsent(a.coveringFor().get(), k -> new LinkedHashMap<>()).put(a.itemId(), a);
    }
    if (a.item().customer().isPresent()) {
      lastOwner.put(a.item().customer().get().value(), a.member());
    }
  }

  private void remove(Assignment a) {
    open.remove(a.itemId());
    LinkedHashMap<ItemId, Assignment> m = byMember.get(a.member());
    m.remove(a.itemId());
    if (m.isEmpty()) {
      byMember.remove(a.member());
    }
    a.coveringFor()
        .ifPresent(
            home -> {
              LinkedHashMap<ItemId, Assignment> h = byHome.get(home);
              h.remove(a.itemId());
              if (h.isEmpty()) {
                byHome.remove(home);
              }
            });
  }

  private static void checkCapacity(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must be >= 0 open items but was: " + capacity);
    }
  }

  /** For example {@code "InMemoryAssignmentRepository[12 open assignments]"}. */
  @Override
  public synchronized String toString() {
    return "InMemoryAssignmentRepository[" + open.size() + " open assignments]";
  }
}
