/**
 * Tiers: qualification by qualifying points, spend or visits in a rolling window or a calendar year
 * (separate from the redeemable balance), immediate upgrades, downgrades only at review dates with
 * a grace period and optionally one tier at a time, per-tier benefits and progress text.
 */
package io.crmkit.loyalty.tier;
