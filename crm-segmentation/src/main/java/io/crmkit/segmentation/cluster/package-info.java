/**
 * Clusters of customers: k-means++ (Apache Commons Math) over standardised features (by default
 * log(1 + x) of recency in days, purchase transactions and total spend), seeded and deterministic,
 * with k chosen by the silhouette coefficient and cluster profiles in the features' original units.
 */
package io.crmkit.segmentation.cluster;
