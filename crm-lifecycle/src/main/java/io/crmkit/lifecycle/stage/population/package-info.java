/**
 * A population of lifecycles seen as a whole: {@link
 * io.crmkit.lifecycle.stage.population.StageCounts} at an instant, {@link
 * io.crmkit.lifecycle.stage.population.PeriodFlows} between stages in a period, and conversion
 * funnels ({@link io.crmkit.lifecycle.stage.population.ConversionRule}, {@link
 * io.crmkit.lifecycle.stage.population.Conversion}), all computed by {@link
 * io.crmkit.lifecycle.stage.population.LifecyclePopulation}.
 */
package io.crmkit.lifecycle.stage.population;
