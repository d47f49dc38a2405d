/**
 * The lifecycle engine: where each customer (or any other subject, such as a sales deal) stands.
 *
 * <p>A {@link io.crmkit.lifecycle.stage.LifecycleDefinition} is data: stages, transitions each with
 * a triggering {@link io.crmkit.lifecycle.stage.EventType} and an optional
 * {@link io.crmkit.lifecycle.stage.Guard}. The {@link io.crmkit.lifecycle.stage.LifecycleEngine}
 * applies {@link io.crmkit.lifecycle.stage.LifecycleEvent}s to immutable
 * {@link io.crmkit.lifecycle.stage.Lifecycle} values that record every move. The
 * {@link io.crmkit.lifecycle.stage.DefaultLifecycle} is the customer lifecycle of CRM practice
 * (prospect, nurturing, new, active, loyal, at risk, lapsed, reactivated).
 * {@link io.crmkit.lifecycle.stage.LifecycleRepository} stores lifecycles with versioned
 * (optimistic) writes, {@link io.crmkit.lifecycle.stage.LifecyclePopulation} gives counts, flows and
 * funnels, and {@link io.crmkit.lifecycle.stage.CompactLifecycleTable} is the columnar hot path
 * for millions of customers.
 */
package io.crmkit.lifecycle.stage;
