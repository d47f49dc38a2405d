/**
 * The points ledger of one loyalty account: append-only entries (earn, redeem, expire, reverse,
 * adjust) in whole points ({@code long}), lots of earned points consumed in a declared order,
 * pending points with a lock period, expiry policies, proportional refund reversals, idempotency
 * keys, balances at any past instant and the liability report.
 */
package io.crmkit.loyalty.ledger;
