/** The crm-spark scale benchmark: a main that times Spark against one JVM on the same rows. */
package io.crmkit.spark.benchmark;
