/**
 * The lifecycle machine: where each customer (or any other subject, such as a sales deal) stands.
 *
 * <p>A {@link io.crmkit.lifecycle.stage.LifecycleDefinition} is data: stages, transitions each with
 * a triggering {@link io.crmkit.lifecycle.stage.EventType} and an optional {@link
 * io.crmkit.lifecycle.stage.Guard}; it reads and writes JSON. The {@link
 * io.crmkit.lifecycle.stage.LifecycleEngine} applies {@link
 * io.crmkit.lifecycle.stage.LifecycleEvent}s to immutable {@link
 * io.crmkit.lifecycle.stage.Lifecycle} values that record every move. The {@link
 * io.crmkit.lifecycle.stage.DefaultLifecycle} is the customer lifecycle of CRM practice (prospect,
 * nurturing, new, active, loyal, at risk, lapsed, reactivated).
 *
 * <p>Beside it: {@code io.crmkit.lifecycle.stage.store} keeps lifecycles with versioned
 * (optimistic) writes, and {@code io.crmkit.lifecycle.stage.population} counts a population by
 * stage, its flows and its conversion funnels.
 */
package io.crmkit.lifecycle.stage;
