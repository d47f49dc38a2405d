package io.crmkit.loyalty.tier;

/** What tiers are earned by: qualifying points (whole points), spend (money units) or visits (purchases). */
public enum QualificationMetric {
  QUALIFYING_POINTS,
  SPEND,
  VISITS
}
