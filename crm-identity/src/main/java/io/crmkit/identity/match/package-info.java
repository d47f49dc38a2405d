/**
 * Record matching: normalised {@link io.crmkit.identity.match.IdentityRecord}s, candidate pairs by
 * blocking on several keys ({@link io.crmkit.identity.match.Blocking}), field comparison levels
 * ({@link io.crmkit.identity.match.Field}, {@link io.crmkit.identity.match.Comparators}), the
 * Fellegi–Sunter model with m/u probabilities estimated by EM ({@link
 * io.crmkit.identity.match.FellegiSunterModel}), deterministic rules, thresholds and explained
 * decisions ({@link io.crmkit.identity.match.PairExplanation}), and the whole run ({@link
 * io.crmkit.identity.match.Deduplicator}).
 */
package io.crmkit.identity.match;
