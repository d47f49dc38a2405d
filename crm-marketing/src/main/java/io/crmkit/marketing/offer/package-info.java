/**
 * Next best offer: per customer, candidate items from the usual that is due, the association rules
 * and item neighbours of what the customer bought, and popularity; ranked, and filtered with the
 * campaign rules of {@link io.crmkit.marketing.targeting} (consent on the channel, contact caps,
 * preference conflicts, excluded items, already-owned durables), each offer with its reason and
 * each refused candidate with why.
 */
package io.crmkit.marketing.offer;
