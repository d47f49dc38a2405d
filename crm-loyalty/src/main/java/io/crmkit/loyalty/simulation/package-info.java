/**
 * What-if simulation: replay a transaction history through the current and a proposed programme and
 * compare, month by month, points issued, redeemed, expired and reversed, the liability and the
 * members per tier — deterministically, with chained effects such as tier upgrades.
 */
package io.crmkit.loyalty.simulation;
