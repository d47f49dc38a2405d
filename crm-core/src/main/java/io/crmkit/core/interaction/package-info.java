/**
 * Contacts between the business and its customers: {@link io.crmkit.core.interaction.Interaction}s
 * on {@link io.crmkit.core.customer.Channel}s.
 */
package io.crmkit.core.interaction;
