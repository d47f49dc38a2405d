package io.crmkit.loyalty.program;

import io.crmkit.loyalty.internal.LoyaltyInternals;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the earning rules need to know about the member at the time of a purchase: the current
 * {@code tier} (if any), tags and segments, the number of earlier purchases ({@code visitsBefore}),
 * and the points already earned in the purchase's local day and month (whole points, for caps).
 * Immutable; equal when all fields are.
 *
 * <p>Built from {@link #newMember()} with the {@code with…} methods, or in one step with {@link
 * #of} (no tier) or {@link #inTier}; no constructor or factory takes an {@code Optional}.
 *
 * @since 0.1
 */
public final class MemberContext {

  private static final MemberContext NEW_MEMBER =
      new MemberContext(Optional.empty(), Set.of(), Set.of(), 0, 0, 0);

  static {
    LoyaltyInternals.registerContexts(MemberContext::new);
  }

  private final Optional<String> tier;
  private final Set<String> tags;
  private final Set<String> segments;
  private final long visitsBefore;
  private final long pointsEarnedToday;
  private final long pointsEarnedThisMonth;

  /** Checks no field is null and the counts (purchases, whole points) are not negative. */
  private MemberContext(
      Optional<String> tier,
      Set<String> tags,
      Set<String> segments,
      long visitsBefore,
      long pointsEarnedToday,
      long pointsEarnedThisMonth) {
    Objects.requireNonNull(tier, "tier must not be null");
    Objects.requireNonNull(tags, "tags must not be null (use an empty set)");
    Objects.requireNonNull(segments, "segments must not be null (use an empty set)");
    if (visitsBefore < 0 || pointsEarnedToday < 0 || pointsEarnedThisMonth < 0) {
      throw new IllegalArgumentException(
          "visitsBefore, pointsEarnedToday and pointsEarnedThisMonth must not be"
              + " negative but were: "
              + visitsBefore
              + ", "
              + pointsEarnedToday
              + ", "
              + pointsEarnedThisMonth);
    }
    this.tier = tier;
    this.tags = Set.copyOf(tags);
    this.segments = Set.copyOf(segments);
    this.visitsBefore = visitsBefore;
    this.pointsEarnedToday = pointsEarnedToday;
    this.pointsEarnedThisMonth = pointsEarnedThisMonth;
  }

  /** A member without tier, tags, segments, earlier visits or earnings. */
  public static MemberContext newMember() {
    return NEW_MEMBER;
  }

  /**
   * A member in no tier, with {@code tags}, {@code segments}, {@code visitsBefore} earlier
   * purchases and {@code pointsEarnedToday}/{@code pointsEarnedThisMonth} whole points already
   * earned in the purchase's local day and month.
   */
  public static MemberContext of(
      Set<String> tags,
      Set<String> segments,
      long visitsBefore,
      long pointsEarnedToday,
      long pointsEarnedThisMonth) {
    return new MemberContext(
        Optional.empty(), tags, segments, visitsBefore, pointsEarnedToday, pointsEarnedThisMonth);
  }

  /** Like {@link #of}, with the member in tier {@code tier}. */
  public static MemberContext inTier(
      String tier,
      Set<String> tags,
      Set<String> segments,
      long visitsBefore,
      long pointsEarnedToday,
      long pointsEarnedThisMonth) {
    return new MemberContext(
        Optional.of(Objects.requireNonNull(tier, "tier must not be null (use of(...))")),
        tags,
        segments,
        visitsBefore,
        pointsEarnedToday,
        pointsEarnedThisMonth);
  }

  /** The member's current tier, empty when in none. */
  public Optional<String> tier() {
    return tier;
  }

  /** The member's tags. */
  public Set<String> tags() {
    return tags;
  }

  /** The member's segments. */
  public Set<String> segments() {
    return segments;
  }

  /** The number of the member's earlier purchases. */
  public long visitsBefore() {
    return visitsBefore;
  }

  /** Whole points already earned in the purchase's local day. */
  public long pointsEarnedToday() {
    return pointsEarnedToday;
  }

  /** Whole points already earned in the purchase's local month. */
  public long pointsEarnedThisMonth() {
    return pointsEarnedThisMonth;
  }

  /** This context with the member in tier {@code value}. */
  public MemberContext withTier(String value) {
    return inTier(value, tags, segments, visitsBefore, pointsEarnedToday, pointsEarnedThisMonth);
  }

  /** This context with the member in no tier. */
  public MemberContext withoutTier() {
    return of(tags, segments, visitsBefore, pointsEarnedToday, pointsEarnedThisMonth);
  }

  /** This context with tags {@code value}. */
  public MemberContext withTags(Set<String> value) {
    return new MemberContext(
        tier, value, segments, visitsBefore, pointsEarnedToday, pointsEarnedThisMonth);
  }

  /** This context with segments {@code value}. */
  public MemberContext withSegments(Set<String> value) {
    return new MemberContext(
        tier, tags, value, visitsBefore, pointsEarnedToday, pointsEarnedThisMonth);
  }

  /** This context with {@code value} earlier purchases. */
  public MemberContext withVisitsBefore(long value) {
    return new MemberContext(tier, tags, segments, value, pointsEarnedToday, pointsEarnedThisMonth);
  }

  /**
   * This context with {@code today} and {@code thisMonth} whole points already earned in the
   * purchase's local day and month.
   */
  public MemberContext withEarned(long today, long thisMonth) {
    return new MemberContext(tier, tags, segments, visitsBefore, today, thisMonth);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MemberContext m
        && tier.equals(m.tier)
        && tags.equals(m.tags)
        && segments.equals(m.segments)
        && visitsBefore == m.visitsBefore
        && pointsEarnedToday == m.pointsEarnedToday
        && pointsEarnedThisMonth == m.pointsEarnedThisMonth;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        tier, tags, segments, visitsBefore, pointsEarnedToday, pointsEarnedThisMonth);
  }

  @Override
  public String toString() {
    return "MemberContext[tier="
        + tier.orElse("none")
        + ", tags="
        + tags
        + ", segments="
        + segments
        + ", visitsBefore="
        + visitsBefore
        + ", pointsEarnedToday="
        + pointsEarnedToday
        + ", pointsEarnedThisMonth="
        + pointsEarnedThisMonth
        + "]";
  }
}
