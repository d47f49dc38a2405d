/**
 * "The usual": each customer's habitual items (or categories, at category level), scored by
 * frequency × recency decay, the median interval between purchases of each, when the next one is
 * due, and the list of what is due now (seed 004's "老菜单", "the usual?").
 */
package io.crmkit.marketing.usual;
