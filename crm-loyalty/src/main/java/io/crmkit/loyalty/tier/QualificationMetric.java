package io.crmkit.loyalty.tier;

/**
 * What tiers are earned by: qualifying points (whole points), spend (money units) or visits
 * (purchases).
 *
 * @since 0.1
 */
public enum QualificationMetric {
  QUALIFYING_POINTS,
  SPEND,
  VISITS
}
