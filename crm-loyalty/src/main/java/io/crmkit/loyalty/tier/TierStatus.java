package io.crmkit.loyalty.tier;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A member's tier at an instant: the {@code tier}, {@code since} when, and a scheduled downgrade
 * (the tier it drops to and when) after a failed review, if any.
 *
 * @since 0.1
 */
public final class TierStatus {

  private final Tier tier;
  private final Instant since;
  private final String downgradeTo; // null with downgradeAt: none scheduled
  private final Instant downgradeAt;

  TierStatus(Tier tier, Instant since, String downgradeTo, Instant downgradeAt) {
    this.tier = Objects.requireNonNull(tier, "tier must not be null");
    this.since = Objects.requireNonNull(since, "since must not be null");
    if ((downgradeTo == null) != (downgradeAt == null)) {
      throw new IllegalArgumentException(
          "downgradeTo and downgradeAt must both be present or both empty");
    }
    this.downgradeTo = downgradeTo;
    this.downgradeAt = downgradeAt;
  }

  /** The member's tier. */
  public Tier tier() {
    return tier;
  }

  /** Since when the member has had it. */
  public Instant since() {
    return since;
  }

  /** The tier a scheduled downgrade drops to, if one is scheduled. */
  public Optional<String> downgradeTo() {
    return Optional.ofNullable(downgradeTo);
  }

  /** When the scheduled downgrade happens, if one is scheduled. */
  public Optional<Instant> downgradeAt() {
    return Optional.ofNullable(downgradeAt);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TierStatus s
        && tier.equals(s.tier)
        && since.equals(s.since)
        && Objects.equals(downgradeTo, s.downgradeTo)
        && Objects.equals(downgradeAt, s.downgradeAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tier, since, downgradeTo, downgradeAt);
  }

  @Override
  public String toString() {
    return tier.name()
        + " since "
        + since
        + (downgradeTo == null ? "" : ", drops to " + downgradeTo + " at " + downgradeAt);
  }
}
