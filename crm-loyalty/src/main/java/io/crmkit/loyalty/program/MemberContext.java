package io.crmkit.loyalty.program;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the earning rules need to know about the member at the time of a purchase: the current
 * {@code tier} (if any), tags and segments, the number of earlier purchases ({@code visitsBefore}),
 * and the points already earned in the purchase's local day and month (whole points, for caps).
 *
 * @since 0.1
 */
public record MemberContext(
    Optional<String> tier,
    Set<String> tags,
    Set<String> segments,
    long visitsBefore,
    long pointsEarnedToday,
    long pointsEarnedThisMonth) {

  private static final MemberContext NEW_MEMBER =
      new MemberContext(Optional.empty(), Set.of(), Set.of(), 0, 0, 0);

  /** Checks no component is null and the counts (purchases, whole points) are not negative. */
  public MemberContext {
    Objects.requireNonNull(tier, "tier must not be null (use Optional.empty())");
    Objects.requireNonNull(tags, "tags must not be null (use an empty set)");
    Objects.requireNonNull(segments, "segments must not be null (use an empty set)");
    tags = Set.copyOf(tags);
    segments = Set.copyOf(segments);
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
  }

  /** A member without tier, tags, segments, earlier visits or earnings. */
  public static MemberContext newMember() {
    return NEW_MEMBER;
  }

  /** This context with the member in tier {@code value}. */
  public MemberContext withTier(String value) {
    return new MemberContext(
        Optional.of(value), tags, segments, visitsBefore, pointsEarnedToday, pointsEarnedThisMonth);
  }

  /** This context with the member in no tier. */
  public MemberContext withoutTier() {
    return new MemberContext(
        Optional.empty(), tags, segments, visitsBefore, pointsEarnedToday, pointsEarnedThisMonth);
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
}
