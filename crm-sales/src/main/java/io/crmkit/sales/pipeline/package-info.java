/**
 * The sales pipeline: opportunities ({@link io.crmkit.sales.pipeline.Deal}s) moving through
 * qualification, needs analysis, proposal/quote and negotiation to won or lost, on the same
 * lifecycle engine as customers ({@link io.crmkit.lifecycle.stage.LifecycleEngine}). Weighted
 * pipeline value, forecast by close month, stage-to-stage conversion rates, average days in stage
 * and stale deals.
 */
package io.crmkit.sales.pipeline;
