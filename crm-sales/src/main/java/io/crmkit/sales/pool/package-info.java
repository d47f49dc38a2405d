/**
 * Ownership and the customer pool (公海): who holds which customer, claims from the pool (first claim
 * wins, hold and daily claim caps), transfers, and the reclaim of untended customers as a pure
 * function of the held customers and a day ({@link io.crmkit.sales.pool.ReclaimPlan}, and {@link
 * io.crmkit.sales.pool.OwnershipColumns} for millions of rows). {@link
 * io.crmkit.sales.pool.CustomerPool} is the entry point; {@link
 * io.crmkit.sales.pool.PoolRepository} is where it keeps its state.
 */
package io.crmkit.sales.pool;
