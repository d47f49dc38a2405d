package io.crmkit.loyalty.tier;

import io.crmkit.loyalty.program.EarningRule;
import io.crmkit.loyalty.program.RuleKey;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The tier rules of a programme: tiers in ascending order (the first is the entry tier, threshold
 * 0; thresholds strictly increasing), the qualification metric and window, the annual review date
 * (at the start of that local date in {@code zone}), the grace period after a failed review before
 * the downgrade takes effect, whether a downgrade drops at most one tier, and the currency spend is
 * counted in (spend is counted in minor units of it, rounded half-even).
 *
 * <p>Upgrades happen as soon as the member qualifies; downgrades only at review dates. See {@link
 * TierTracker}.
 *
 * @since 0.1
 */
public record TierProgram(
    List<Tier> tiers,
    QualificationMetric metric,
    QualificationWindow window,
    MonthDay reviewDate,
    Period grace,
    boolean oneTierAtATime,
    Currency currency,
    ZoneId zone) {

  /**
   * Checks no component is null, there is at least one tier, the entry tier's threshold is 0, tier
   * names are unique, thresholds increase (in whole units of the metric) and the grace period is
   * not negative.
   */
  public TierProgram {
    Objects.requireNonNull(tiers, "tiers must not be null");
    tiers = List.copyOf(tiers);
    Objects.requireNonNull(metric, "metric must not be null");
    Objects.requireNonNull(window, "window must not be null");
    Objects.requireNonNull(reviewDate, "reviewDate must not be null");
    Objects.requireNonNull(grace, "grace must not be null (use Period.ZERO)");
    Objects.requireNonNull(currency, "currency must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    if (tiers.isEmpty()) {
      throw new IllegalArgumentException("tiers must not be empty");
    }
    if (tiers.get(0).threshold().signum() != 0) {
      throw new IllegalArgumentException(
          "threshold of the entry tier "
              + tiers.get(0).name()
              + " must be 0 but was: "
              + tiers.get(0).threshold());
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < tiers.size(); i++) {
      Tier t = tiers.get(i);
      if (!names.add(t.name())) {
        throw new IllegalArgumentException(
            "tier names must be unique but " + t.name() + " appears twice");
      }
      if (i > 0 && t.threshold().compareTo(tiers.get(i - 1).threshold()) <= 0) {
        throw new IllegalArgumentException(
            "thresholds must increase but "
                + t.name()
                + " has "
                + t.threshold()
                + " after "
                + tiers.get(i - 1).name()
                + " with "
                + tiers.get(i - 1).threshold());
      }
      if (metric != QualificationMetric.SPEND && t.threshold().stripTrailingZeros().scale() > 0) {
        throw new IllegalArgumentException(
            "threshold of tier "
                + t.name()
                + " must be a whole number of "
                + metric
                + " but was: "
                + t.threshold());
      }
    }
    if (grace.isNegative()) {
      throw new IllegalArgumentException("grace must not be negative but was: " + grace);
    }
  }

  /** The tier named {@code name}, if any. */
  public Optional<Tier> tier(String name) {
    for (Tier t : tiers) {
      if (t.name().equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The position of tier {@code name} (0 for the entry tier). */
  public int indexOf(String name) {
    for (int i = 0; i < tiers.size(); i++) {
      if (tiers.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("tier must be one of " + names() + " but was: " + name);
  }

  private List<String> names() {
    List<String> out = new ArrayList<>();
    for (Tier t : tiers) {
      out.add(t.name());
    }
    return out;
  }

  /**
   * A tier-multiplier earning rule ({@code tier-<name>}) for every tier whose points multiplier is
   * above 1.
   */
  public List<EarningRule> earningRules(RoundingMode rounding) {
    List<EarningRule> out = new ArrayList<>();
    for (Tier t : tiers) {
      if (t.benefits().pointsMultiplier().compareTo(BigDecimal.ONE) > 0) {
        out.add(
            new EarningRule.TierMultiplier(
                RuleKey.of("tier-" + t.name()),
                t.name(),
                t.benefits().pointsMultiplier(),
                rounding));
      }
    }
    return out;
  }

  /** A tracker for a member who joined at {@code joined}, in the entry tier. */
  public TierTracker newTracker(Instant joined) {
    return new TierTracker(this, joined);
  }

  /** The first review instant strictly after {@code after}. */
  Instant nextReviewAfter(Instant after) {
    ZonedDateTime z = after.atZone(zone);
    for (int year = z.getYear(); ; year++) {
      Instant r = reviewDate.atYear(year).atStartOfDay(zone).toInstant();
      if (r.isAfter(after)) {
        return r;
      }
    }
  }

  /**
   * The threshold of tier {@code i} in metric units (whole points, visits, or minor units of
   * spend).
   */
  long thresholdUnits(int i) {
    BigDecimal t = tiers.get(i).threshold();
    if (metric == QualificationMetric.SPEND) {
      t =
          t.movePointRight(Math.max(0, currency.getDefaultFractionDigits()))
              .setScale(0, RoundingMode.CEILING);
    }
    return t.longValueExact();
  }

  @Override
  public String toString() {
    return "tiers "
        + tiers
        + " by "
        + metric
        + " over "
        + window
        + ", review "
        + reviewDate
        + ", grace "
        + grace
        + (oneTierAtATime ? ", one tier at a time" : "");
  }
}
