/** Contacts between the business and its customers: {@link io.crmkit.core.interaction.Interaction}s on {@link io.crmkit.core.interaction.Channel}s. */
package io.crmkit.core.interaction;
