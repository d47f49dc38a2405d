/**
 * Permissions, deny by default: roles in a {@link io.crmkit.core.permission.RoleHierarchy}, grants
 * of actions ({@link io.crmkit.core.permission.Permission}) and field access ({@link
 * io.crmkit.core.permission.FieldAccess}), and record visibility by owner, team hierarchy and role
 * hierarchy ({@link io.crmkit.core.permission.AccessPolicy}). Other modules' services call the
 * policy before they act.
 */
package io.crmkit.core.permission;
