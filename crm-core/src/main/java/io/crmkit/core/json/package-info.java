/**
 * JSON for crm-core values: {@link io.crmkit.core.json.CrmJackson#module()} is a Jackson module to
 * register on any mapper. The domain packages do not depend on Jackson.
 */
package io.crmkit.core.json;
