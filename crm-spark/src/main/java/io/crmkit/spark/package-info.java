/**
 * crmkit on Apache Spark: per-customer summaries ({@link io.crmkit.spark.SparkSummaries}), RFM and
 * ABC segments at scale ({@link io.crmkit.spark.SparkRfm}, {@link io.crmkit.spark.SparkAbc}), BTYD
 * fits on the distinct (x, t_x, T) rows and scoring ({@link io.crmkit.spark.SparkBtyd}), and a job
 * for {@code spark-submit} ({@link io.crmkit.spark.CrmJob}). Every definition is crm-core's,
 * crm-segmentation's or crm-lifecycle's: this package distributes their work, it does not redefine
 * it.
 */
package io.crmkit.spark;
