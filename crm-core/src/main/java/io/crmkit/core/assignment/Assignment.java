package io.crmkit.core.assignment;

import io.crmkit.core.team.MemberId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An open item held by a member: who, since when, why, and — when the item was moved away from a
 * member who went off duty — whom the holder covers for (the item goes back when they return).
 *
 * <p>A value: two assignments are equal when their item, member, instant, explanation and cover are
 * equal. The explanation of an engine's sticky-owner choice is written out only when it is first
 * read ({@link #explanation()}), so that assigning a million items does not build a million texts.
 *
 * @since 0.1
 */
public final class Assignment {

  private final WorkItem item;
  private final MemberId member;
  private final Instant assignedAt;
  private final Optional<MemberId> coveringFor;

  /** The explanation, {@code null} until a lazy one is first read. */
  private volatile String explanation;

  /** How a lazy explanation is written; {@code null} for an explanation given as text. */
  private final Lazy lazy;

  /** An explanation written out from the assignment's own fields on demand. */
  enum Lazy {
    /** {@code "sticky owner ana of returning customer 42"}. */
    STICKY_OWNER {
      @Override
      String write(Assignment a) {
        return "sticky owner "
            + a.member
            + " of returning customer "
            + a.item.customer().orElseThrow();
      }
    };

    abstract String write(Assignment a);
  }

  /**
   * An assignment.
   *
   * @param item the item
   * @param member the member who holds it
   * @param assignedAt when it was assigned to {@code member}
   * @param explanation why, e.g. {@code "rule 2: territory=EU; least loaded of 3"}
   * @param coveringFor the member the item was moved away from, empty for an item at home
   * @throws IllegalArgumentException if the explanation is blank or the member covers for themself
   */
  Assignment(
      WorkItem item,
      MemberId member,
      Instant assignedAt,
      String explanation,
      Optional<MemberId> coveringFor) {
    this(item, member, assignedAt, checked(item, explanation), null, coveringFor);
  }

  private Assignment(
      WorkItem item,
      MemberId member,
      Instant assignedAt,
      String explanation,
      Lazy lazy,
      Optional<MemberId> coveringFor) {
    Objects.requireNonNull(item, "item must not be null");
    Objects.requireNonNull(member, "member of assignment of " + item.id() + " must not be null");
    Objects.requireNonNull(
        assignedAt, "assignedAt of assignment of " + item.id() + " must not be null");
    Objects.requireNonNull(
        coveringFor,
        "coveringFor of assignment of " + item.id() + " must not be null (use Optional.empty())");
    if (coveringFor.isPresent() && coveringFor.get().equals(member)) {
      throw new IllegalArgumentException(
          "member " + member + " holding " + item.id() + " must not cover for themself");
    }
    if (lazy == Lazy.STICKY_OWNER && item.customer().isEmpty()) {
      throw new IllegalArgumentException(
          "a sticky-owner assignment of " + item.id() + " must concern a customer but has none");
    }
    this.item = item;
    this.member = member;
    this.assignedAt = assignedAt;
    this.explanation = explanation;
    this.lazy = lazy;
    this.coveringFor = coveringFor;
  }

  private static String checked(WorkItem item, String explanation) {
    Objects.requireNonNull(item, "item must not be null");
    Objects.requireNonNull(
        explanation, "explanation of assignment of " + item.id() + " must not be null");
    if (explanation.isBlank()) {
      throw new IllegalArgumentException(
          "explanation of assignment of " + item.id() + " must not be blank");
    }
    return explanation;
  }

  /** An item at home with {@code member}. */
  public static Assignment of(
      WorkItem item, MemberId member, Instant assignedAt, String explanation) {
    return new Assignment(item, member, assignedAt, explanation, Optional.empty());
  }

  /**
   * An item moved to {@code member} while {@code coveringFor}, its home, is away.
   *
   * @throws IllegalArgumentException if the explanation is blank or {@code member} is {@code
   *     coveringFor}
   */
  public static Assignment covering(
      WorkItem item,
      MemberId member,
      Instant assignedAt,
      String explanation,
      MemberId coveringFor) {
    return new Assignment(
        item,
        member,
        assignedAt,
        explanation,
        Optional.of(Objects.requireNonNull(coveringFor, "coveringFor must not be null")));
  }

  /**
   * The same member, time, explanation and home for another item: what a lead that follows its
   * customer's other lead gets.
   */
  public Assignment forItem(WorkItem other) {
    return new Assignment(other, member, assignedAt, explanation(), coveringFor);
  }

  /** An item at home with {@code member}, explained on demand by {@code lazy}. */
  static Assignment lazy(WorkItem item, MemberId member, Instant assignedAt, Lazy lazy) {
    return new Assignment(
        item, member, assignedAt, null, Objects.requireNonNull(lazy), Optional.empty());
  }

  /** The item. */
  public WorkItem item() {
    return item;
  }

  /** The member who holds it. */
  public MemberId member() {
    return member;
  }

  /** When it was assigned to {@link #member()}. */
  public Instant assignedAt() {
    return assignedAt;
  }

  /** Why, e.g. {@code "rule 2: territory=EU; least loaded of 3"}. */
  public String explanation() {
    String e = explanation;
    if (e == null) {
      e = lazy.write(this);
      explanation = e;
    }
    return e;
  }

  /** The member the item was moved away from, empty for an item at home. */
  public Optional<MemberId> coveringFor() {
    return coveringFor;
  }

  /** The item's id. */
  public ItemId itemId() {
    return item.id();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Assignment a
        && item.equals(a.item)
        && member.equals(a.member)
        && assignedAt.equals(a.assignedAt)
        && coveringFor.equals(a.coveringFor)
        && explanation().equals(a.explanation());
  }

  @Override
  public int hashCode() {
    return Objects.hash(item, member, assignedAt, explanation(), coveringFor);
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
        + explanation()
        + ")";
  }
}
