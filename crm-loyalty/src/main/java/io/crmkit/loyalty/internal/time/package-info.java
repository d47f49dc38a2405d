/**
 * Not a supported API: the cached instant-to-local-day arithmetic of the ledger's hot paths. Not
 * exported by the module; it may change in any release.
 */
package io.crmkit.loyalty.internal.time;
