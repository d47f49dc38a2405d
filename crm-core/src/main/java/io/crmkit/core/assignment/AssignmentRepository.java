package io.crmkit.core.assignment;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.team.MemberId;
import java.util.List;
import java.util.Optional;

/**
 * Where open assignments live, shared by every {@link AssignmentEngine} (and process) that assigns
 * the same items. {@link #claim} and {@link #move} are atomic compare-and-set steps: whatever the
 * number of concurrent callers, an item has at most one open assignment and no member holds more
 * open items than the capacity passed in. Implementations must be thread-safe; {@code
 * AssignmentRepositoryContract} in crm-core's test-jar checks one.
 *
 * @since 0.1
 */
public interface AssignmentRepository {

  /**
   * Stores {@code assignment} if its item has no open assignment and its member holds fewer than
   * {@code capacity} open items; atomically. Records the member as the last owner of the item's
   * customer.
   *
   * @param capacity the most open items the member may hold, {@code >= 0}
   * @return {@link ClaimResult#CLAIMED}, {@link ClaimResult#ALREADY_ASSIGNED} or {@link
   *     ClaimResult#MEMBER_FULL}
   */
  ClaimResult claim(Assignment assignment, int capacity);

  /**
   * Replaces the open assignment of {@code replacement}'s item with {@code replacement} if there is
   * one and the new member holds fewer than {@code capacity} open items; atomically. Records the
   * new member as the last owner of the item's customer.
   *
   * @param capacity the most open items the new member may hold, {@code >= 0}
   * @return {@link ClaimResult#CLAIMED}, {@link ClaimResult#NOT_ASSIGNED} or {@link
   *     ClaimResult#MEMBER_FULL}
   */
  ClaimResult move(Assignment replacement, int capacity);

  /**
   * Ends the open assignment of {@code item} (the item is done); whether there was one. The last
   * owner stays recorded.
   */
  boolean release(ItemId item);

  /** The open assignment of {@code item}, if any. */
  Optional<Assignment> find(ItemId item);

  /** The open assignments of {@code member}, oldest claim first. */
  List<Assignment> openOf(MemberId member);

  /**
   * The open assignments held in cover for {@code member} (moved away when they went off duty),
   * oldest first.
   */
  List<Assignment> coveredFor(MemberId member);

  /** The number of open items {@code member} holds. */
  int openCount(MemberId member);

  /** The member who last held an item of {@code customer}, if any (for a sticky owner). */
  Optional<MemberId> lastOwner(CustomerId customer);

  /** The number of open assignments. */
  int size();
}
