/**
 * RFM analysis: recency, frequency and monetary scores from 1 to n per customer (quantile bins over
 * the population or fixed business thresholds), the RFM cell ({@code "545"}) and named segments
 * from a {@link io.crmkit.segmentation.rfm.SegmentTable} that is data (JSON), with a per-segment
 * report. Results are columnar (primitive arrays aligned with the input rows); recency is measured
 * in days since the last purchase, money in the currency of the input.
 */
package io.crmkit.segmentation.rfm;
