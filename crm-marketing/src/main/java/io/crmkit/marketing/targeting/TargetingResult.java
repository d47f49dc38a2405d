package io.crmkit.marketing.targeting;

import io.crmkit.core.customer.CustomerId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The customers a campaign goes to, in population order, and the customers of its audience left
 * out, each with the reason.
 *
 * @since 0.1
 */
public record TargetingResult(
    Campaign campaign, List<CustomerId> selected, List<Exclusion> excluded) {

  /** Checks no component is null; the lists are copied. */
  public TargetingResult {
    Objects.requireNonNull(campaign, "campaign must not be null");
    selected = List.copyOf(Objects.requireNonNull(selected, "selected must not be null"));
    excluded = List.copyOf(Objects.requireNonNull(excluded, "excluded must not be null"));
  }

  /** The audience: selected plus excluded. */
  public int audience() {
    return selected.size() + excluded.size();
  }

  /** Exclusions per reason (reasons with none left out). */
  public Map<ExclusionReason, Integer> exclusionCounts() {
    Map<ExclusionReason, Integer> out = new EnumMap<>(ExclusionReason.class);
    for (Exclusion e : excluded) {
      out.merge(e.reason(), 1, Integer::sum);
    }
    return out;
  }

  @Override
  public String toString() {
    return "TargetingResult["
        + campaign.name()
        + ": "
        + selected.size()
        + " of "
        + audience()
        + " selected, excluded "
        + exclusionCounts()
        + "]";
  }
}
