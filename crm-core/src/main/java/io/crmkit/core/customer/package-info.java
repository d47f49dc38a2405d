/**
 * Customer records: {@link io.crmkit.core.customer.CustomerId}, {@link
 * io.crmkit.core.customer.Customer} and its parts (contact points, demographics, consents), and the
 * {@link io.crmkit.core.customer.RequiredFieldPolicy} that says which fields a business makes
 * mandatory.
 */
package io.crmkit.core.customer;
