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
public record TierStatus(Tier tier, Instant since, Optional<String> downgradeTo, Optional<Instant> downgradeAt) {

  /** Checks no component is null and the downgrade tier and date are both present or both empty. */
  public TierStatus {
    Objects.requireNonNull(tier, "tier must not be null");
    Objects.requireNonNull(since, "since must not be null");
    Objects.requireNonNull(downgradeTo, "downgradeTo must not be null");
    Objects.requireNonNull(downgradeAt, "downgradeAt must not be null");
    if (downgradeTo.isPresent() != downgradeAt.isPresent()) {
      throw new IllegalArgumentException("downgradeTo and downgradeAt must both be present or both empty");
    }
  }

  @Override
  public String toString() {
    return tier.name() + " since " + since
        + downgradeTo.map(t -> ", drops to " + t + " at " + downgradeAt.get()).orElse("");
  }
}
