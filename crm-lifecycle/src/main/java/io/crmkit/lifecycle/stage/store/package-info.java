/**
 * Where lifecycles are kept: the {@link io.crmkit.lifecycle.stage.store.LifecycleRepository}
 * interface (implement it for your store; its contract test is {@code
 * LifecycleRepositoryContract}), the in-memory default, {@link
 * io.crmkit.lifecycle.stage.store.Versioned} values for optimistic writes, and the {@link
 * io.crmkit.lifecycle.stage.store.LifecycleService} that applies an event and stores the result,
 * retrying on a concurrent update, plus scheduled {@link
 * io.crmkit.lifecycle.stage.store.ReEvaluations}.
 */
package io.crmkit.lifecycle.stage.store;
