/**
 * Purchase histories for personalisation: the baskets (one per purchase with lines) of every
 * customer, in time order, over a dictionary of items at product or category level, stored as
 * primitive arrays (compressed sparse rows) so that millions of lines fit in little memory.
 */
package io.crmkit.marketing.history;
