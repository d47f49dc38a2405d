/**
 * The segmentation engine: several schemes (RFM, ABC, rules, clusters) run over one population,
 * giving every customer a segment per scheme and per-segment summaries; and segment migration
 * between two snapshots (transition matrix of counts and shares, with the customers behind every
 * cell). Money is in the summaries' currency, recency in days.
 */
package io.crmkit.segmentation.engine;
