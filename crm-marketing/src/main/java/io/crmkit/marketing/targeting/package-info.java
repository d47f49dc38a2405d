/**
 * Campaign targeting: select customers by their segments (from an engine run) and tags, and exclude
 * those who opted out of the campaign's channel, whose stated preference contradicts the offer (no
 * spicy dish for someone who prefers sweet) or who were already contacted too often in a recent
 * window. Every exclusion carries its reason.
 */
package io.crmkit.marketing.targeting;
