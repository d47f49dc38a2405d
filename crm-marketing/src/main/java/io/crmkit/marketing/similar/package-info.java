/**
 * "Customers who bought X also bought Y": item-to-item similarity (cosine, Jaccard, lift) over the
 * customers or the baskets that items share, top-k neighbours per item in primitive arrays; the
 * {@link io.crmkit.marketing.similar.Recommender} interface with item-kNN, popularity and implicit
 * alternating least squares (Hu, Koren &amp; Volinsky 2008) implementations.
 */
package io.crmkit.marketing.similar;
