/**
 * Teams: {@link io.crmkit.core.team.Member}s with roles, skills, covered attribute values
 * (territories, languages, products, shops), a capacity and a schedule, and {@link
 * io.crmkit.core.team.Team}s in a hierarchy ({@link io.crmkit.core.team.Organisation}). Assignment
 * ({@code io.crmkit.core.assignment}) and permissions ({@code io.crmkit.core.permission}) build on
 * them.
 */
package io.crmkit.core.team;
