package io.crmkit.core.assignment;

import io.crmkit.core.team.MemberId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An open item held by a member: who, since when, why, and — when the item was moved away from a
 * member who went off duty — whom the holder covers for (the item goes back when they return).
 *
 * @param item the item
 * @param member the member who holds it
 * @param assignedAt when it was assigned to {@code member}
 * @param explanation why, e.g. {@code "rule 2: territory=EU; least loaded of 3"}
 * @param coveringFor the member the item was moved away from, empty for an item at home
 * @since 0.1
 */
public record Assignment(
    WorkItem item,
    MemberId member,
    Instant assignedAt,
    String explanation,
    Optional<MemberId> coveringFor) {

  /**
   * An assignment.
   *
   * @throws IllegalArgumentException if the explanation is blank or the member covers for themself
   */
  public Assignment {
    Objects.requireNonNull(item, "item must not be null");
    Objects.requireNonNull(member, "member of assignment of " + item.id() + " must not be null");
    Objects.requireNonNull(
        assignedAt, "assignedAt of assignment of " + item.id() + " must not be null");
    Objects.requireNonNull(
        explanation, "explanation of assignment of " + item.id() + " must not be null");
    if (explanation.isBlank()) {
      throw new IllegalArgumentException(
          "explanation of assignment of " + item.id() + " must not be blank");
    }
    Objects.requireNonNull(
        coveringFor,
        "coveringFor of assignment of " + item.id() + " must not be null (use Optional.empty())");
    if (coveringFor.isPresent() && coveringFor.get().equals(member)) {
      throw new IllegalArgumentException(
          "member " + member + " holding " + item.id() + " must not cover for themself");
    }
  }

  /** An item at home with {@code member}. */
  public static Assignment of(
      WorkItem item, MemberId member, Instant assignedAt, String explanation) {
    return new Assignment(item, member, assignedAt, explanation, Optional.empty());
  }

  /** The item's id. */
  public ItemId itemId() {
    return item.id();
  }

  /**
   * For example {@code "t-1 -> ana at 2026-01-05T09:00:00Z (rule 1: shop=s1; least loaded of 1)"}.
   */
  @Override
  public String toString() {
    return item.id()
        + " -> "
        + member
        + coveringFor.map(m -> " (covering for " + m + ")").orElse("")
        + " at "
        + assignedAt
        + " ("
        + explanation
        + ")";
  }
}
