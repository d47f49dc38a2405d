/**
 * Spending points: a rewards catalogue with point costs, and paying part of an order with points at
 * the programme's conversion rate. Insufficient points fail with a clear error and deduct nothing.
 */
package io.crmkit.loyalty.redemption;
