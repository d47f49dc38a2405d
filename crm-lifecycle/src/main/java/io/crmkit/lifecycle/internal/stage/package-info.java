/**
 * Not a supported API: the columnar lifecycle table that the command line and the benchmarks use to
 * replay millions of customers with primitive arrays. It is not exported by the module and may
 * change in any release; use {@code io.crmkit.lifecycle.stage} instead.
 */
package io.crmkit.lifecycle.internal.stage;
