/**
 * Lead assignment on crm-core's assignment engine, with the customer pool as its store: territory,
 * language and product rules with fallbacks, a sticky owner for returning customers, protected
 * customers, and each rep's hold cap as its capacity ({@link io.crmkit.sales.lead.LeadRouter}).
 */
package io.crmkit.sales.lead;
