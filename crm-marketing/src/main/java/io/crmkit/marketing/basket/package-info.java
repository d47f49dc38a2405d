/**
 * Market-basket analysis: frequent itemsets by FP-Growth (Han, Pei &amp; Yin 2000) and association
 * rules with support, confidence, lift, leverage and conviction, at product or category level (the
 * level of the {@link io.crmkit.marketing.history.PurchaseHistory}). Rules have one item on the
 * right-hand side, as in R's {@code arules}.
 */
package io.crmkit.marketing.basket;
