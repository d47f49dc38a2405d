/**
 * crmkit's one way to JSON: {@link io.crmkit.core.json.CrmJackson} finds the Jackson module of
 * every crmkit module ({@link io.crmkit.core.json.CrmJsonModule}) and shares one configured mapper;
 * {@link io.crmkit.core.json.JsonFields} reads one JSON object under the single strictness policy;
 * every reader fails with {@link io.crmkit.core.json.CrmJsonException} naming the JSON path. The
 * domain packages do not depend on Jackson.
 */
package io.crmkit.core.json;
