/**
 * Not API: the performance machinery of crm-loyalty's hot paths (bulk earning, what-if replay),
 * shared between its packages. This package is not exported (no compatibility promise); use {@code
 * io.crmkit.loyalty.account.BulkEarning} and {@code io.crmkit.loyalty.simulation.WhatIfSimulation}
 * instead.
 */
package io.crmkit.loyalty.internal;
