/**
 * crm-lifecycle's Jackson module, {@link io.crmkit.lifecycle.json.LifecycleJsonModule}, registered
 * by {@code io.crmkit.core.json.CrmJackson.modules()}.
 */
package io.crmkit.lifecycle.json;
