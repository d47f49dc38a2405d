/**
 * crm-loyalty's Jackson module, {@link io.crmkit.loyalty.json.LoyaltyJsonModule}, registered by
 * {@code io.crmkit.core.json.CrmJackson.modules()}. The formats live next to their types ({@code
 * ProgramJson}, {@code TierProgramJson}, {@code RewardCatalogueJson}, {@code LoyaltyProgrammeJson})
 * and read with crm-core's {@code io.crmkit.core.json.JsonFields}: one strictness policy, errors as
 * {@code CrmJsonException} naming the JSON path.
 */
package io.crmkit.loyalty.json;
