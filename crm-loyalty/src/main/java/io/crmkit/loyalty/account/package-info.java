/**
 * Loyalty accounts: a member's ledger, tier and earning counters, the {@link
 * io.crmkit.loyalty.account.LoyaltyAccountRepository} that serialises operations on each account,
 * and its thread-safe in-memory implementation.
 */
package io.crmkit.loyalty.account;
