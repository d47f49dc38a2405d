/**
 * Support for the module's JSON formats: {@link io.crmkit.loyalty.json.JsonFields}, a JSON object
 * with its path, whose accessors validate and report errors naming the JSON path, the value and
 * what was expected. The formats themselves live next to their types ({@code ProgramJson},
 * {@code TierProgramJson}, {@code RewardCatalogueJson}, {@code LoyaltyProgrammeJson}); this package
 * depends on none of them.
 */
package io.crmkit.loyalty.json;
